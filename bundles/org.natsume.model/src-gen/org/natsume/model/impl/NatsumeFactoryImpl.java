/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.natsume.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NatsumeFactoryImpl extends EFactoryImpl implements NatsumeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static NatsumeFactory init() {
		try {
			NatsumeFactory theNatsumeFactory = (NatsumeFactory)EPackage.Registry.INSTANCE.getEFactory(NatsumePackage.eNS_URI);
			if (theNatsumeFactory != null) {
				return theNatsumeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new NatsumeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NatsumeFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case NatsumePackage.TOPOLOGY: return createTopology();
			case NatsumePackage.MACHINE: return createMachine();
			case NatsumePackage.LOGICAL_CPU: return createLogicalCpu();
			case NatsumePackage.IO_APIC: return createIoApic();
			case NatsumePackage.REDIRECTION_ENTRY: return createRedirectionEntry();
			case NatsumePackage.PCI_BUS: return createPciBus();
			case NatsumePackage.PCI_FUNCTION: return createPciFunction();
			case NatsumePackage.PCI_BRIDGE: return createPciBridge();
			case NatsumePackage.NIC: return createNic();
			case NatsumePackage.INTERRUPT_LINE: return createInterruptLine();
			case NatsumePackage.HYPERVISOR: return createHypervisor();
			case NatsumePackage.DOMAIN: return createDomain();
			case NatsumePackage.VCPU: return createVcpu();
			case NatsumePackage.DEVICE_ATTACHMENT: return createDeviceAttachment();
			case NatsumePackage.EXTERNAL_HOST: return createExternalHost();
			case NatsumePackage.NETWORK_LINK: return createNetworkLink();
			case NatsumePackage.NETPERF_TCP_STREAM: return createNetperfTcpStream();
			case NatsumePackage.UDP_FLOOD: return createUdpFlood();
			case NatsumePackage.CPU_HOG: return createCpuHog();
			case NatsumePackage.PERIODIC_RT_TASK: return createPeriodicRtTask();
			case NatsumePackage.SIMULATION_SETTINGS: return createSimulationSettings();
			case NatsumePackage.TIMING_VALUE: return createTimingValue();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case NatsumePackage.DELIVERY_MODE:
				return createDeliveryModeFromString(eDataType, initialValue);
			case NatsumePackage.DESTINATION_MODE:
				return createDestinationModeFromString(eDataType, initialValue);
			case NatsumePackage.TRIGGER_MODE:
				return createTriggerModeFromString(eDataType, initialValue);
			case NatsumePackage.POLARITY:
				return createPolarityFromString(eDataType, initialValue);
			case NatsumePackage.INTX_PIN:
				return createIntxPinFromString(eDataType, initialValue);
			case NatsumePackage.INTERRUPT_MODE:
				return createInterruptModeFromString(eDataType, initialValue);
			case NatsumePackage.SCHEDULER_KIND:
				return createSchedulerKindFromString(eDataType, initialValue);
			case NatsumePackage.IO_APIC_TARGET_POLICY:
				return createIoApicTargetPolicyFromString(eDataType, initialValue);
			case NatsumePackage.ACK_METHOD:
				return createAckMethodFromString(eDataType, initialValue);
			case NatsumePackage.LOWEST_PRIORITY_ARBITRATION:
				return createLowestPriorityArbitrationFromString(eDataType, initialValue);
			case NatsumePackage.DOMAIN_KIND:
				return createDomainKindFromString(eDataType, initialValue);
			case NatsumePackage.GUEST_TYPE:
				return createGuestTypeFromString(eDataType, initialValue);
			case NatsumePackage.ATTACHMENT_MODE:
				return createAttachmentModeFromString(eDataType, initialValue);
			case NatsumePackage.HOST_ROLE:
				return createHostRoleFromString(eDataType, initialValue);
			case NatsumePackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case NatsumePackage.KERNEL_PROFILE:
				return createKernelProfileFromString(eDataType, initialValue);
			case NatsumePackage.RATE_MODE:
				return createRateModeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case NatsumePackage.DELIVERY_MODE:
				return convertDeliveryModeToString(eDataType, instanceValue);
			case NatsumePackage.DESTINATION_MODE:
				return convertDestinationModeToString(eDataType, instanceValue);
			case NatsumePackage.TRIGGER_MODE:
				return convertTriggerModeToString(eDataType, instanceValue);
			case NatsumePackage.POLARITY:
				return convertPolarityToString(eDataType, instanceValue);
			case NatsumePackage.INTX_PIN:
				return convertIntxPinToString(eDataType, instanceValue);
			case NatsumePackage.INTERRUPT_MODE:
				return convertInterruptModeToString(eDataType, instanceValue);
			case NatsumePackage.SCHEDULER_KIND:
				return convertSchedulerKindToString(eDataType, instanceValue);
			case NatsumePackage.IO_APIC_TARGET_POLICY:
				return convertIoApicTargetPolicyToString(eDataType, instanceValue);
			case NatsumePackage.ACK_METHOD:
				return convertAckMethodToString(eDataType, instanceValue);
			case NatsumePackage.LOWEST_PRIORITY_ARBITRATION:
				return convertLowestPriorityArbitrationToString(eDataType, instanceValue);
			case NatsumePackage.DOMAIN_KIND:
				return convertDomainKindToString(eDataType, instanceValue);
			case NatsumePackage.GUEST_TYPE:
				return convertGuestTypeToString(eDataType, instanceValue);
			case NatsumePackage.ATTACHMENT_MODE:
				return convertAttachmentModeToString(eDataType, instanceValue);
			case NatsumePackage.HOST_ROLE:
				return convertHostRoleToString(eDataType, instanceValue);
			case NatsumePackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case NatsumePackage.KERNEL_PROFILE:
				return convertKernelProfileToString(eDataType, instanceValue);
			case NatsumePackage.RATE_MODE:
				return convertRateModeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Topology createTopology() {
		TopologyImpl topology = new TopologyImpl();
		return topology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Machine createMachine() {
		MachineImpl machine = new MachineImpl();
		return machine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogicalCpu createLogicalCpu() {
		LogicalCpuImpl logicalCpu = new LogicalCpuImpl();
		return logicalCpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IoApic createIoApic() {
		IoApicImpl ioApic = new IoApicImpl();
		return ioApic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RedirectionEntry createRedirectionEntry() {
		RedirectionEntryImpl redirectionEntry = new RedirectionEntryImpl();
		return redirectionEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciBus createPciBus() {
		PciBusImpl pciBus = new PciBusImpl();
		return pciBus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciFunction createPciFunction() {
		PciFunctionImpl pciFunction = new PciFunctionImpl();
		return pciFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciBridge createPciBridge() {
		PciBridgeImpl pciBridge = new PciBridgeImpl();
		return pciBridge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Nic createNic() {
		NicImpl nic = new NicImpl();
		return nic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterruptLine createInterruptLine() {
		InterruptLineImpl interruptLine = new InterruptLineImpl();
		return interruptLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hypervisor createHypervisor() {
		HypervisorImpl hypervisor = new HypervisorImpl();
		return hypervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Domain createDomain() {
		DomainImpl domain = new DomainImpl();
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vcpu createVcpu() {
		VcpuImpl vcpu = new VcpuImpl();
		return vcpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceAttachment createDeviceAttachment() {
		DeviceAttachmentImpl deviceAttachment = new DeviceAttachmentImpl();
		return deviceAttachment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalHost createExternalHost() {
		ExternalHostImpl externalHost = new ExternalHostImpl();
		return externalHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkLink createNetworkLink() {
		NetworkLinkImpl networkLink = new NetworkLinkImpl();
		return networkLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetperfTcpStream createNetperfTcpStream() {
		NetperfTcpStreamImpl netperfTcpStream = new NetperfTcpStreamImpl();
		return netperfTcpStream;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UdpFlood createUdpFlood() {
		UdpFloodImpl udpFlood = new UdpFloodImpl();
		return udpFlood;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CpuHog createCpuHog() {
		CpuHogImpl cpuHog = new CpuHogImpl();
		return cpuHog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeriodicRtTask createPeriodicRtTask() {
		PeriodicRtTaskImpl periodicRtTask = new PeriodicRtTaskImpl();
		return periodicRtTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SimulationSettings createSimulationSettings() {
		SimulationSettingsImpl simulationSettings = new SimulationSettingsImpl();
		return simulationSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimingValue createTimingValue() {
		TimingValueImpl timingValue = new TimingValueImpl();
		return timingValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeliveryMode createDeliveryModeFromString(EDataType eDataType, String initialValue) {
		DeliveryMode result = DeliveryMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeliveryModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DestinationMode createDestinationModeFromString(EDataType eDataType, String initialValue) {
		DestinationMode result = DestinationMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDestinationModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TriggerMode createTriggerModeFromString(EDataType eDataType, String initialValue) {
		TriggerMode result = TriggerMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTriggerModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Polarity createPolarityFromString(EDataType eDataType, String initialValue) {
		Polarity result = Polarity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPolarityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntxPin createIntxPinFromString(EDataType eDataType, String initialValue) {
		IntxPin result = IntxPin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntxPinToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterruptMode createInterruptModeFromString(EDataType eDataType, String initialValue) {
		InterruptMode result = InterruptMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterruptModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SchedulerKind createSchedulerKindFromString(EDataType eDataType, String initialValue) {
		SchedulerKind result = SchedulerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSchedulerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IoApicTargetPolicy createIoApicTargetPolicyFromString(EDataType eDataType, String initialValue) {
		IoApicTargetPolicy result = IoApicTargetPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIoApicTargetPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AckMethod createAckMethodFromString(EDataType eDataType, String initialValue) {
		AckMethod result = AckMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAckMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LowestPriorityArbitration createLowestPriorityArbitrationFromString(EDataType eDataType, String initialValue) {
		LowestPriorityArbitration result = LowestPriorityArbitration.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLowestPriorityArbitrationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainKind createDomainKindFromString(EDataType eDataType, String initialValue) {
		DomainKind result = DomainKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDomainKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuestType createGuestTypeFromString(EDataType eDataType, String initialValue) {
		GuestType result = GuestType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGuestTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttachmentMode createAttachmentModeFromString(EDataType eDataType, String initialValue) {
		AttachmentMode result = AttachmentMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttachmentModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostRole createHostRoleFromString(EDataType eDataType, String initialValue) {
		HostRole result = HostRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KernelProfile createKernelProfileFromString(EDataType eDataType, String initialValue) {
		KernelProfile result = KernelProfile.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKernelProfileToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RateMode createRateModeFromString(EDataType eDataType, String initialValue) {
		RateMode result = RateMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRateModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NatsumePackage getNatsumePackage() {
		return (NatsumePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static NatsumePackage getPackage() {
		return NatsumePackage.eINSTANCE;
	}

} //NatsumeFactoryImpl
