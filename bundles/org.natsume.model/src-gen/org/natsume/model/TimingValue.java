/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timing Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One timing parameter value. The symbol, unit and default are declared once in the Java enum TimingParameter.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.TimingValue#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link org.natsume.model.TimingValue#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getTimingValue()
 * @model
 * @generated
 */
public interface TimingValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Symbol from domain.md 5.4, e.g. t_ipi.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Symbol</em>' attribute.
	 * @see #setSymbol(String)
	 * @see org.natsume.model.NatsumePackage#getTimingValue_Symbol()
	 * @model annotation="http://www.natsume.org/model/edit category='Timing'"
	 * @generated
	 */
	String getSymbol();

	/**
	 * Sets the value of the '{@link org.natsume.model.TimingValue#getSymbol <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol</em>' attribute.
	 * @see #getSymbol()
	 * @generated
	 */
	void setSymbol(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value in the parameter's unit (see TimingParameter).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.natsume.model.NatsumePackage#getTimingValue_Value()
	 * @model default="0.0"
	 *        annotation="http://www.natsume.org/model/edit category='Timing'"
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.natsume.model.TimingValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

} // TimingValue
