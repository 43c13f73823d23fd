/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vcpu</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtual CPU with its hard affinity (pinning, domain.md 5.2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.Vcpu#getVcpuId <em>Vcpu Id</em>}</li>
 *   <li>{@link org.natsume.model.Vcpu#getHardAffinity <em>Hard Affinity</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getVcpu()
 * @model
 * @generated
 */
public interface Vcpu extends Identified {
	/**
	 * Returns the value of the '<em><b>Vcpu Id</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VCPU number within the domain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpu Id</em>' attribute.
	 * @see #setVcpuId(int)
	 * @see org.natsume.model.NatsumePackage#getVcpu_VcpuId()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Vcpu'"
	 * @generated
	 */
	int getVcpuId();

	/**
	 * Sets the value of the '{@link org.natsume.model.Vcpu#getVcpuId <em>Vcpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpu Id</em>' attribute.
	 * @see #getVcpuId()
	 * @generated
	 */
	void setVcpuId(int value);

	/**
	 * Returns the value of the '<em><b>Hard Affinity</b></em>' reference list.
	 * The list contents are of type {@link org.natsume.model.LogicalCpu}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PCPUs this VCPU may run on (cpus= / vcpu-pin); empty = any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hard Affinity</em>' reference list.
	 * @see org.natsume.model.NatsumePackage#getVcpu_HardAffinity()
	 * @model annotation="http://www.natsume.org/model/edit category='Vcpu'"
	 * @generated
	 */
	EList<LogicalCpu> getHardAffinity();

} // Vcpu
