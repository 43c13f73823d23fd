/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.natsume.model.NatsumePackage
 * @generated
 */
public interface NatsumeFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NatsumeFactory eINSTANCE = org.natsume.model.impl.NatsumeFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Topology</em>'.
	 * @generated
	 */
	Topology createTopology();

	/**
	 * Returns a new object of class '<em>Machine</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Machine</em>'.
	 * @generated
	 */
	Machine createMachine();

	/**
	 * Returns a new object of class '<em>Logical Cpu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Logical Cpu</em>'.
	 * @generated
	 */
	LogicalCpu createLogicalCpu();

	/**
	 * Returns a new object of class '<em>Io Apic</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Io Apic</em>'.
	 * @generated
	 */
	IoApic createIoApic();

	/**
	 * Returns a new object of class '<em>Redirection Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Redirection Entry</em>'.
	 * @generated
	 */
	RedirectionEntry createRedirectionEntry();

	/**
	 * Returns a new object of class '<em>Pci Bus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pci Bus</em>'.
	 * @generated
	 */
	PciBus createPciBus();

	/**
	 * Returns a new object of class '<em>Pci Function</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pci Function</em>'.
	 * @generated
	 */
	PciFunction createPciFunction();

	/**
	 * Returns a new object of class '<em>Pci Bridge</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pci Bridge</em>'.
	 * @generated
	 */
	PciBridge createPciBridge();

	/**
	 * Returns a new object of class '<em>Nic</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Nic</em>'.
	 * @generated
	 */
	Nic createNic();

	/**
	 * Returns a new object of class '<em>Interrupt Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interrupt Line</em>'.
	 * @generated
	 */
	InterruptLine createInterruptLine();

	/**
	 * Returns a new object of class '<em>Hypervisor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hypervisor</em>'.
	 * @generated
	 */
	Hypervisor createHypervisor();

	/**
	 * Returns a new object of class '<em>Domain</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Domain</em>'.
	 * @generated
	 */
	Domain createDomain();

	/**
	 * Returns a new object of class '<em>Vcpu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vcpu</em>'.
	 * @generated
	 */
	Vcpu createVcpu();

	/**
	 * Returns a new object of class '<em>Device Attachment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Attachment</em>'.
	 * @generated
	 */
	DeviceAttachment createDeviceAttachment();

	/**
	 * Returns a new object of class '<em>External Host</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>External Host</em>'.
	 * @generated
	 */
	ExternalHost createExternalHost();

	/**
	 * Returns a new object of class '<em>Network Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Link</em>'.
	 * @generated
	 */
	NetworkLink createNetworkLink();

	/**
	 * Returns a new object of class '<em>Netperf Tcp Stream</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Netperf Tcp Stream</em>'.
	 * @generated
	 */
	NetperfTcpStream createNetperfTcpStream();

	/**
	 * Returns a new object of class '<em>Udp Flood</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Udp Flood</em>'.
	 * @generated
	 */
	UdpFlood createUdpFlood();

	/**
	 * Returns a new object of class '<em>Cpu Hog</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cpu Hog</em>'.
	 * @generated
	 */
	CpuHog createCpuHog();

	/**
	 * Returns a new object of class '<em>Periodic Rt Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Periodic Rt Task</em>'.
	 * @generated
	 */
	PeriodicRtTask createPeriodicRtTask();

	/**
	 * Returns a new object of class '<em>Simulation Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Simulation Settings</em>'.
	 * @generated
	 */
	SimulationSettings createSimulationSettings();

	/**
	 * Returns a new object of class '<em>Timing Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Timing Value</em>'.
	 * @generated
	 */
	TimingValue createTimingValue();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	NatsumePackage getNatsumePackage();

} //NatsumeFactory
