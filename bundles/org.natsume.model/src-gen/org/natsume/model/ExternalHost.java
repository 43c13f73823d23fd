/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>External Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A machine outside the box (domain.md 2.4).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.ExternalHost#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getExternalHost()
 * @model
 * @generated
 */
public interface ExternalHost extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The default value is <code>"NETPERF_PEER"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.HostRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NETPERF_PEER or UDP_FLOODER.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.natsume.model.HostRole
	 * @see #setRole(HostRole)
	 * @see org.natsume.model.NatsumePackage#getExternalHost_Role()
	 * @model default="NETPERF_PEER"
	 *        annotation="http://www.natsume.org/model/edit category='Host'"
	 * @generated
	 */
	HostRole getRole();

	/**
	 * Sets the value of the '{@link org.natsume.model.ExternalHost#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.natsume.model.HostRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(HostRole value);

} // ExternalHost
