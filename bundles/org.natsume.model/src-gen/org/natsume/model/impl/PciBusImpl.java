/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.natsume.model.NatsumePackage;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pci Bus</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.PciBusImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.natsume.model.impl.PciBusImpl#getBusNumber <em>Bus Number</em>}</li>
 *   <li>{@link org.natsume.model.impl.PciBusImpl#getFunctions <em>Functions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PciBusImpl extends IdentifiedImpl implements PciBus {
	/**
	 * The default value of the '{@link #getSegment() <em>Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected static final int SEGMENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected int segment = SEGMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBusNumber() <em>Bus Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int BUS_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBusNumber() <em>Bus Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusNumber()
	 * @generated
	 * @ordered
	 */
	protected int busNumber = BUS_NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFunctions() <em>Functions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<PciFunction> functions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PciBusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.PCI_BUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(int newSegment) {
		int oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_BUS__SEGMENT, oldSegment, segment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBusNumber() {
		return busNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusNumber(int newBusNumber) {
		int oldBusNumber = busNumber;
		busNumber = newBusNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_BUS__BUS_NUMBER, oldBusNumber, busNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PciFunction> getFunctions() {
		if (functions == null) {
			functions = new EObjectContainmentEList<PciFunction>(PciFunction.class, this, NatsumePackage.PCI_BUS__FUNCTIONS);
		}
		return functions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NatsumePackage.PCI_BUS__FUNCTIONS:
				return ((InternalEList<?>)getFunctions()).basicRemove(otherEnd, msgs);
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
			case NatsumePackage.PCI_BUS__SEGMENT:
				return getSegment();
			case NatsumePackage.PCI_BUS__BUS_NUMBER:
				return getBusNumber();
			case NatsumePackage.PCI_BUS__FUNCTIONS:
				return getFunctions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NatsumePackage.PCI_BUS__SEGMENT:
				setSegment((Integer)newValue);
				return;
			case NatsumePackage.PCI_BUS__BUS_NUMBER:
				setBusNumber((Integer)newValue);
				return;
			case NatsumePackage.PCI_BUS__FUNCTIONS:
				getFunctions().clear();
				getFunctions().addAll((Collection<? extends PciFunction>)newValue);
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
			case NatsumePackage.PCI_BUS__SEGMENT:
				setSegment(SEGMENT_EDEFAULT);
				return;
			case NatsumePackage.PCI_BUS__BUS_NUMBER:
				setBusNumber(BUS_NUMBER_EDEFAULT);
				return;
			case NatsumePackage.PCI_BUS__FUNCTIONS:
				getFunctions().clear();
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
			case NatsumePackage.PCI_BUS__SEGMENT:
				return segment != SEGMENT_EDEFAULT;
			case NatsumePackage.PCI_BUS__BUS_NUMBER:
				return busNumber != BUS_NUMBER_EDEFAULT;
			case NatsumePackage.PCI_BUS__FUNCTIONS:
				return functions != null && !functions.isEmpty();
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
		result.append(" (segment: "); //$NON-NLS-1$
		result.append(segment);
		result.append(", busNumber: "); //$NON-NLS-1$
		result.append(busNumber);
		result.append(')');
		return result.toString();
	}

} //PciBusImpl
