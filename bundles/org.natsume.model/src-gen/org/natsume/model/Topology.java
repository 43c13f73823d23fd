/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root object of a .natsume file: one machine, its hypervisor (absent for bare-metal Linux, case 1), the domains, the external hosts and links, the workloads and the simulation settings (domain.md 2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.Topology#getDescription <em>Description</em>}</li>
 *   <li>{@link org.natsume.model.Topology#getMachine <em>Machine</em>}</li>
 *   <li>{@link org.natsume.model.Topology#getHypervisor <em>Hypervisor</em>}</li>
 *   <li>{@link org.natsume.model.Topology#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.natsume.model.Topology#getExternalHosts <em>External Hosts</em>}</li>
 *   <li>{@link org.natsume.model.Topology#getLinks <em>Links</em>}</li>
 *   <li>{@link org.natsume.model.Topology#getWorkloads <em>Workloads</em>}</li>
 *   <li>{@link org.natsume.model.Topology#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getTopology()
 * @model
 * @generated
 */
public interface Topology extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text, e.g. which paper case this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.natsume.model.NatsumePackage#getTopology_Description()
	 * @model annotation="http://www.natsume.org/model/edit category='Identity'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.natsume.model.Topology#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Machine</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The physical machine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Machine</em>' containment reference.
	 * @see #setMachine(Machine)
	 * @see org.natsume.model.NatsumePackage#getTopology_Machine()
	 * @model containment="true"
	 * @generated
	 */
	Machine getMachine();

	/**
	 * Sets the value of the '{@link org.natsume.model.Topology#getMachine <em>Machine</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine</em>' containment reference.
	 * @see #getMachine()
	 * @generated
	 */
	void setMachine(Machine value);

	/**
	 * Returns the value of the '<em><b>Hypervisor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xen and the Natsume options; absent when the OS runs on bare metal (case 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hypervisor</em>' containment reference.
	 * @see #setHypervisor(Hypervisor)
	 * @see org.natsume.model.NatsumePackage#getTopology_Hypervisor()
	 * @model containment="true"
	 * @generated
	 */
	Hypervisor getHypervisor();

	/**
	 * Sets the value of the '{@link org.natsume.model.Topology#getHypervisor <em>Hypervisor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypervisor</em>' containment reference.
	 * @see #getHypervisor()
	 * @generated
	 */
	void setHypervisor(Hypervisor value);

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.Domain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dom0, DomUs and the RT-VM (or the single native OS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domains</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getTopology_Domains()
	 * @model containment="true"
	 * @generated
	 */
	EList<Domain> getDomains();

	/**
	 * Returns the value of the '<em><b>External Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.ExternalHost}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Machines outside the box: netperf peer, UDP flooder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Hosts</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getTopology_ExternalHosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExternalHost> getExternalHosts();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.NetworkLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ethernet links between NICs and external hosts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getTopology_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkLink> getLinks();

	/**
	 * Returns the value of the '<em><b>Workloads</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.Workload}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Traffic and CPU load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workloads</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getTopology_Workloads()
	 * @model containment="true"
	 * @generated
	 */
	EList<Workload> getWorkloads();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Run length, repetitions, seed and the timing parameters (domain.md 5.4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(SimulationSettings)
	 * @see org.natsume.model.NatsumePackage#getTopology_Settings()
	 * @model containment="true"
	 * @generated
	 */
	SimulationSettings getSettings();

	/**
	 * Sets the value of the '{@link org.natsume.model.Topology#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(SimulationSettings value);

} // Topology
