/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Periodic Rt Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Periodic real-time task in the RT-VM.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.PeriodicRtTask#getPeriodUs <em>Period Us</em>}</li>
 *   <li>{@link org.natsume.model.PeriodicRtTask#getWcetUs <em>Wcet Us</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getPeriodicRtTask()
 * @model
 * @generated
 */
public interface PeriodicRtTask extends Workload {
	/**
	 * Returns the value of the '<em><b>Period Us</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Period, microseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Us</em>' attribute.
	 * @see #setPeriodUs(int)
	 * @see org.natsume.model.NatsumePackage#getPeriodicRtTask_PeriodUs()
	 * @model default="1000"
	 *        annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	int getPeriodUs();

	/**
	 * Sets the value of the '{@link org.natsume.model.PeriodicRtTask#getPeriodUs <em>Period Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Us</em>' attribute.
	 * @see #getPeriodUs()
	 * @generated
	 */
	void setPeriodUs(int value);

	/**
	 * Returns the value of the '<em><b>Wcet Us</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Worst-case execution time, microseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wcet Us</em>' attribute.
	 * @see #setWcetUs(int)
	 * @see org.natsume.model.NatsumePackage#getPeriodicRtTask_WcetUs()
	 * @model default="100"
	 *        annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	int getWcetUs();

	/**
	 * Sets the value of the '{@link org.natsume.model.PeriodicRtTask#getWcetUs <em>Wcet Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wcet Us</em>' attribute.
	 * @see #getWcetUs()
	 * @generated
	 */
	void setWcetUs(int value);

} // PeriodicRtTask
