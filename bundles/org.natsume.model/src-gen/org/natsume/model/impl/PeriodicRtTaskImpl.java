/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.natsume.model.NatsumePackage;
import org.natsume.model.PeriodicRtTask;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Periodic Rt Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.PeriodicRtTaskImpl#getPeriodUs <em>Period Us</em>}</li>
 *   <li>{@link org.natsume.model.impl.PeriodicRtTaskImpl#getWcetUs <em>Wcet Us</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PeriodicRtTaskImpl extends WorkloadImpl implements PeriodicRtTask {
	/**
	 * The default value of the '{@link #getPeriodUs() <em>Period Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodUs()
	 * @generated
	 * @ordered
	 */
	protected static final int PERIOD_US_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getPeriodUs() <em>Period Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodUs()
	 * @generated
	 * @ordered
	 */
	protected int periodUs = PERIOD_US_EDEFAULT;

	/**
	 * The default value of the '{@link #getWcetUs() <em>Wcet Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWcetUs()
	 * @generated
	 * @ordered
	 */
	protected static final int WCET_US_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getWcetUs() <em>Wcet Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWcetUs()
	 * @generated
	 * @ordered
	 */
	protected int wcetUs = WCET_US_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PeriodicRtTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.PERIODIC_RT_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeriodUs() {
		return periodUs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodUs(int newPeriodUs) {
		int oldPeriodUs = periodUs;
		periodUs = newPeriodUs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PERIODIC_RT_TASK__PERIOD_US, oldPeriodUs, periodUs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWcetUs() {
		return wcetUs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWcetUs(int newWcetUs) {
		int oldWcetUs = wcetUs;
		wcetUs = newWcetUs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PERIODIC_RT_TASK__WCET_US, oldWcetUs, wcetUs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.PERIODIC_RT_TASK__PERIOD_US:
				return getPeriodUs();
			case NatsumePackage.PERIODIC_RT_TASK__WCET_US:
				return getWcetUs();
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
			case NatsumePackage.PERIODIC_RT_TASK__PERIOD_US:
				setPeriodUs((Integer)newValue);
				return;
			case NatsumePackage.PERIODIC_RT_TASK__WCET_US:
				setWcetUs((Integer)newValue);
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
			case NatsumePackage.PERIODIC_RT_TASK__PERIOD_US:
				setPeriodUs(PERIOD_US_EDEFAULT);
				return;
			case NatsumePackage.PERIODIC_RT_TASK__WCET_US:
				setWcetUs(WCET_US_EDEFAULT);
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
			case NatsumePackage.PERIODIC_RT_TASK__PERIOD_US:
				return periodUs != PERIOD_US_EDEFAULT;
			case NatsumePackage.PERIODIC_RT_TASK__WCET_US:
				return wcetUs != WCET_US_EDEFAULT;
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
		result.append(" (periodUs: "); //$NON-NLS-1$
		result.append(periodUs);
		result.append(", wcetUs: "); //$NON-NLS-1$
		result.append(wcetUs);
		result.append(')');
		return result.toString();
	}

} //PeriodicRtTaskImpl
