/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Simulation Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Run control and timing parameters (domain.md 5.4, 6.3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.SimulationSettings#getDurationS <em>Duration S</em>}</li>
 *   <li>{@link org.natsume.model.SimulationSettings#getRuns <em>Runs</em>}</li>
 *   <li>{@link org.natsume.model.SimulationSettings#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.natsume.model.SimulationSettings#getTimings <em>Timings</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getSimulationSettings()
 * @model
 * @generated
 */
public interface SimulationSettings extends Identified {
	/**
	 * Returns the value of the '<em><b>Duration S</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulated time per run, seconds (netperf default 10 s).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration S</em>' attribute.
	 * @see #setDurationS(double)
	 * @see org.natsume.model.NatsumePackage#getSimulationSettings_DurationS()
	 * @model default="10.0"
	 *        annotation="http://www.natsume.org/model/edit category='Run'"
	 * @generated
	 */
	double getDurationS();

	/**
	 * Sets the value of the '{@link org.natsume.model.SimulationSettings#getDurationS <em>Duration S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration S</em>' attribute.
	 * @see #getDurationS()
	 * @generated
	 */
	void setDurationS(double value);

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs per scenario.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Runs</em>' attribute.
	 * @see #setRuns(int)
	 * @see org.natsume.model.NatsumePackage#getSimulationSettings_Runs()
	 * @model default="50"
	 *        annotation="http://www.natsume.org/model/edit category='Run'"
	 * @generated
	 */
	int getRuns();

	/**
	 * Sets the value of the '{@link org.natsume.model.SimulationSettings#getRuns <em>Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Runs</em>' attribute.
	 * @see #getRuns()
	 * @generated
	 */
	void setRuns(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Random seed of run 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.natsume.model.NatsumePackage#getSimulationSettings_Seed()
	 * @model default="1"
	 *        annotation="http://www.natsume.org/model/edit category='Run'"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.natsume.model.SimulationSettings#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Timings</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.TimingValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Timing parameter values keyed by symbol; see org.natsume.model.timing.TimingParameter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timings</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getSimulationSettings_Timings()
	 * @model containment="true"
	 * @generated
	 */
	EList<TimingValue> getTimings();

} // SimulationSettings
