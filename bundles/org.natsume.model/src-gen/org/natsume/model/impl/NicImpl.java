/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.natsume.model.NatsumePackage;
import org.natsume.model.Nic;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Nic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.NicImpl#getLinkSpeedBps <em>Link Speed Bps</em>}</li>
 *   <li>{@link org.natsume.model.impl.NicImpl#getItrMode <em>Itr Mode</em>}</li>
 *   <li>{@link org.natsume.model.impl.NicImpl#getRxRingSize <em>Rx Ring Size</em>}</li>
 *   <li>{@link org.natsume.model.impl.NicImpl#getTxRingSize <em>Tx Ring Size</em>}</li>
 *   <li>{@link org.natsume.model.impl.NicImpl#getNapiWeight <em>Napi Weight</em>}</li>
 *   <li>{@link org.natsume.model.impl.NicImpl#getMacAddress <em>Mac Address</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NicImpl extends PciFunctionImpl implements Nic {
	/**
	 * The default value of the '{@link #getLinkSpeedBps() <em>Link Speed Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkSpeedBps()
	 * @generated
	 * @ordered
	 */
	protected static final long LINK_SPEED_BPS_EDEFAULT = 1000000000L;

	/**
	 * The cached value of the '{@link #getLinkSpeedBps() <em>Link Speed Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkSpeedBps()
	 * @generated
	 * @ordered
	 */
	protected long linkSpeedBps = LINK_SPEED_BPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getItrMode() <em>Itr Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItrMode()
	 * @generated
	 * @ordered
	 */
	protected static final int ITR_MODE_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getItrMode() <em>Itr Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItrMode()
	 * @generated
	 * @ordered
	 */
	protected int itrMode = ITR_MODE_EDEFAULT;

	/**
	 * This is true if the Itr Mode attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean itrModeESet;

	/**
	 * The default value of the '{@link #getRxRingSize() <em>Rx Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRxRingSize()
	 * @generated
	 * @ordered
	 */
	protected static final int RX_RING_SIZE_EDEFAULT = 256;

	/**
	 * The cached value of the '{@link #getRxRingSize() <em>Rx Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRxRingSize()
	 * @generated
	 * @ordered
	 */
	protected int rxRingSize = RX_RING_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTxRingSize() <em>Tx Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTxRingSize()
	 * @generated
	 * @ordered
	 */
	protected static final int TX_RING_SIZE_EDEFAULT = 256;

	/**
	 * The cached value of the '{@link #getTxRingSize() <em>Tx Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTxRingSize()
	 * @generated
	 * @ordered
	 */
	protected int txRingSize = TX_RING_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNapiWeight() <em>Napi Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNapiWeight()
	 * @generated
	 * @ordered
	 */
	protected static final int NAPI_WEIGHT_EDEFAULT = 64;

	/**
	 * The cached value of the '{@link #getNapiWeight() <em>Napi Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNapiWeight()
	 * @generated
	 * @ordered
	 */
	protected int napiWeight = NAPI_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMacAddress() <em>Mac Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMacAddress() <em>Mac Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacAddress()
	 * @generated
	 * @ordered
	 */
	protected String macAddress = MAC_ADDRESS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NicImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.NIC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLinkSpeedBps() {
		return linkSpeedBps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinkSpeedBps(long newLinkSpeedBps) {
		long oldLinkSpeedBps = linkSpeedBps;
		linkSpeedBps = newLinkSpeedBps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NIC__LINK_SPEED_BPS, oldLinkSpeedBps, linkSpeedBps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getItrMode() {
		return itrMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItrMode(int newItrMode) {
		int oldItrMode = itrMode;
		itrMode = newItrMode;
		boolean oldItrModeESet = itrModeESet;
		itrModeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NIC__ITR_MODE, oldItrMode, itrMode, !oldItrModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetItrMode() {
		int oldItrMode = itrMode;
		boolean oldItrModeESet = itrModeESet;
		itrMode = ITR_MODE_EDEFAULT;
		itrModeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NatsumePackage.NIC__ITR_MODE, oldItrMode, ITR_MODE_EDEFAULT, oldItrModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetItrMode() {
		return itrModeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRxRingSize() {
		return rxRingSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRxRingSize(int newRxRingSize) {
		int oldRxRingSize = rxRingSize;
		rxRingSize = newRxRingSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NIC__RX_RING_SIZE, oldRxRingSize, rxRingSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTxRingSize() {
		return txRingSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTxRingSize(int newTxRingSize) {
		int oldTxRingSize = txRingSize;
		txRingSize = newTxRingSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NIC__TX_RING_SIZE, oldTxRingSize, txRingSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNapiWeight() {
		return napiWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNapiWeight(int newNapiWeight) {
		int oldNapiWeight = napiWeight;
		napiWeight = newNapiWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NIC__NAPI_WEIGHT, oldNapiWeight, napiWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMacAddress() {
		return macAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMacAddress(String newMacAddress) {
		String oldMacAddress = macAddress;
		macAddress = newMacAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NIC__MAC_ADDRESS, oldMacAddress, macAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.NIC__LINK_SPEED_BPS:
				return getLinkSpeedBps();
			case NatsumePackage.NIC__ITR_MODE:
				return getItrMode();
			case NatsumePackage.NIC__RX_RING_SIZE:
				return getRxRingSize();
			case NatsumePackage.NIC__TX_RING_SIZE:
				return getTxRingSize();
			case NatsumePackage.NIC__NAPI_WEIGHT:
				return getNapiWeight();
			case NatsumePackage.NIC__MAC_ADDRESS:
				return getMacAddress();
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
			case NatsumePackage.NIC__LINK_SPEED_BPS:
				setLinkSpeedBps((Long)newValue);
				return;
			case NatsumePackage.NIC__ITR_MODE:
				setItrMode((Integer)newValue);
				return;
			case NatsumePackage.NIC__RX_RING_SIZE:
				setRxRingSize((Integer)newValue);
				return;
			case NatsumePackage.NIC__TX_RING_SIZE:
				setTxRingSize((Integer)newValue);
				return;
			case NatsumePackage.NIC__NAPI_WEIGHT:
				setNapiWeight((Integer)newValue);
				return;
			case NatsumePackage.NIC__MAC_ADDRESS:
				setMacAddress((String)newValue);
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
			case NatsumePackage.NIC__LINK_SPEED_BPS:
				setLinkSpeedBps(LINK_SPEED_BPS_EDEFAULT);
				return;
			case NatsumePackage.NIC__ITR_MODE:
				unsetItrMode();
				return;
			case NatsumePackage.NIC__RX_RING_SIZE:
				setRxRingSize(RX_RING_SIZE_EDEFAULT);
				return;
			case NatsumePackage.NIC__TX_RING_SIZE:
				setTxRingSize(TX_RING_SIZE_EDEFAULT);
				return;
			case NatsumePackage.NIC__NAPI_WEIGHT:
				setNapiWeight(NAPI_WEIGHT_EDEFAULT);
				return;
			case NatsumePackage.NIC__MAC_ADDRESS:
				setMacAddress(MAC_ADDRESS_EDEFAULT);
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
			case NatsumePackage.NIC__LINK_SPEED_BPS:
				return linkSpeedBps != LINK_SPEED_BPS_EDEFAULT;
			case NatsumePackage.NIC__ITR_MODE:
				return isSetItrMode();
			case NatsumePackage.NIC__RX_RING_SIZE:
				return rxRingSize != RX_RING_SIZE_EDEFAULT;
			case NatsumePackage.NIC__TX_RING_SIZE:
				return txRingSize != TX_RING_SIZE_EDEFAULT;
			case NatsumePackage.NIC__NAPI_WEIGHT:
				return napiWeight != NAPI_WEIGHT_EDEFAULT;
			case NatsumePackage.NIC__MAC_ADDRESS:
				return MAC_ADDRESS_EDEFAULT == null ? macAddress != null : !MAC_ADDRESS_EDEFAULT.equals(macAddress);
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
		result.append(" (linkSpeedBps: "); //$NON-NLS-1$
		result.append(linkSpeedBps);
		result.append(", itrMode: "); //$NON-NLS-1$
		if (itrModeESet) result.append(itrMode); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", rxRingSize: "); //$NON-NLS-1$
		result.append(rxRingSize);
		result.append(", txRingSize: "); //$NON-NLS-1$
		result.append(txRingSize);
		result.append(", napiWeight: "); //$NON-NLS-1$
		result.append(napiWeight);
		result.append(", macAddress: "); //$NON-NLS-1$
		result.append(macAddress);
		result.append(')');
		return result.toString();
	}

} //NicImpl
