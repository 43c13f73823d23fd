/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.natsume.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.natsume.model.NatsumePackage
 * @generated
 */
public class NatsumeSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static NatsumePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NatsumeSwitch() {
		if (modelPackage == null) {
			modelPackage = NatsumePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case NatsumePackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = caseIdentified(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.TOPOLOGY: {
				Topology topology = (Topology)theEObject;
				T result = caseTopology(topology);
				if (result == null) result = caseNamedElement(topology);
				if (result == null) result = caseIdentified(topology);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.MACHINE: {
				Machine machine = (Machine)theEObject;
				T result = caseMachine(machine);
				if (result == null) result = caseNamedElement(machine);
				if (result == null) result = caseIdentified(machine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.LOGICAL_CPU: {
				LogicalCpu logicalCpu = (LogicalCpu)theEObject;
				T result = caseLogicalCpu(logicalCpu);
				if (result == null) result = caseIdentified(logicalCpu);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.IO_APIC: {
				IoApic ioApic = (IoApic)theEObject;
				T result = caseIoApic(ioApic);
				if (result == null) result = caseIdentified(ioApic);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.REDIRECTION_ENTRY: {
				RedirectionEntry redirectionEntry = (RedirectionEntry)theEObject;
				T result = caseRedirectionEntry(redirectionEntry);
				if (result == null) result = caseIdentified(redirectionEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.PCI_BUS: {
				PciBus pciBus = (PciBus)theEObject;
				T result = casePciBus(pciBus);
				if (result == null) result = caseIdentified(pciBus);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.PCI_FUNCTION: {
				PciFunction pciFunction = (PciFunction)theEObject;
				T result = casePciFunction(pciFunction);
				if (result == null) result = caseNamedElement(pciFunction);
				if (result == null) result = caseIdentified(pciFunction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.PCI_BRIDGE: {
				PciBridge pciBridge = (PciBridge)theEObject;
				T result = casePciBridge(pciBridge);
				if (result == null) result = casePciFunction(pciBridge);
				if (result == null) result = caseNamedElement(pciBridge);
				if (result == null) result = caseIdentified(pciBridge);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.NIC: {
				Nic nic = (Nic)theEObject;
				T result = caseNic(nic);
				if (result == null) result = casePciFunction(nic);
				if (result == null) result = caseNamedElement(nic);
				if (result == null) result = caseIdentified(nic);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.INTERRUPT_LINE: {
				InterruptLine interruptLine = (InterruptLine)theEObject;
				T result = caseInterruptLine(interruptLine);
				if (result == null) result = caseIdentified(interruptLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.HYPERVISOR: {
				Hypervisor hypervisor = (Hypervisor)theEObject;
				T result = caseHypervisor(hypervisor);
				if (result == null) result = caseNamedElement(hypervisor);
				if (result == null) result = caseIdentified(hypervisor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.DOMAIN: {
				Domain domain = (Domain)theEObject;
				T result = caseDomain(domain);
				if (result == null) result = caseNamedElement(domain);
				if (result == null) result = caseIdentified(domain);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.VCPU: {
				Vcpu vcpu = (Vcpu)theEObject;
				T result = caseVcpu(vcpu);
				if (result == null) result = caseIdentified(vcpu);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.DEVICE_ATTACHMENT: {
				DeviceAttachment deviceAttachment = (DeviceAttachment)theEObject;
				T result = caseDeviceAttachment(deviceAttachment);
				if (result == null) result = caseIdentified(deviceAttachment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.EXTERNAL_HOST: {
				ExternalHost externalHost = (ExternalHost)theEObject;
				T result = caseExternalHost(externalHost);
				if (result == null) result = caseNamedElement(externalHost);
				if (result == null) result = caseIdentified(externalHost);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.NETWORK_LINK: {
				NetworkLink networkLink = (NetworkLink)theEObject;
				T result = caseNetworkLink(networkLink);
				if (result == null) result = caseIdentified(networkLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.WORKLOAD: {
				Workload workload = (Workload)theEObject;
				T result = caseWorkload(workload);
				if (result == null) result = caseNamedElement(workload);
				if (result == null) result = caseIdentified(workload);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.NETPERF_TCP_STREAM: {
				NetperfTcpStream netperfTcpStream = (NetperfTcpStream)theEObject;
				T result = caseNetperfTcpStream(netperfTcpStream);
				if (result == null) result = caseWorkload(netperfTcpStream);
				if (result == null) result = caseNamedElement(netperfTcpStream);
				if (result == null) result = caseIdentified(netperfTcpStream);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.UDP_FLOOD: {
				UdpFlood udpFlood = (UdpFlood)theEObject;
				T result = caseUdpFlood(udpFlood);
				if (result == null) result = caseWorkload(udpFlood);
				if (result == null) result = caseNamedElement(udpFlood);
				if (result == null) result = caseIdentified(udpFlood);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.CPU_HOG: {
				CpuHog cpuHog = (CpuHog)theEObject;
				T result = caseCpuHog(cpuHog);
				if (result == null) result = caseWorkload(cpuHog);
				if (result == null) result = caseNamedElement(cpuHog);
				if (result == null) result = caseIdentified(cpuHog);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.PERIODIC_RT_TASK: {
				PeriodicRtTask periodicRtTask = (PeriodicRtTask)theEObject;
				T result = casePeriodicRtTask(periodicRtTask);
				if (result == null) result = caseWorkload(periodicRtTask);
				if (result == null) result = caseNamedElement(periodicRtTask);
				if (result == null) result = caseIdentified(periodicRtTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.SIMULATION_SETTINGS: {
				SimulationSettings simulationSettings = (SimulationSettings)theEObject;
				T result = caseSimulationSettings(simulationSettings);
				if (result == null) result = caseIdentified(simulationSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case NatsumePackage.TIMING_VALUE: {
				TimingValue timingValue = (TimingValue)theEObject;
				T result = caseTimingValue(timingValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Topology</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTopology(Topology object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Machine</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Machine</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMachine(Machine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Logical Cpu</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Logical Cpu</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLogicalCpu(LogicalCpu object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Io Apic</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Io Apic</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIoApic(IoApic object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Redirection Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Redirection Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRedirectionEntry(RedirectionEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pci Bus</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pci Bus</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePciBus(PciBus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pci Function</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pci Function</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePciFunction(PciFunction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pci Bridge</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pci Bridge</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePciBridge(PciBridge object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Nic</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Nic</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNic(Nic object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interrupt Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interrupt Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterruptLine(InterruptLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hypervisor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hypervisor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHypervisor(Hypervisor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Domain</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Domain</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDomain(Domain object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Vcpu</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Vcpu</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVcpu(Vcpu object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Device Attachment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Device Attachment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeviceAttachment(DeviceAttachment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>External Host</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>External Host</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExternalHost(ExternalHost object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetworkLink(NetworkLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Workload</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Workload</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkload(Workload object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Netperf Tcp Stream</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Netperf Tcp Stream</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetperfTcpStream(NetperfTcpStream object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Udp Flood</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Udp Flood</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUdpFlood(UdpFlood object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cpu Hog</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cpu Hog</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCpuHog(CpuHog object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Periodic Rt Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Periodic Rt Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePeriodicRtTask(PeriodicRtTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Simulation Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Simulation Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSimulationSettings(SimulationSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Timing Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Timing Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimingValue(TimingValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //NatsumeSwitch
