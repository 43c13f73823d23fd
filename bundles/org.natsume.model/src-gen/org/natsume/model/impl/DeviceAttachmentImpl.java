/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.natsume.model.AttachmentMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.NatsumePackage;
import org.natsume.model.PciFunction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device Attachment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.DeviceAttachmentImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.natsume.model.impl.DeviceAttachmentImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.natsume.model.impl.DeviceAttachmentImpl#getBackendDomain <em>Backend Domain</em>}</li>
 *   <li>{@link org.natsume.model.impl.DeviceAttachmentImpl#getBridge <em>Bridge</em>}</li>
 *   <li>{@link org.natsume.model.impl.DeviceAttachmentImpl#getMac <em>Mac</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceAttachmentImpl extends IdentifiedImpl implements DeviceAttachment {
	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected PciFunction function;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final AttachmentMode MODE_EDEFAULT = AttachmentMode.PASSTHROUGH;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected AttachmentMode mode = MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBackendDomain() <em>Backend Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendDomain()
	 * @generated
	 * @ordered
	 */
	protected Domain backendDomain;

	/**
	 * The default value of the '{@link #getBridge() <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBridge()
	 * @generated
	 * @ordered
	 */
	protected static final String BRIDGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBridge() <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBridge()
	 * @generated
	 * @ordered
	 */
	protected String bridge = BRIDGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMac() <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMac()
	 * @generated
	 * @ordered
	 */
	protected String mac = MAC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceAttachmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.DEVICE_ATTACHMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciFunction getFunction() {
		if (function != null && function.eIsProxy()) {
			InternalEObject oldFunction = (InternalEObject)function;
			function = (PciFunction)eResolveProxy(oldFunction);
			if (function != oldFunction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NatsumePackage.DEVICE_ATTACHMENT__FUNCTION, oldFunction, function));
			}
		}
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PciFunction basicGetFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(PciFunction newFunction) {
		PciFunction oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DEVICE_ATTACHMENT__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttachmentMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(AttachmentMode newMode) {
		AttachmentMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DEVICE_ATTACHMENT__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Domain getBackendDomain() {
		if (backendDomain != null && backendDomain.eIsProxy()) {
			InternalEObject oldBackendDomain = (InternalEObject)backendDomain;
			backendDomain = (Domain)eResolveProxy(oldBackendDomain);
			if (backendDomain != oldBackendDomain) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NatsumePackage.DEVICE_ATTACHMENT__BACKEND_DOMAIN, oldBackendDomain, backendDomain));
			}
		}
		return backendDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Domain basicGetBackendDomain() {
		return backendDomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackendDomain(Domain newBackendDomain) {
		Domain oldBackendDomain = backendDomain;
		backendDomain = newBackendDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DEVICE_ATTACHMENT__BACKEND_DOMAIN, oldBackendDomain, backendDomain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBridge() {
		return bridge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBridge(String newBridge) {
		String oldBridge = bridge;
		bridge = newBridge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DEVICE_ATTACHMENT__BRIDGE, oldBridge, bridge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMac() {
		return mac;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMac(String newMac) {
		String oldMac = mac;
		mac = newMac;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DEVICE_ATTACHMENT__MAC, oldMac, mac));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.DEVICE_ATTACHMENT__FUNCTION:
				if (resolve) return getFunction();
				return basicGetFunction();
			case NatsumePackage.DEVICE_ATTACHMENT__MODE:
				return getMode();
			case NatsumePackage.DEVICE_ATTACHMENT__BACKEND_DOMAIN:
				if (resolve) return getBackendDomain();
				return basicGetBackendDomain();
			case NatsumePackage.DEVICE_ATTACHMENT__BRIDGE:
				return getBridge();
			case NatsumePackage.DEVICE_ATTACHMENT__MAC:
				return getMac();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NatsumePackage.DEVICE_ATTACHMENT__FUNCTION:
				setFunction((PciFunction)newValue);
				return;
			case NatsumePackage.DEVICE_ATTACHMENT__MODE:
				setMode((AttachmentMode)newValue);
				return;
			case NatsumePackage.DEVICE_ATTACHMENT__BACKEND_DOMAIN:
				setBackendDomain((Domain)newValue);
				return;
			case NatsumePackage.DEVICE_ATTACHMENT__BRIDGE:
				setBridge((String)newValue);
				return;
			case NatsumePackage.DEVICE_ATTACHMENT__MAC:
				setMac((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NatsumePackage.DEVICE_ATTACHMENT__FUNCTION:
				setFunction((PciFunction)null);
				return;
			case NatsumePackage.DEVICE_ATTACHMENT__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case NatsumePackage.DEVICE_ATTACHMENT__BACKEND_DOMAIN:
				setBackendDomain((Domain)null);
				return;
			case NatsumePackage.DEVICE_ATTACHMENT__BRIDGE:
				setBridge(BRIDGE_EDEFAULT);
				return;
			case NatsumePackage.DEVICE_ATTACHMENT__MAC:
				setMac(MAC_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NatsumePackage.DEVICE_ATTACHMENT__FUNCTION:
				return function != null;
			case NatsumePackage.DEVICE_ATTACHMENT__MODE:
				return mode != MODE_EDEFAULT;
			case NatsumePackage.DEVICE_ATTACHMENT__BACKEND_DOMAIN:
				return backendDomain != null;
			case NatsumePackage.DEVICE_ATTACHMENT__BRIDGE:
				return BRIDGE_EDEFAULT == null ? bridge != null : !BRIDGE_EDEFAULT.equals(bridge);
			case NatsumePackage.DEVICE_ATTACHMENT__MAC:
				return MAC_EDEFAULT == null ? mac != null : !MAC_EDEFAULT.equals(mac);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (mode: "); //$NON-NLS-1$
		result.append(mode);
		result.append(", bridge: "); //$NON-NLS-1$
		result.append(bridge);
		result.append(", mac: "); //$NON-NLS-1$
		result.append(mac);
		result.append(')');
		return result.toString();
	}

} //DeviceAttachmentImpl
