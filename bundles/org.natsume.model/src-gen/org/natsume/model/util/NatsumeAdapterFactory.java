/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.natsume.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.natsume.model.NatsumePackage
 * @generated
 */
public class NatsumeAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static NatsumePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NatsumeAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = NatsumePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NatsumeSwitch<Adapter> modelSwitch =
		new NatsumeSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseTopology(Topology object) {
				return createTopologyAdapter();
			}
			@Override
			public Adapter caseMachine(Machine object) {
				return createMachineAdapter();
			}
			@Override
			public Adapter caseLogicalCpu(LogicalCpu object) {
				return createLogicalCpuAdapter();
			}
			@Override
			public Adapter caseIoApic(IoApic object) {
				return createIoApicAdapter();
			}
			@Override
			public Adapter caseRedirectionEntry(RedirectionEntry object) {
				return createRedirectionEntryAdapter();
			}
			@Override
			public Adapter casePciBus(PciBus object) {
				return createPciBusAdapter();
			}
			@Override
			public Adapter casePciFunction(PciFunction object) {
				return createPciFunctionAdapter();
			}
			@Override
			public Adapter casePciBridge(PciBridge object) {
				return createPciBridgeAdapter();
			}
			@Override
			public Adapter caseNic(Nic object) {
				return createNicAdapter();
			}
			@Override
			public Adapter caseInterruptLine(InterruptLine object) {
				return createInterruptLineAdapter();
			}
			@Override
			public Adapter caseHypervisor(Hypervisor object) {
				return createHypervisorAdapter();
			}
			@Override
			public Adapter caseDomain(Domain object) {
				return createDomainAdapter();
			}
			@Override
			public Adapter caseVcpu(Vcpu object) {
				return createVcpuAdapter();
			}
			@Override
			public Adapter caseDeviceAttachment(DeviceAttachment object) {
				return createDeviceAttachmentAdapter();
			}
			@Override
			public Adapter caseExternalHost(ExternalHost object) {
				return createExternalHostAdapter();
			}
			@Override
			public Adapter caseNetworkLink(NetworkLink object) {
				return createNetworkLinkAdapter();
			}
			@Override
			public Adapter caseWorkload(Workload object) {
				return createWorkloadAdapter();
			}
			@Override
			public Adapter caseNetperfTcpStream(NetperfTcpStream object) {
				return createNetperfTcpStreamAdapter();
			}
			@Override
			public Adapter caseUdpFlood(UdpFlood object) {
				return createUdpFloodAdapter();
			}
			@Override
			public Adapter caseCpuHog(CpuHog object) {
				return createCpuHogAdapter();
			}
			@Override
			public Adapter casePeriodicRtTask(PeriodicRtTask object) {
				return createPeriodicRtTaskAdapter();
			}
			@Override
			public Adapter caseSimulationSettings(SimulationSettings object) {
				return createSimulationSettingsAdapter();
			}
			@Override
			public Adapter caseTimingValue(TimingValue object) {
				return createTimingValueAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.Topology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.Topology
	 * @generated
	 */
	public Adapter createTopologyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.Machine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.Machine
	 * @generated
	 */
	public Adapter createMachineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.LogicalCpu <em>Logical Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.LogicalCpu
	 * @generated
	 */
	public Adapter createLogicalCpuAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.IoApic <em>Io Apic</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.IoApic
	 * @generated
	 */
	public Adapter createIoApicAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.RedirectionEntry <em>Redirection Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.RedirectionEntry
	 * @generated
	 */
	public Adapter createRedirectionEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.PciBus <em>Pci Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.PciBus
	 * @generated
	 */
	public Adapter createPciBusAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.PciFunction <em>Pci Function</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.PciFunction
	 * @generated
	 */
	public Adapter createPciFunctionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.PciBridge <em>Pci Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.PciBridge
	 * @generated
	 */
	public Adapter createPciBridgeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.Nic <em>Nic</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.Nic
	 * @generated
	 */
	public Adapter createNicAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.InterruptLine <em>Interrupt Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.InterruptLine
	 * @generated
	 */
	public Adapter createInterruptLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.Hypervisor <em>Hypervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.Hypervisor
	 * @generated
	 */
	public Adapter createHypervisorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.Domain
	 * @generated
	 */
	public Adapter createDomainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.Vcpu <em>Vcpu</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.Vcpu
	 * @generated
	 */
	public Adapter createVcpuAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.DeviceAttachment <em>Device Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.DeviceAttachment
	 * @generated
	 */
	public Adapter createDeviceAttachmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.ExternalHost <em>External Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.ExternalHost
	 * @generated
	 */
	public Adapter createExternalHostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.NetworkLink <em>Network Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.NetworkLink
	 * @generated
	 */
	public Adapter createNetworkLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.Workload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.Workload
	 * @generated
	 */
	public Adapter createWorkloadAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.NetperfTcpStream <em>Netperf Tcp Stream</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.NetperfTcpStream
	 * @generated
	 */
	public Adapter createNetperfTcpStreamAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.UdpFlood <em>Udp Flood</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.UdpFlood
	 * @generated
	 */
	public Adapter createUdpFloodAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.CpuHog <em>Cpu Hog</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.CpuHog
	 * @generated
	 */
	public Adapter createCpuHogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.PeriodicRtTask <em>Periodic Rt Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.PeriodicRtTask
	 * @generated
	 */
	public Adapter createPeriodicRtTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.SimulationSettings <em>Simulation Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.SimulationSettings
	 * @generated
	 */
	public Adapter createSimulationSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.natsume.model.TimingValue <em>Timing Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.natsume.model.TimingValue
	 * @generated
	 */
	public Adapter createTimingValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //NatsumeAdapterFactory
