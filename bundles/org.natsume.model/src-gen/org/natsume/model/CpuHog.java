/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cpu Hog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Busy loop in a domain (Dom0-busy experiments).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.CpuHog#getDutyCycle <em>Duty Cycle</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getCpuHog()
 * @model
 * @generated
 */
public interface CpuHog extends Workload {
	/**
	 * Returns the value of the '<em><b>Duty Cycle</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fraction of time busy, 0..1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duty Cycle</em>' attribute.
	 * @see #setDutyCycle(double)
	 * @see org.natsume.model.NatsumePackage#getCpuHog_DutyCycle()
	 * @model default="1.0"
	 *        annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	double getDutyCycle();

	/**
	 * Sets the value of the '{@link org.natsume.model.CpuHog#getDutyCycle <em>Duty Cycle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duty Cycle</em>' attribute.
	 * @see #getDutyCycle()
	 * @generated
	 */
	void setDutyCycle(double value);

} // CpuHog
