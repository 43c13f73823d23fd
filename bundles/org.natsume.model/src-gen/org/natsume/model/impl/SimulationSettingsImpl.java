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
import org.natsume.model.SimulationSettings;
import org.natsume.model.TimingValue;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Simulation Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.SimulationSettingsImpl#getDurationS <em>Duration S</em>}</li>
 *   <li>{@link org.natsume.model.impl.SimulationSettingsImpl#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.natsume.model.impl.SimulationSettingsImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.natsume.model.impl.SimulationSettingsImpl#getTimings <em>Timings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SimulationSettingsImpl extends IdentifiedImpl implements SimulationSettings {
	/**
	 * The default value of the '{@link #getDurationS() <em>Duration S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationS()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_S_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getDurationS() <em>Duration S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationS()
	 * @generated
	 * @ordered
	 */
	protected double durationS = DURATION_S_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuns() <em>Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected static final int RUNS_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected int runs = RUNS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTimings() <em>Timings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimings()
	 * @generated
	 * @ordered
	 */
	protected EList<TimingValue> timings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SimulationSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.SIMULATION_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDurationS() {
		return durationS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationS(double newDurationS) {
		double oldDurationS = durationS;
		durationS = newDurationS;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.SIMULATION_SETTINGS__DURATION_S, oldDurationS, durationS));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRuns() {
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuns(int newRuns) {
		int oldRuns = runs;
		runs = newRuns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.SIMULATION_SETTINGS__RUNS, oldRuns, runs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.SIMULATION_SETTINGS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TimingValue> getTimings() {
		if (timings == null) {
			timings = new EObjectContainmentEList<TimingValue>(TimingValue.class, this, NatsumePackage.SIMULATION_SETTINGS__TIMINGS);
		}
		return timings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NatsumePackage.SIMULATION_SETTINGS__TIMINGS:
				return ((InternalEList<?>)getTimings()).basicRemove(otherEnd, msgs);
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
			case NatsumePackage.SIMULATION_SETTINGS__DURATION_S:
				return getDurationS();
			case NatsumePackage.SIMULATION_SETTINGS__RUNS:
				return getRuns();
			case NatsumePackage.SIMULATION_SETTINGS__SEED:
				return getSeed();
			case NatsumePackage.SIMULATION_SETTINGS__TIMINGS:
				return getTimings();
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
			case NatsumePackage.SIMULATION_SETTINGS__DURATION_S:
				setDurationS((Double)newValue);
				return;
			case NatsumePackage.SIMULATION_SETTINGS__RUNS:
				setRuns((Integer)newValue);
				return;
			case NatsumePackage.SIMULATION_SETTINGS__SEED:
				setSeed((Long)newValue);
				return;
			case NatsumePackage.SIMULATION_SETTINGS__TIMINGS:
				getTimings().clear();
				getTimings().addAll((Collection<? extends TimingValue>)newValue);
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
			case NatsumePackage.SIMULATION_SETTINGS__DURATION_S:
				setDurationS(DURATION_S_EDEFAULT);
				return;
			case NatsumePackage.SIMULATION_SETTINGS__RUNS:
				setRuns(RUNS_EDEFAULT);
				return;
			case NatsumePackage.SIMULATION_SETTINGS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case NatsumePackage.SIMULATION_SETTINGS__TIMINGS:
				getTimings().clear();
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
			case NatsumePackage.SIMULATION_SETTINGS__DURATION_S:
				return durationS != DURATION_S_EDEFAULT;
			case NatsumePackage.SIMULATION_SETTINGS__RUNS:
				return runs != RUNS_EDEFAULT;
			case NatsumePackage.SIMULATION_SETTINGS__SEED:
				return seed != SEED_EDEFAULT;
			case NatsumePackage.SIMULATION_SETTINGS__TIMINGS:
				return timings != null && !timings.isEmpty();
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
		result.append(" (durationS: "); //$NON-NLS-1$
		result.append(durationS);
		result.append(", runs: "); //$NON-NLS-1$
		result.append(runs);
		result.append(", seed: "); //$NON-NLS-1$
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //SimulationSettingsImpl
