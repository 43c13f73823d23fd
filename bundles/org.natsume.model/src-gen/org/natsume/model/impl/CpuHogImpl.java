/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.natsume.model.CpuHog;
import org.natsume.model.NatsumePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cpu Hog</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.CpuHogImpl#getDutyCycle <em>Duty Cycle</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CpuHogImpl extends WorkloadImpl implements CpuHog {
	/**
	 * The default value of the '{@link #getDutyCycle() <em>Duty Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDutyCycle()
	 * @generated
	 * @ordered
	 */
	protected static final double DUTY_CYCLE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getDutyCycle() <em>Duty Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDutyCycle()
	 * @generated
	 * @ordered
	 */
	protected double dutyCycle = DUTY_CYCLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CpuHogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.CPU_HOG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDutyCycle() {
		return dutyCycle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDutyCycle(double newDutyCycle) {
		double oldDutyCycle = dutyCycle;
		dutyCycle = newDutyCycle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.CPU_HOG__DUTY_CYCLE, oldDutyCycle, dutyCycle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.CPU_HOG__DUTY_CYCLE:
				return getDutyCycle();
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
			case NatsumePackage.CPU_HOG__DUTY_CYCLE:
				setDutyCycle((Double)newValue);
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
			case NatsumePackage.CPU_HOG__DUTY_CYCLE:
				setDutyCycle(DUTY_CYCLE_EDEFAULT);
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
			case NatsumePackage.CPU_HOG__DUTY_CYCLE:
				return dutyCycle != DUTY_CYCLE_EDEFAULT;
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
		result.append(" (dutyCycle: "); //$NON-NLS-1$
		result.append(dutyCycle);
		result.append(')');
		return result.toString();
	}

} //CpuHogImpl
