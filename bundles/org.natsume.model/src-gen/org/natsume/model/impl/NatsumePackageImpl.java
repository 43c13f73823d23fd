/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.natsume.model.AckMethod;
import org.natsume.model.AttachmentMode;
import org.natsume.model.CpuHog;
import org.natsume.model.DeliveryMode;
import org.natsume.model.DestinationMode;
import org.natsume.model.DeviceAttachment;
import org.natsume.model.Direction;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.ExternalHost;
import org.natsume.model.GuestType;
import org.natsume.model.HostRole;
import org.natsume.model.Hypervisor;
import org.natsume.model.Identified;
import org.natsume.model.InterruptLine;
import org.natsume.model.InterruptMode;
import org.natsume.model.IntxPin;
import org.natsume.model.IoApic;
import org.natsume.model.IoApicTargetPolicy;
import org.natsume.model.KernelProfile;
import org.natsume.model.LogicalCpu;
import org.natsume.model.LowestPriorityArbitration;
import org.natsume.model.Machine;
import org.natsume.model.NamedElement;
import org.natsume.model.NatsumeFactory;
import org.natsume.model.NatsumePackage;
import org.natsume.model.NetperfTcpStream;
import org.natsume.model.NetworkLink;
import org.natsume.model.Nic;
import org.natsume.model.PciBridge;
import org.natsume.model.PciBus;
import org.natsume.model.PciFunction;
import org.natsume.model.PeriodicRtTask;
import org.natsume.model.Polarity;
import org.natsume.model.RateMode;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.SchedulerKind;
import org.natsume.model.SimulationSettings;
import org.natsume.model.TimingValue;
import org.natsume.model.Topology;
import org.natsume.model.TriggerMode;
import org.natsume.model.UdpFlood;
import org.natsume.model.Vcpu;
import org.natsume.model.Workload;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NatsumePackageImpl extends EPackageImpl implements NatsumePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topologyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass machineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logicalCpuEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ioApicEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass redirectionEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pciBusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pciFunctionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pciBridgeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nicEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interruptLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hypervisorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass domainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vcpuEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceAttachmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass externalHostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workloadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass netperfTcpStreamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass udpFloodEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cpuHogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass periodicRtTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass simulationSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timingValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deliveryModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum destinationModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum triggerModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum polarityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum intxPinEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interruptModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum schedulerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ioApicTargetPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ackMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lowestPriorityArbitrationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum domainKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum guestTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attachmentModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kernelProfileEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rateModeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.natsume.model.NatsumePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NatsumePackageImpl() {
		super(eNS_URI, NatsumeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link NatsumePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static NatsumePackage init() {
		if (isInited) return (NatsumePackage)EPackage.Registry.INSTANCE.getEPackage(NatsumePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredNatsumePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		NatsumePackageImpl theNatsumePackage = registeredNatsumePackage instanceof NatsumePackageImpl ? (NatsumePackageImpl)registeredNatsumePackage : new NatsumePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theNatsumePackage.createPackageContents();

		// Initialize created meta-data
		theNatsumePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theNatsumePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NatsumePackage.eNS_URI, theNatsumePackage);
		return theNatsumePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopology() {
		return topologyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopology_Description() {
		return (EAttribute)topologyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Machine() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Hypervisor() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Domains() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_ExternalHosts() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Links() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Workloads() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Settings() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMachine() {
		return machineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_Board() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_CpuModel() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMachine_ClockHz() {
		return (EAttribute)machineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMachine_Cpus() {
		return (EReference)machineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMachine_IoApics() {
		return (EReference)machineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMachine_PciRoots() {
		return (EReference)machineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMachine_InterruptLines() {
		return (EReference)machineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogicalCpu() {
		return logicalCpuEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogicalCpu_CpuId() {
		return (EAttribute)logicalCpuEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogicalCpu_ApicId() {
		return (EAttribute)logicalCpuEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogicalCpu_Enabled() {
		return (EAttribute)logicalCpuEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogicalCpu_Socket() {
		return (EAttribute)logicalCpuEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogicalCpu_Core() {
		return (EAttribute)logicalCpuEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogicalCpu_Thread() {
		return (EAttribute)logicalCpuEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIoApic() {
		return ioApicEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIoApic_IoApicId() {
		return (EAttribute)ioApicEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIoApic_MmioBase() {
		return (EAttribute)ioApicEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIoApic_PinCount() {
		return (EAttribute)ioApicEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIoApic_GsiBase() {
		return (EAttribute)ioApicEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIoApic_Entries() {
		return (EReference)ioApicEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRedirectionEntry() {
		return redirectionEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedirectionEntry_Pin() {
		return (EAttribute)redirectionEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedirectionEntry_Vector() {
		return (EAttribute)redirectionEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedirectionEntry_DeliveryMode() {
		return (EAttribute)redirectionEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedirectionEntry_DestinationMode() {
		return (EAttribute)redirectionEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedirectionEntry_Destination() {
		return (EAttribute)redirectionEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedirectionEntry_Trigger() {
		return (EAttribute)redirectionEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedirectionEntry_Polarity() {
		return (EAttribute)redirectionEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRedirectionEntry_Masked() {
		return (EAttribute)redirectionEntryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPciBus() {
		return pciBusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciBus_Segment() {
		return (EAttribute)pciBusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciBus_BusNumber() {
		return (EAttribute)pciBusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPciBus_Functions() {
		return (EReference)pciBusEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPciFunction() {
		return pciFunctionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_Bdf() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_VendorId() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_DeviceId() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_ClassCode() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_Driver() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_IntxPin() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_MsiCapable() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_MsixCapable() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPciFunction_InterruptMode() {
		return (EAttribute)pciFunctionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPciFunction_Line() {
		return (EReference)pciFunctionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPciBridge() {
		return pciBridgeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPciBridge_SecondaryBus() {
		return (EReference)pciBridgeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNic() {
		return nicEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNic_LinkSpeedBps() {
		return (EAttribute)nicEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNic_ItrMode() {
		return (EAttribute)nicEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNic_RxRingSize() {
		return (EAttribute)nicEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNic_TxRingSize() {
		return (EAttribute)nicEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNic_NapiWeight() {
		return (EAttribute)nicEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNic_MacAddress() {
		return (EAttribute)nicEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterruptLine() {
		return interruptLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterruptLine_Gsi() {
		return (EAttribute)interruptLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterruptLine_Trigger() {
		return (EAttribute)interruptLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterruptLine_Polarity() {
		return (EAttribute)interruptLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterruptLine_Sharers() {
		return (EReference)interruptLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHypervisor() {
		return hypervisorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_Version() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_Scheduler() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_CreditTickMs() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_CreditTimesliceMs() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_CreditRatelimitUs() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_RoutingPolicy() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_IoapicTargetPolicy() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_AckMethod() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_EoiTimeoutUs() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_ForcedEoi() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_IrqRatelimit() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_LowestPriorityArbitration() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHypervisor_IrqAffinityFollowsVcpu() {
		return (EAttribute)hypervisorEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomain() {
		return domainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Domid() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Kind() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_GuestType() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_MemoryMiB() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Weight() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Cap() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_KernelProfile() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Vcpus() {
		return (EReference)domainEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Attachments() {
		return (EReference)domainEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVcpu() {
		return vcpuEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVcpu_VcpuId() {
		return (EAttribute)vcpuEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVcpu_HardAffinity() {
		return (EReference)vcpuEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeviceAttachment() {
		return deviceAttachmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeviceAttachment_Function() {
		return (EReference)deviceAttachmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceAttachment_Mode() {
		return (EAttribute)deviceAttachmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeviceAttachment_BackendDomain() {
		return (EReference)deviceAttachmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceAttachment_Bridge() {
		return (EAttribute)deviceAttachmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceAttachment_Mac() {
		return (EAttribute)deviceAttachmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExternalHost() {
		return externalHostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalHost_Role() {
		return (EAttribute)externalHostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkLink() {
		return networkLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkLink_Nic() {
		return (EReference)networkLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkLink_Host() {
		return (EReference)networkLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkLink_RateBps() {
		return (EAttribute)networkLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetworkLink_PropagationDelayNs() {
		return (EAttribute)networkLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkload() {
		return workloadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkload_Domain() {
		return (EReference)workloadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkload_Enabled() {
		return (EAttribute)workloadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetperfTcpStream() {
		return netperfTcpStreamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetperfTcpStream_Peer() {
		return (EReference)netperfTcpStreamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetperfTcpStream_Direction() {
		return (EAttribute)netperfTcpStreamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetperfTcpStream_MessageSize() {
		return (EAttribute)netperfTcpStreamEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNetperfTcpStream_SocketBufferBytes() {
		return (EAttribute)netperfTcpStreamEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUdpFlood() {
		return udpFloodEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUdpFlood_Source() {
		return (EReference)udpFloodEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUdpFlood_PacketSizeBytes() {
		return (EAttribute)udpFloodEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUdpFlood_RateMode() {
		return (EAttribute)udpFloodEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUdpFlood_Pps() {
		return (EAttribute)udpFloodEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCpuHog() {
		return cpuHogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuHog_DutyCycle() {
		return (EAttribute)cpuHogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPeriodicRtTask() {
		return periodicRtTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodicRtTask_PeriodUs() {
		return (EAttribute)periodicRtTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodicRtTask_WcetUs() {
		return (EAttribute)periodicRtTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSimulationSettings() {
		return simulationSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSimulationSettings_DurationS() {
		return (EAttribute)simulationSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSimulationSettings_Runs() {
		return (EAttribute)simulationSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSimulationSettings_Seed() {
		return (EAttribute)simulationSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSimulationSettings_Timings() {
		return (EReference)simulationSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimingValue() {
		return timingValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingValue_Symbol() {
		return (EAttribute)timingValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimingValue_Value() {
		return (EAttribute)timingValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeliveryMode() {
		return deliveryModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDestinationMode() {
		return destinationModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTriggerMode() {
		return triggerModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPolarity() {
		return polarityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIntxPin() {
		return intxPinEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterruptMode() {
		return interruptModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSchedulerKind() {
		return schedulerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIoApicTargetPolicy() {
		return ioApicTargetPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAckMethod() {
		return ackMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLowestPriorityArbitration() {
		return lowestPriorityArbitrationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDomainKind() {
		return domainKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGuestType() {
		return guestTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttachmentMode() {
		return attachmentModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostRole() {
		return hostRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKernelProfile() {
		return kernelProfileEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRateMode() {
		return rateModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NatsumeFactory getNatsumeFactory() {
		return (NatsumeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);

		topologyEClass = createEClass(TOPOLOGY);
		createEAttribute(topologyEClass, TOPOLOGY__DESCRIPTION);
		createEReference(topologyEClass, TOPOLOGY__MACHINE);
		createEReference(topologyEClass, TOPOLOGY__HYPERVISOR);
		createEReference(topologyEClass, TOPOLOGY__DOMAINS);
		createEReference(topologyEClass, TOPOLOGY__EXTERNAL_HOSTS);
		createEReference(topologyEClass, TOPOLOGY__LINKS);
		createEReference(topologyEClass, TOPOLOGY__WORKLOADS);
		createEReference(topologyEClass, TOPOLOGY__SETTINGS);

		machineEClass = createEClass(MACHINE);
		createEAttribute(machineEClass, MACHINE__BOARD);
		createEAttribute(machineEClass, MACHINE__CPU_MODEL);
		createEAttribute(machineEClass, MACHINE__CLOCK_HZ);
		createEReference(machineEClass, MACHINE__CPUS);
		createEReference(machineEClass, MACHINE__IO_APICS);
		createEReference(machineEClass, MACHINE__PCI_ROOTS);
		createEReference(machineEClass, MACHINE__INTERRUPT_LINES);

		logicalCpuEClass = createEClass(LOGICAL_CPU);
		createEAttribute(logicalCpuEClass, LOGICAL_CPU__CPU_ID);
		createEAttribute(logicalCpuEClass, LOGICAL_CPU__APIC_ID);
		createEAttribute(logicalCpuEClass, LOGICAL_CPU__ENABLED);
		createEAttribute(logicalCpuEClass, LOGICAL_CPU__SOCKET);
		createEAttribute(logicalCpuEClass, LOGICAL_CPU__CORE);
		createEAttribute(logicalCpuEClass, LOGICAL_CPU__THREAD);

		ioApicEClass = createEClass(IO_APIC);
		createEAttribute(ioApicEClass, IO_APIC__IO_APIC_ID);
		createEAttribute(ioApicEClass, IO_APIC__MMIO_BASE);
		createEAttribute(ioApicEClass, IO_APIC__PIN_COUNT);
		createEAttribute(ioApicEClass, IO_APIC__GSI_BASE);
		createEReference(ioApicEClass, IO_APIC__ENTRIES);

		redirectionEntryEClass = createEClass(REDIRECTION_ENTRY);
		createEAttribute(redirectionEntryEClass, REDIRECTION_ENTRY__PIN);
		createEAttribute(redirectionEntryEClass, REDIRECTION_ENTRY__VECTOR);
		createEAttribute(redirectionEntryEClass, REDIRECTION_ENTRY__DELIVERY_MODE);
		createEAttribute(redirectionEntryEClass, REDIRECTION_ENTRY__DESTINATION_MODE);
		createEAttribute(redirectionEntryEClass, REDIRECTION_ENTRY__DESTINATION);
		createEAttribute(redirectionEntryEClass, REDIRECTION_ENTRY__TRIGGER);
		createEAttribute(redirectionEntryEClass, REDIRECTION_ENTRY__POLARITY);
		createEAttribute(redirectionEntryEClass, REDIRECTION_ENTRY__MASKED);

		pciBusEClass = createEClass(PCI_BUS);
		createEAttribute(pciBusEClass, PCI_BUS__SEGMENT);
		createEAttribute(pciBusEClass, PCI_BUS__BUS_NUMBER);
		createEReference(pciBusEClass, PCI_BUS__FUNCTIONS);

		pciFunctionEClass = createEClass(PCI_FUNCTION);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__BDF);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__VENDOR_ID);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__DEVICE_ID);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__CLASS_CODE);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__DRIVER);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__INTX_PIN);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__MSI_CAPABLE);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__MSIX_CAPABLE);
		createEAttribute(pciFunctionEClass, PCI_FUNCTION__INTERRUPT_MODE);
		createEReference(pciFunctionEClass, PCI_FUNCTION__LINE);

		pciBridgeEClass = createEClass(PCI_BRIDGE);
		createEReference(pciBridgeEClass, PCI_BRIDGE__SECONDARY_BUS);

		nicEClass = createEClass(NIC);
		createEAttribute(nicEClass, NIC__LINK_SPEED_BPS);
		createEAttribute(nicEClass, NIC__ITR_MODE);
		createEAttribute(nicEClass, NIC__RX_RING_SIZE);
		createEAttribute(nicEClass, NIC__TX_RING_SIZE);
		createEAttribute(nicEClass, NIC__NAPI_WEIGHT);
		createEAttribute(nicEClass, NIC__MAC_ADDRESS);

		interruptLineEClass = createEClass(INTERRUPT_LINE);
		createEAttribute(interruptLineEClass, INTERRUPT_LINE__GSI);
		createEAttribute(interruptLineEClass, INTERRUPT_LINE__TRIGGER);
		createEAttribute(interruptLineEClass, INTERRUPT_LINE__POLARITY);
		createEReference(interruptLineEClass, INTERRUPT_LINE__SHARERS);

		hypervisorEClass = createEClass(HYPERVISOR);
		createEAttribute(hypervisorEClass, HYPERVISOR__VERSION);
		createEAttribute(hypervisorEClass, HYPERVISOR__SCHEDULER);
		createEAttribute(hypervisorEClass, HYPERVISOR__CREDIT_TICK_MS);
		createEAttribute(hypervisorEClass, HYPERVISOR__CREDIT_TIMESLICE_MS);
		createEAttribute(hypervisorEClass, HYPERVISOR__CREDIT_RATELIMIT_US);
		createEAttribute(hypervisorEClass, HYPERVISOR__ROUTING_POLICY);
		createEAttribute(hypervisorEClass, HYPERVISOR__IOAPIC_TARGET_POLICY);
		createEAttribute(hypervisorEClass, HYPERVISOR__ACK_METHOD);
		createEAttribute(hypervisorEClass, HYPERVISOR__EOI_TIMEOUT_US);
		createEAttribute(hypervisorEClass, HYPERVISOR__FORCED_EOI);
		createEAttribute(hypervisorEClass, HYPERVISOR__IRQ_RATELIMIT);
		createEAttribute(hypervisorEClass, HYPERVISOR__LOWEST_PRIORITY_ARBITRATION);
		createEAttribute(hypervisorEClass, HYPERVISOR__IRQ_AFFINITY_FOLLOWS_VCPU);

		domainEClass = createEClass(DOMAIN);
		createEAttribute(domainEClass, DOMAIN__DOMID);
		createEAttribute(domainEClass, DOMAIN__KIND);
		createEAttribute(domainEClass, DOMAIN__GUEST_TYPE);
		createEAttribute(domainEClass, DOMAIN__MEMORY_MI_B);
		createEAttribute(domainEClass, DOMAIN__WEIGHT);
		createEAttribute(domainEClass, DOMAIN__CAP);
		createEAttribute(domainEClass, DOMAIN__KERNEL_PROFILE);
		createEReference(domainEClass, DOMAIN__VCPUS);
		createEReference(domainEClass, DOMAIN__ATTACHMENTS);

		vcpuEClass = createEClass(VCPU);
		createEAttribute(vcpuEClass, VCPU__VCPU_ID);
		createEReference(vcpuEClass, VCPU__HARD_AFFINITY);

		deviceAttachmentEClass = createEClass(DEVICE_ATTACHMENT);
		createEReference(deviceAttachmentEClass, DEVICE_ATTACHMENT__FUNCTION);
		createEAttribute(deviceAttachmentEClass, DEVICE_ATTACHMENT__MODE);
		createEReference(deviceAttachmentEClass, DEVICE_ATTACHMENT__BACKEND_DOMAIN);
		createEAttribute(deviceAttachmentEClass, DEVICE_ATTACHMENT__BRIDGE);
		createEAttribute(deviceAttachmentEClass, DEVICE_ATTACHMENT__MAC);

		externalHostEClass = createEClass(EXTERNAL_HOST);
		createEAttribute(externalHostEClass, EXTERNAL_HOST__ROLE);

		networkLinkEClass = createEClass(NETWORK_LINK);
		createEReference(networkLinkEClass, NETWORK_LINK__NIC);
		createEReference(networkLinkEClass, NETWORK_LINK__HOST);
		createEAttribute(networkLinkEClass, NETWORK_LINK__RATE_BPS);
		createEAttribute(networkLinkEClass, NETWORK_LINK__PROPAGATION_DELAY_NS);

		workloadEClass = createEClass(WORKLOAD);
		createEReference(workloadEClass, WORKLOAD__DOMAIN);
		createEAttribute(workloadEClass, WORKLOAD__ENABLED);

		netperfTcpStreamEClass = createEClass(NETPERF_TCP_STREAM);
		createEReference(netperfTcpStreamEClass, NETPERF_TCP_STREAM__PEER);
		createEAttribute(netperfTcpStreamEClass, NETPERF_TCP_STREAM__DIRECTION);
		createEAttribute(netperfTcpStreamEClass, NETPERF_TCP_STREAM__MESSAGE_SIZE);
		createEAttribute(netperfTcpStreamEClass, NETPERF_TCP_STREAM__SOCKET_BUFFER_BYTES);

		udpFloodEClass = createEClass(UDP_FLOOD);
		createEReference(udpFloodEClass, UDP_FLOOD__SOURCE);
		createEAttribute(udpFloodEClass, UDP_FLOOD__PACKET_SIZE_BYTES);
		createEAttribute(udpFloodEClass, UDP_FLOOD__RATE_MODE);
		createEAttribute(udpFloodEClass, UDP_FLOOD__PPS);

		cpuHogEClass = createEClass(CPU_HOG);
		createEAttribute(cpuHogEClass, CPU_HOG__DUTY_CYCLE);

		periodicRtTaskEClass = createEClass(PERIODIC_RT_TASK);
		createEAttribute(periodicRtTaskEClass, PERIODIC_RT_TASK__PERIOD_US);
		createEAttribute(periodicRtTaskEClass, PERIODIC_RT_TASK__WCET_US);

		simulationSettingsEClass = createEClass(SIMULATION_SETTINGS);
		createEAttribute(simulationSettingsEClass, SIMULATION_SETTINGS__DURATION_S);
		createEAttribute(simulationSettingsEClass, SIMULATION_SETTINGS__RUNS);
		createEAttribute(simulationSettingsEClass, SIMULATION_SETTINGS__SEED);
		createEReference(simulationSettingsEClass, SIMULATION_SETTINGS__TIMINGS);

		timingValueEClass = createEClass(TIMING_VALUE);
		createEAttribute(timingValueEClass, TIMING_VALUE__SYMBOL);
		createEAttribute(timingValueEClass, TIMING_VALUE__VALUE);

		// Create enums
		deliveryModeEEnum = createEEnum(DELIVERY_MODE);
		destinationModeEEnum = createEEnum(DESTINATION_MODE);
		triggerModeEEnum = createEEnum(TRIGGER_MODE);
		polarityEEnum = createEEnum(POLARITY);
		intxPinEEnum = createEEnum(INTX_PIN);
		interruptModeEEnum = createEEnum(INTERRUPT_MODE);
		schedulerKindEEnum = createEEnum(SCHEDULER_KIND);
		ioApicTargetPolicyEEnum = createEEnum(IO_APIC_TARGET_POLICY);
		ackMethodEEnum = createEEnum(ACK_METHOD);
		lowestPriorityArbitrationEEnum = createEEnum(LOWEST_PRIORITY_ARBITRATION);
		domainKindEEnum = createEEnum(DOMAIN_KIND);
		guestTypeEEnum = createEEnum(GUEST_TYPE);
		attachmentModeEEnum = createEEnum(ATTACHMENT_MODE);
		hostRoleEEnum = createEEnum(HOST_ROLE);
		directionEEnum = createEEnum(DIRECTION);
		kernelProfileEEnum = createEEnum(KERNEL_PROFILE);
		rateModeEEnum = createEEnum(RATE_MODE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedElementEClass.getESuperTypes().add(this.getIdentified());
		topologyEClass.getESuperTypes().add(this.getNamedElement());
		machineEClass.getESuperTypes().add(this.getNamedElement());
		logicalCpuEClass.getESuperTypes().add(this.getIdentified());
		ioApicEClass.getESuperTypes().add(this.getIdentified());
		redirectionEntryEClass.getESuperTypes().add(this.getIdentified());
		pciBusEClass.getESuperTypes().add(this.getIdentified());
		pciFunctionEClass.getESuperTypes().add(this.getNamedElement());
		pciBridgeEClass.getESuperTypes().add(this.getPciFunction());
		nicEClass.getESuperTypes().add(this.getPciFunction());
		interruptLineEClass.getESuperTypes().add(this.getIdentified());
		hypervisorEClass.getESuperTypes().add(this.getNamedElement());
		domainEClass.getESuperTypes().add(this.getNamedElement());
		vcpuEClass.getESuperTypes().add(this.getIdentified());
		deviceAttachmentEClass.getESuperTypes().add(this.getIdentified());
		externalHostEClass.getESuperTypes().add(this.getNamedElement());
		networkLinkEClass.getESuperTypes().add(this.getIdentified());
		workloadEClass.getESuperTypes().add(this.getNamedElement());
		netperfTcpStreamEClass.getESuperTypes().add(this.getWorkload());
		udpFloodEClass.getESuperTypes().add(this.getWorkload());
		cpuHogEClass.getESuperTypes().add(this.getWorkload());
		periodicRtTaskEClass.getESuperTypes().add(this.getWorkload());
		simulationSettingsEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(topologyEClass, Topology.class, "Topology", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTopology_Description(), ecorePackage.getEString(), "description", null, 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTopology_Machine(), this.getMachine(), null, "machine", null, 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTopology_Hypervisor(), this.getHypervisor(), null, "hypervisor", null, 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTopology_Domains(), this.getDomain(), null, "domains", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTopology_ExternalHosts(), this.getExternalHost(), null, "externalHosts", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTopology_Links(), this.getNetworkLink(), null, "links", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTopology_Workloads(), this.getWorkload(), null, "workloads", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTopology_Settings(), this.getSimulationSettings(), null, "settings", null, 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(machineEClass, Machine.class, "Machine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMachine_Board(), ecorePackage.getEString(), "board", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMachine_CpuModel(), ecorePackage.getEString(), "cpuModel", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMachine_ClockHz(), ecorePackage.getELong(), "clockHz", "2670000000", 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getMachine_Cpus(), this.getLogicalCpu(), null, "cpus", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMachine_IoApics(), this.getIoApic(), null, "ioApics", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMachine_PciRoots(), this.getPciBus(), null, "pciRoots", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMachine_InterruptLines(), this.getInterruptLine(), null, "interruptLines", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(logicalCpuEClass, LogicalCpu.class, "LogicalCpu", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLogicalCpu_CpuId(), ecorePackage.getEInt(), "cpuId", "0", 0, 1, LogicalCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getLogicalCpu_ApicId(), ecorePackage.getEInt(), "apicId", "0", 0, 1, LogicalCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getLogicalCpu_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, LogicalCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getLogicalCpu_Socket(), ecorePackage.getEInt(), "socket", "0", 0, 1, LogicalCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getLogicalCpu_Core(), ecorePackage.getEInt(), "core", "0", 0, 1, LogicalCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getLogicalCpu_Thread(), ecorePackage.getEInt(), "thread", "0", 0, 1, LogicalCpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(ioApicEClass, IoApic.class, "IoApic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIoApic_IoApicId(), ecorePackage.getEInt(), "ioApicId", "0", 0, 1, IoApic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getIoApic_MmioBase(), ecorePackage.getELong(), "mmioBase", "4273995776", 0, 1, IoApic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getIoApic_PinCount(), ecorePackage.getEInt(), "pinCount", "24", 0, 1, IoApic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getIoApic_GsiBase(), ecorePackage.getEInt(), "gsiBase", "0", 0, 1, IoApic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getIoApic_Entries(), this.getRedirectionEntry(), null, "entries", null, 0, -1, IoApic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(redirectionEntryEClass, RedirectionEntry.class, "RedirectionEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRedirectionEntry_Pin(), ecorePackage.getEInt(), "pin", "0", 0, 1, RedirectionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRedirectionEntry_Vector(), ecorePackage.getEInt(), "vector", "0", 0, 1, RedirectionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRedirectionEntry_DeliveryMode(), this.getDeliveryMode(), "deliveryMode", "LOWEST_PRIORITY", 0, 1, RedirectionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRedirectionEntry_DestinationMode(), this.getDestinationMode(), "destinationMode", "LOGICAL", 0, 1, RedirectionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRedirectionEntry_Destination(), ecorePackage.getEInt(), "destination", "0", 0, 1, RedirectionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRedirectionEntry_Trigger(), this.getTriggerMode(), "trigger", "EDGE", 0, 1, RedirectionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRedirectionEntry_Polarity(), this.getPolarity(), "polarity", "HIGH", 0, 1, RedirectionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRedirectionEntry_Masked(), ecorePackage.getEBoolean(), "masked", "true", 0, 1, RedirectionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(pciBusEClass, PciBus.class, "PciBus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPciBus_Segment(), ecorePackage.getEInt(), "segment", "0", 0, 1, PciBus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getPciBus_BusNumber(), ecorePackage.getEInt(), "busNumber", "0", 0, 1, PciBus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getPciBus_Functions(), this.getPciFunction(), null, "functions", null, 0, -1, PciBus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(pciFunctionEClass, PciFunction.class, "PciFunction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPciFunction_Bdf(), ecorePackage.getEString(), "bdf", null, 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPciFunction_VendorId(), ecorePackage.getEInt(), "vendorId", "0", 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getPciFunction_DeviceId(), ecorePackage.getEInt(), "deviceId", "0", 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getPciFunction_ClassCode(), ecorePackage.getEInt(), "classCode", "0", 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getPciFunction_Driver(), ecorePackage.getEString(), "driver", null, 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPciFunction_IntxPin(), this.getIntxPin(), "intxPin", "NONE", 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getPciFunction_MsiCapable(), ecorePackage.getEBoolean(), "msiCapable", "false", 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getPciFunction_MsixCapable(), ecorePackage.getEBoolean(), "msixCapable", "false", 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getPciFunction_InterruptMode(), this.getInterruptMode(), "interruptMode", "INTX", 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getPciFunction_Line(), this.getInterruptLine(), this.getInterruptLine_Sharers(), "line", null, 0, 1, PciFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(pciBridgeEClass, PciBridge.class, "PciBridge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getPciBridge_SecondaryBus(), this.getPciBus(), null, "secondaryBus", null, 0, 1, PciBridge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(nicEClass, Nic.class, "Nic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNic_LinkSpeedBps(), ecorePackage.getELong(), "linkSpeedBps", "1000000000", 0, 1, Nic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getNic_ItrMode(), ecorePackage.getEInt(), "itrMode", "3", 0, 1, Nic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getNic_RxRingSize(), ecorePackage.getEInt(), "rxRingSize", "256", 0, 1, Nic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getNic_TxRingSize(), ecorePackage.getEInt(), "txRingSize", "256", 0, 1, Nic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getNic_NapiWeight(), ecorePackage.getEInt(), "napiWeight", "64", 0, 1, Nic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getNic_MacAddress(), ecorePackage.getEString(), "macAddress", null, 0, 1, Nic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(interruptLineEClass, InterruptLine.class, "InterruptLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getInterruptLine_Gsi(), ecorePackage.getEInt(), "gsi", "0", 0, 1, InterruptLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getInterruptLine_Trigger(), this.getTriggerMode(), "trigger", "LEVEL", 0, 1, InterruptLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getInterruptLine_Polarity(), this.getPolarity(), "polarity", "LOW", 0, 1, InterruptLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getInterruptLine_Sharers(), this.getPciFunction(), this.getPciFunction_Line(), "sharers", null, 0, -1, InterruptLine.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(hypervisorEClass, Hypervisor.class, "Hypervisor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getHypervisor_Version(), ecorePackage.getEString(), "version", "3.4.1", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_Scheduler(), this.getSchedulerKind(), "scheduler", "CREDIT", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_CreditTickMs(), ecorePackage.getEInt(), "creditTickMs", "10", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_CreditTimesliceMs(), ecorePackage.getEInt(), "creditTimesliceMs", "30", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_CreditRatelimitUs(), ecorePackage.getEInt(), "creditRatelimitUs", "0", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_RoutingPolicy(), ecorePackage.getEString(), "routingPolicy", "BY_IRQ", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_IoapicTargetPolicy(), this.getIoApicTargetPolicy(), "ioapicTargetPolicy", "XEN_DEFAULT", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_AckMethod(), this.getAckMethod(), "ackMethod", "NEW", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_EoiTimeoutUs(), ecorePackage.getEInt(), "eoiTimeoutUs", "1000", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_ForcedEoi(), ecorePackage.getEBoolean(), "forcedEoi", "false", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_IrqRatelimit(), ecorePackage.getEInt(), "irqRatelimit", "0", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_LowestPriorityArbitration(), this.getLowestPriorityArbitration(), "lowestPriorityArbitration", "FIRST_IN_MASK", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getHypervisor_IrqAffinityFollowsVcpu(), ecorePackage.getEBoolean(), "irqAffinityFollowsVcpu", "false", 0, 1, Hypervisor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(domainEClass, Domain.class, "Domain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDomain_Domid(), ecorePackage.getEInt(), "domid", "0", 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDomain_Kind(), this.getDomainKind(), "kind", "DOMU", 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDomain_GuestType(), this.getGuestType(), "guestType", "PV", 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDomain_MemoryMiB(), ecorePackage.getEInt(), "memoryMiB", "512", 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDomain_Weight(), ecorePackage.getEInt(), "weight", "256", 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDomain_Cap(), ecorePackage.getEInt(), "cap", "0", 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDomain_KernelProfile(), this.getKernelProfile(), "kernelProfile", "BY_ROLE", 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getDomain_Vcpus(), this.getVcpu(), null, "vcpus", null, 0, -1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDomain_Attachments(), this.getDeviceAttachment(), null, "attachments", null, 0, -1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(vcpuEClass, Vcpu.class, "Vcpu", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getVcpu_VcpuId(), ecorePackage.getEInt(), "vcpuId", "0", 0, 1, Vcpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getVcpu_HardAffinity(), this.getLogicalCpu(), null, "hardAffinity", null, 0, -1, Vcpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(deviceAttachmentEClass, DeviceAttachment.class, "DeviceAttachment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getDeviceAttachment_Function(), this.getPciFunction(), null, "function", null, 0, 1, DeviceAttachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeviceAttachment_Mode(), this.getAttachmentMode(), "mode", "PASSTHROUGH", 0, 1, DeviceAttachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getDeviceAttachment_BackendDomain(), this.getDomain(), null, "backendDomain", null, 0, 1, DeviceAttachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeviceAttachment_Bridge(), ecorePackage.getEString(), "bridge", null, 0, 1, DeviceAttachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDeviceAttachment_Mac(), ecorePackage.getEString(), "mac", null, 0, 1, DeviceAttachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(externalHostEClass, ExternalHost.class, "ExternalHost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getExternalHost_Role(), this.getHostRole(), "role", "NETPERF_PEER", 0, 1, ExternalHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(networkLinkEClass, NetworkLink.class, "NetworkLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getNetworkLink_Nic(), this.getNic(), null, "nic", null, 0, 1, NetworkLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getNetworkLink_Host(), this.getExternalHost(), null, "host", null, 0, 1, NetworkLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNetworkLink_RateBps(), ecorePackage.getELong(), "rateBps", "1000000000", 0, 1, NetworkLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getNetworkLink_PropagationDelayNs(), ecorePackage.getELong(), "propagationDelayNs", "500", 0, 1, NetworkLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(workloadEClass, Workload.class, "Workload", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getWorkload_Domain(), this.getDomain(), null, "domain", null, 0, 1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWorkload_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Workload.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(netperfTcpStreamEClass, NetperfTcpStream.class, "NetperfTcpStream", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getNetperfTcpStream_Peer(), this.getExternalHost(), null, "peer", null, 0, 1, NetperfTcpStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNetperfTcpStream_Direction(), this.getDirection(), "direction", "SEND", 0, 1, NetperfTcpStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getNetperfTcpStream_MessageSize(), ecorePackage.getEInt(), "messageSize", "16384", 0, 1, NetperfTcpStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getNetperfTcpStream_SocketBufferBytes(), ecorePackage.getEInt(), "socketBufferBytes", "87380", 0, 1, NetperfTcpStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(udpFloodEClass, UdpFlood.class, "UdpFlood", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getUdpFlood_Source(), this.getExternalHost(), null, "source", null, 0, 1, UdpFlood.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUdpFlood_PacketSizeBytes(), ecorePackage.getEInt(), "packetSizeBytes", "64", 0, 1, UdpFlood.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getUdpFlood_RateMode(), this.getRateMode(), "rateMode", "LINE_RATE", 0, 1, UdpFlood.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getUdpFlood_Pps(), ecorePackage.getELong(), "pps", "0", 0, 1, UdpFlood.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(cpuHogEClass, CpuHog.class, "CpuHog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCpuHog_DutyCycle(), ecorePackage.getEDouble(), "dutyCycle", "1.0", 0, 1, CpuHog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(periodicRtTaskEClass, PeriodicRtTask.class, "PeriodicRtTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPeriodicRtTask_PeriodUs(), ecorePackage.getEInt(), "periodUs", "1000", 0, 1, PeriodicRtTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getPeriodicRtTask_WcetUs(), ecorePackage.getEInt(), "wcetUs", "100", 0, 1, PeriodicRtTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(simulationSettingsEClass, SimulationSettings.class, "SimulationSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSimulationSettings_DurationS(), ecorePackage.getEDouble(), "durationS", "10.0", 0, 1, SimulationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getSimulationSettings_Runs(), ecorePackage.getEInt(), "runs", "50", 0, 1, SimulationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getSimulationSettings_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, SimulationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getSimulationSettings_Timings(), this.getTimingValue(), null, "timings", null, 0, -1, SimulationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(timingValueEClass, TimingValue.class, "TimingValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTimingValue_Symbol(), ecorePackage.getEString(), "symbol", null, 0, 1, TimingValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTimingValue_Value(), ecorePackage.getEDouble(), "value", "0.0", 0, 1, TimingValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		// Initialize enums and add enum literals
		initEEnum(deliveryModeEEnum, DeliveryMode.class, "DeliveryMode"); //$NON-NLS-1$
		addEEnumLiteral(deliveryModeEEnum, DeliveryMode.FIXED);
		addEEnumLiteral(deliveryModeEEnum, DeliveryMode.LOWEST_PRIORITY);
		addEEnumLiteral(deliveryModeEEnum, DeliveryMode.SMI);
		addEEnumLiteral(deliveryModeEEnum, DeliveryMode.NMI);
		addEEnumLiteral(deliveryModeEEnum, DeliveryMode.INIT);
		addEEnumLiteral(deliveryModeEEnum, DeliveryMode.EXT_INT);

		initEEnum(destinationModeEEnum, DestinationMode.class, "DestinationMode"); //$NON-NLS-1$
		addEEnumLiteral(destinationModeEEnum, DestinationMode.PHYSICAL);
		addEEnumLiteral(destinationModeEEnum, DestinationMode.LOGICAL);

		initEEnum(triggerModeEEnum, TriggerMode.class, "TriggerMode"); //$NON-NLS-1$
		addEEnumLiteral(triggerModeEEnum, TriggerMode.EDGE);
		addEEnumLiteral(triggerModeEEnum, TriggerMode.LEVEL);

		initEEnum(polarityEEnum, Polarity.class, "Polarity"); //$NON-NLS-1$
		addEEnumLiteral(polarityEEnum, Polarity.HIGH);
		addEEnumLiteral(polarityEEnum, Polarity.LOW);

		initEEnum(intxPinEEnum, IntxPin.class, "IntxPin"); //$NON-NLS-1$
		addEEnumLiteral(intxPinEEnum, IntxPin.NONE);
		addEEnumLiteral(intxPinEEnum, IntxPin.A);
		addEEnumLiteral(intxPinEEnum, IntxPin.B);
		addEEnumLiteral(intxPinEEnum, IntxPin.C);
		addEEnumLiteral(intxPinEEnum, IntxPin.D);

		initEEnum(interruptModeEEnum, InterruptMode.class, "InterruptMode"); //$NON-NLS-1$
		addEEnumLiteral(interruptModeEEnum, InterruptMode.INTX);
		addEEnumLiteral(interruptModeEEnum, InterruptMode.MSI);
		addEEnumLiteral(interruptModeEEnum, InterruptMode.MSIX);

		initEEnum(schedulerKindEEnum, SchedulerKind.class, "SchedulerKind"); //$NON-NLS-1$
		addEEnumLiteral(schedulerKindEEnum, SchedulerKind.CREDIT);
		addEEnumLiteral(schedulerKindEEnum, SchedulerKind.SEDF);
		addEEnumLiteral(schedulerKindEEnum, SchedulerKind.RTDS);
		addEEnumLiteral(schedulerKindEEnum, SchedulerKind.NULL);

		initEEnum(ioApicTargetPolicyEEnum, IoApicTargetPolicy.class, "IoApicTargetPolicy"); //$NON-NLS-1$
		addEEnumLiteral(ioApicTargetPolicyEEnum, IoApicTargetPolicy.XEN_DEFAULT);
		addEEnumLiteral(ioApicTargetPolicyEEnum, IoApicTargetPolicy.PIN_TO_RTVM_CPU);

		initEEnum(ackMethodEEnum, AckMethod.class, "AckMethod"); //$NON-NLS-1$
		addEEnumLiteral(ackMethodEEnum, AckMethod.NEW);
		addEEnumLiteral(ackMethodEEnum, AckMethod.OLD);

		initEEnum(lowestPriorityArbitrationEEnum, LowestPriorityArbitration.class, "LowestPriorityArbitration"); //$NON-NLS-1$
		addEEnumLiteral(lowestPriorityArbitrationEEnum, LowestPriorityArbitration.FIRST_IN_MASK);
		addEEnumLiteral(lowestPriorityArbitrationEEnum, LowestPriorityArbitration.ROUND_ROBIN);
		addEEnumLiteral(lowestPriorityArbitrationEEnum, LowestPriorityArbitration.LOWEST_TPR);

		initEEnum(domainKindEEnum, DomainKind.class, "DomainKind"); //$NON-NLS-1$
		addEEnumLiteral(domainKindEEnum, DomainKind.DOM0);
		addEEnumLiteral(domainKindEEnum, DomainKind.DOMU);
		addEEnumLiteral(domainKindEEnum, DomainKind.RT_VM);
		addEEnumLiteral(domainKindEEnum, DomainKind.NATIVE);

		initEEnum(guestTypeEEnum, GuestType.class, "GuestType"); //$NON-NLS-1$
		addEEnumLiteral(guestTypeEEnum, GuestType.PV);
		addEEnumLiteral(guestTypeEEnum, GuestType.HVM);

		initEEnum(attachmentModeEEnum, AttachmentMode.class, "AttachmentMode"); //$NON-NLS-1$
		addEEnumLiteral(attachmentModeEEnum, AttachmentMode.NATIVE);
		addEEnumLiteral(attachmentModeEEnum, AttachmentMode.PARAVIRTUAL_VIF);
		addEEnumLiteral(attachmentModeEEnum, AttachmentMode.PASSTHROUGH);
		addEEnumLiteral(attachmentModeEEnum, AttachmentMode.EMULATED);

		initEEnum(hostRoleEEnum, HostRole.class, "HostRole"); //$NON-NLS-1$
		addEEnumLiteral(hostRoleEEnum, HostRole.NETPERF_PEER);
		addEEnumLiteral(hostRoleEEnum, HostRole.UDP_FLOODER);

		initEEnum(directionEEnum, Direction.class, "Direction"); //$NON-NLS-1$
		addEEnumLiteral(directionEEnum, Direction.SEND);
		addEEnumLiteral(directionEEnum, Direction.RECEIVE);

		initEEnum(kernelProfileEEnum, KernelProfile.class, "KernelProfile"); //$NON-NLS-1$
		addEEnumLiteral(kernelProfileEEnum, KernelProfile.BY_ROLE);
		addEEnumLiteral(kernelProfileEEnum, KernelProfile.LINUX_2618_XEN);
		addEEnumLiteral(kernelProfileEEnum, KernelProfile.LINUX_2618_XEN0);
		addEEnumLiteral(kernelProfileEEnum, KernelProfile.LINUX_2626);
		addEEnumLiteral(kernelProfileEEnum, KernelProfile.LINUX_2626_XEN);
		addEEnumLiteral(kernelProfileEEnum, KernelProfile.LINUX_MODERN);

		initEEnum(rateModeEEnum, RateMode.class, "RateMode"); //$NON-NLS-1$
		addEEnumLiteral(rateModeEEnum, RateMode.LINE_RATE);
		addEEnumLiteral(rateModeEEnum, RateMode.FIXED_PPS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.natsume.org/model/edit
		createEditAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.natsume.org/model/edit</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEditAnnotations() {
		String source = "http://www.natsume.org/model/edit"; //$NON-NLS-1$
		addAnnotation
		  (getIdentified_Id(),
		   source,
		   new String[] {
			   "category", "Identity" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNamedElement_Name(),
		   source,
		   new String[] {
			   "category", "Identity" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTopology_Description(),
		   source,
		   new String[] {
			   "category", "Identity" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMachine_Board(),
		   source,
		   new String[] {
			   "category", "Hardware" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMachine_CpuModel(),
		   source,
		   new String[] {
			   "category", "Hardware" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMachine_ClockHz(),
		   source,
		   new String[] {
			   "category", "Hardware" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLogicalCpu_CpuId(),
		   source,
		   new String[] {
			   "category", "Identity" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLogicalCpu_ApicId(),
		   source,
		   new String[] {
			   "category", "APIC" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLogicalCpu_Enabled(),
		   source,
		   new String[] {
			   "category", "Identity" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLogicalCpu_Socket(),
		   source,
		   new String[] {
			   "category", "Topology" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLogicalCpu_Core(),
		   source,
		   new String[] {
			   "category", "Topology" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getLogicalCpu_Thread(),
		   source,
		   new String[] {
			   "category", "Topology" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getIoApic_IoApicId(),
		   source,
		   new String[] {
			   "category", "Identity" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getIoApic_MmioBase(),
		   source,
		   new String[] {
			   "category", "Hardware" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getIoApic_PinCount(),
		   source,
		   new String[] {
			   "category", "Hardware" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getIoApic_GsiBase(),
		   source,
		   new String[] {
			   "category", "Hardware" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRedirectionEntry_Pin(),
		   source,
		   new String[] {
			   "category", "Entry" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRedirectionEntry_Vector(),
		   source,
		   new String[] {
			   "category", "Entry" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRedirectionEntry_DeliveryMode(),
		   source,
		   new String[] {
			   "category", "Entry" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRedirectionEntry_DestinationMode(),
		   source,
		   new String[] {
			   "category", "Entry" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRedirectionEntry_Destination(),
		   source,
		   new String[] {
			   "category", "Entry" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRedirectionEntry_Trigger(),
		   source,
		   new String[] {
			   "category", "Entry" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRedirectionEntry_Polarity(),
		   source,
		   new String[] {
			   "category", "Entry" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRedirectionEntry_Masked(),
		   source,
		   new String[] {
			   "category", "Entry" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciBus_Segment(),
		   source,
		   new String[] {
			   "category", "Address" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciBus_BusNumber(),
		   source,
		   new String[] {
			   "category", "Address" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciFunction_Bdf(),
		   source,
		   new String[] {
			   "category", "Address" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciFunction_VendorId(),
		   source,
		   new String[] {
			   "category", "Identity", //$NON-NLS-1$ //$NON-NLS-2$
			   "hexDigits", "4" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciFunction_DeviceId(),
		   source,
		   new String[] {
			   "category", "Identity", //$NON-NLS-1$ //$NON-NLS-2$
			   "hexDigits", "4" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciFunction_ClassCode(),
		   source,
		   new String[] {
			   "category", "Identity", //$NON-NLS-1$ //$NON-NLS-2$
			   "hexDigits", "6" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciFunction_Driver(),
		   source,
		   new String[] {
			   "category", "Identity" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciFunction_IntxPin(),
		   source,
		   new String[] {
			   "category", "Interrupts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciFunction_MsiCapable(),
		   source,
		   new String[] {
			   "category", "Interrupts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciFunction_MsixCapable(),
		   source,
		   new String[] {
			   "category", "Interrupts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciFunction_InterruptMode(),
		   source,
		   new String[] {
			   "category", "Interrupts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPciFunction_Line(),
		   source,
		   new String[] {
			   "category", "Interrupts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNic_LinkSpeedBps(),
		   source,
		   new String[] {
			   "category", "Network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNic_ItrMode(),
		   source,
		   new String[] {
			   "category", "Network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNic_RxRingSize(),
		   source,
		   new String[] {
			   "category", "Network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNic_TxRingSize(),
		   source,
		   new String[] {
			   "category", "Network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNic_NapiWeight(),
		   source,
		   new String[] {
			   "category", "Network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNic_MacAddress(),
		   source,
		   new String[] {
			   "category", "Network" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInterruptLine_Gsi(),
		   source,
		   new String[] {
			   "category", "Line" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInterruptLine_Trigger(),
		   source,
		   new String[] {
			   "category", "Line" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInterruptLine_Polarity(),
		   source,
		   new String[] {
			   "category", "Line" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInterruptLine_Sharers(),
		   source,
		   new String[] {
			   "category", "Line" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_Version(),
		   source,
		   new String[] {
			   "category", "Hypervisor" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_Scheduler(),
		   source,
		   new String[] {
			   "category", "Scheduler" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_CreditTickMs(),
		   source,
		   new String[] {
			   "category", "Scheduler" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_CreditTimesliceMs(),
		   source,
		   new String[] {
			   "category", "Scheduler" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_CreditRatelimitUs(),
		   source,
		   new String[] {
			   "category", "Scheduler" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_RoutingPolicy(),
		   source,
		   new String[] {
			   "category", "Natsume" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_IoapicTargetPolicy(),
		   source,
		   new String[] {
			   "category", "Natsume" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_AckMethod(),
		   source,
		   new String[] {
			   "category", "Interrupts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_EoiTimeoutUs(),
		   source,
		   new String[] {
			   "category", "Interrupts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_ForcedEoi(),
		   source,
		   new String[] {
			   "category", "Interrupts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_IrqRatelimit(),
		   source,
		   new String[] {
			   "category", "Interrupts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_LowestPriorityArbitration(),
		   source,
		   new String[] {
			   "category", "Interrupts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHypervisor_IrqAffinityFollowsVcpu(),
		   source,
		   new String[] {
			   "category", "Interrupts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDomain_Domid(),
		   source,
		   new String[] {
			   "category", "Domain" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDomain_Kind(),
		   source,
		   new String[] {
			   "category", "Domain" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDomain_GuestType(),
		   source,
		   new String[] {
			   "category", "Domain" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDomain_MemoryMiB(),
		   source,
		   new String[] {
			   "category", "Domain" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDomain_Weight(),
		   source,
		   new String[] {
			   "category", "Scheduler" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDomain_Cap(),
		   source,
		   new String[] {
			   "category", "Scheduler" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDomain_KernelProfile(),
		   source,
		   new String[] {
			   "category", "Kernel" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVcpu_VcpuId(),
		   source,
		   new String[] {
			   "category", "Vcpu" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getVcpu_HardAffinity(),
		   source,
		   new String[] {
			   "category", "Vcpu" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeviceAttachment_Function(),
		   source,
		   new String[] {
			   "category", "Attachment" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeviceAttachment_Mode(),
		   source,
		   new String[] {
			   "category", "Attachment" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeviceAttachment_BackendDomain(),
		   source,
		   new String[] {
			   "category", "Attachment" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeviceAttachment_Bridge(),
		   source,
		   new String[] {
			   "category", "Attachment" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getDeviceAttachment_Mac(),
		   source,
		   new String[] {
			   "category", "Attachment" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getExternalHost_Role(),
		   source,
		   new String[] {
			   "category", "Host" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNetworkLink_Nic(),
		   source,
		   new String[] {
			   "category", "Link" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNetworkLink_Host(),
		   source,
		   new String[] {
			   "category", "Link" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNetworkLink_RateBps(),
		   source,
		   new String[] {
			   "category", "Link" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNetworkLink_PropagationDelayNs(),
		   source,
		   new String[] {
			   "category", "Link" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getWorkload_Domain(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getWorkload_Enabled(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNetperfTcpStream_Peer(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNetperfTcpStream_Direction(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNetperfTcpStream_MessageSize(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getNetperfTcpStream_SocketBufferBytes(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUdpFlood_Source(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUdpFlood_PacketSizeBytes(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUdpFlood_RateMode(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getUdpFlood_Pps(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getCpuHog_DutyCycle(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPeriodicRtTask_PeriodUs(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPeriodicRtTask_WcetUs(),
		   source,
		   new String[] {
			   "category", "Workload" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getSimulationSettings_DurationS(),
		   source,
		   new String[] {
			   "category", "Run" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getSimulationSettings_Runs(),
		   source,
		   new String[] {
			   "category", "Run" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getSimulationSettings_Seed(),
		   source,
		   new String[] {
			   "category", "Run" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTimingValue_Symbol(),
		   source,
		   new String[] {
			   "category", "Timing" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTimingValue_Value(),
		   source,
		   new String[] {
			   "category", "Timing" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //NatsumePackageImpl
