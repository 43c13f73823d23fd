/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.natsume.model.NatsumePackage;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pci Bridge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.PciBridgeImpl#getSecondaryBus <em>Secondary Bus</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PciBridgeImpl extends PciFunctionImpl implements PciBridge {
	/**
	 * The cached value of the '{@link #getSecondaryBus() <em>Secondary Bus</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondaryBus()
	 * @generated
	 * @ordered
	 */
	protected PciBus secondaryBus;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PciBridgeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.PCI_BRIDGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciBus getSecondaryBus() {
		return secondaryBus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecondaryBus(PciBus newSecondaryBus, NotificationChain msgs) {
		PciBus oldSecondaryBus = secondaryBus;
		secondaryBus = newSecondaryBus;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_BRIDGE__SECONDARY_BUS, oldSecondaryBus, newSecondaryBus);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecondaryBus(PciBus newSecondaryBus) {
		if (newSecondaryBus != secondaryBus) {
			NotificationChain msgs = null;
			if (secondaryBus != null)
				msgs = ((InternalEObject)secondaryBus).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NatsumePackage.PCI_BRIDGE__SECONDARY_BUS, null, msgs);
			if (newSecondaryBus != null)
				msgs = ((InternalEObject)newSecondaryBus).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NatsumePackage.PCI_BRIDGE__SECONDARY_BUS, null, msgs);
			msgs = basicSetSecondaryBus(newSecondaryBus, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_BRIDGE__SECONDARY_BUS, newSecondaryBus, newSecondaryBus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NatsumePackage.PCI_BRIDGE__SECONDARY_BUS:
				return basicSetSecondaryBus(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.PCI_BRIDGE__SECONDARY_BUS:
				return getSecondaryBus();
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
			case NatsumePackage.PCI_BRIDGE__SECONDARY_BUS:
				setSecondaryBus((PciBus)newValue);
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
			case NatsumePackage.PCI_BRIDGE__SECONDARY_BUS:
				setSecondaryBus((PciBus)null);
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
			case NatsumePackage.PCI_BRIDGE__SECONDARY_BUS:
				return secondaryBus != null;
		}
		return super.eIsSet(featureID);
	}

} //PciBridgeImpl
