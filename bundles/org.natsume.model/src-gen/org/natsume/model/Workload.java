/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workload</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Load placed on a domain (domain.md 2.4, 6.1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.Workload#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.natsume.model.Workload#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getWorkload()
 * @model abstract="true"
 * @generated
 */
public interface Workload extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domain the load runs in or is aimed at.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain</em>' reference.
	 * @see #setDomain(Domain)
	 * @see org.natsume.model.NatsumePackage#getWorkload_Domain()
	 * @model annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	Domain getDomain();

	/**
	 * Sets the value of the '{@link org.natsume.model.Workload#getDomain <em>Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' reference.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(Domain value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disabled workloads stay in the model for scenario variants but generate nothing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.natsume.model.NatsumePackage#getWorkload_Enabled()
	 * @model default="true"
	 *        annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.natsume.model.Workload#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // Workload
