/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Natsume topology metamodel: machine, hypervisor, domains, links, workloads and simulation settings. See docs/domain.md sections 2-6 and docs/model.md.
 * <!-- end-model-doc -->
 * @see org.natsume.model.NatsumeFactory
 * @model kind="package"
 * @generated
 */
public interface NatsumePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.natsume.org/model/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "natsume"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NatsumePackage eINSTANCE = org.natsume.model.impl.NatsumePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.IdentifiedImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.NamedElementImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.TopologyImpl <em>Topology</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.TopologyImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getTopology()
	 * @generated
	 */
	int TOPOLOGY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Machine</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__MACHINE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hypervisor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__HYPERVISOR = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__DOMAINS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>External Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__EXTERNAL_HOSTS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__LINKS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Workloads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__WORKLOADS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__SETTINGS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.MachineImpl <em>Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.MachineImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getMachine()
	 * @generated
	 */
	int MACHINE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Board</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__BOARD = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__CPU_MODEL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Clock Hz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__CLOCK_HZ = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cpus</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__CPUS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Io Apics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__IO_APICS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Pci Roots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__PCI_ROOTS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Interrupt Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__INTERRUPT_LINES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.LogicalCpuImpl <em>Logical Cpu</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.LogicalCpuImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getLogicalCpu()
	 * @generated
	 */
	int LOGICAL_CPU = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Cpu Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU__CPU_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Apic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU__APIC_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU__ENABLED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Socket</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU__SOCKET = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Core</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU__CORE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Thread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU__THREAD = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Logical Cpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Logical Cpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGICAL_CPU_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.IoApicImpl <em>Io Apic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.IoApicImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getIoApic()
	 * @generated
	 */
	int IO_APIC = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Io Apic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC__IO_APIC_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mmio Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC__MMIO_BASE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pin Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC__PIN_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Gsi Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC__GSI_BASE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC__ENTRIES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Io Apic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Io Apic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IO_APIC_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.RedirectionEntryImpl <em>Redirection Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.RedirectionEntryImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getRedirectionEntry()
	 * @generated
	 */
	int REDIRECTION_ENTRY = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDIRECTION_ENTRY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Pin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDIRECTION_ENTRY__PIN = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDIRECTION_ENTRY__VECTOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Delivery Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDIRECTION_ENTRY__DELIVERY_MODE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Destination Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDIRECTION_ENTRY__DESTINATION_MODE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDIRECTION_ENTRY__DESTINATION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDIRECTION_ENTRY__TRIGGER = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Polarity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDIRECTION_ENTRY__POLARITY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Masked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDIRECTION_ENTRY__MASKED = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Redirection Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDIRECTION_ENTRY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Redirection Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REDIRECTION_ENTRY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.PciBusImpl <em>Pci Bus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.PciBusImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getPciBus()
	 * @generated
	 */
	int PCI_BUS = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BUS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BUS__SEGMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bus Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BUS__BUS_NUMBER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Functions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BUS__FUNCTIONS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Pci Bus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BUS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Pci Bus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BUS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.PciFunctionImpl <em>Pci Function</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.PciFunctionImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getPciFunction()
	 * @generated
	 */
	int PCI_FUNCTION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Bdf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__BDF = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__VENDOR_ID = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__DEVICE_ID = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Class Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__CLASS_CODE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__DRIVER = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Intx Pin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__INTX_PIN = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Msi Capable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__MSI_CAPABLE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Msix Capable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__MSIX_CAPABLE = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Interrupt Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__INTERRUPT_MODE = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION__LINE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Pci Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Pci Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_FUNCTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.PciBridgeImpl <em>Pci Bridge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.PciBridgeImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getPciBridge()
	 * @generated
	 */
	int PCI_BRIDGE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__ID = PCI_FUNCTION__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__NAME = PCI_FUNCTION__NAME;

	/**
	 * The feature id for the '<em><b>Bdf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__BDF = PCI_FUNCTION__BDF;

	/**
	 * The feature id for the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__VENDOR_ID = PCI_FUNCTION__VENDOR_ID;

	/**
	 * The feature id for the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__DEVICE_ID = PCI_FUNCTION__DEVICE_ID;

	/**
	 * The feature id for the '<em><b>Class Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__CLASS_CODE = PCI_FUNCTION__CLASS_CODE;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__DRIVER = PCI_FUNCTION__DRIVER;

	/**
	 * The feature id for the '<em><b>Intx Pin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__INTX_PIN = PCI_FUNCTION__INTX_PIN;

	/**
	 * The feature id for the '<em><b>Msi Capable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__MSI_CAPABLE = PCI_FUNCTION__MSI_CAPABLE;

	/**
	 * The feature id for the '<em><b>Msix Capable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__MSIX_CAPABLE = PCI_FUNCTION__MSIX_CAPABLE;

	/**
	 * The feature id for the '<em><b>Interrupt Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__INTERRUPT_MODE = PCI_FUNCTION__INTERRUPT_MODE;

	/**
	 * The feature id for the '<em><b>Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__LINE = PCI_FUNCTION__LINE;

	/**
	 * The feature id for the '<em><b>Secondary Bus</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE__SECONDARY_BUS = PCI_FUNCTION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Pci Bridge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE_FEATURE_COUNT = PCI_FUNCTION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Pci Bridge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PCI_BRIDGE_OPERATION_COUNT = PCI_FUNCTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.NicImpl <em>Nic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.NicImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getNic()
	 * @generated
	 */
	int NIC = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__ID = PCI_FUNCTION__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__NAME = PCI_FUNCTION__NAME;

	/**
	 * The feature id for the '<em><b>Bdf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__BDF = PCI_FUNCTION__BDF;

	/**
	 * The feature id for the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__VENDOR_ID = PCI_FUNCTION__VENDOR_ID;

	/**
	 * The feature id for the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__DEVICE_ID = PCI_FUNCTION__DEVICE_ID;

	/**
	 * The feature id for the '<em><b>Class Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__CLASS_CODE = PCI_FUNCTION__CLASS_CODE;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__DRIVER = PCI_FUNCTION__DRIVER;

	/**
	 * The feature id for the '<em><b>Intx Pin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__INTX_PIN = PCI_FUNCTION__INTX_PIN;

	/**
	 * The feature id for the '<em><b>Msi Capable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__MSI_CAPABLE = PCI_FUNCTION__MSI_CAPABLE;

	/**
	 * The feature id for the '<em><b>Msix Capable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__MSIX_CAPABLE = PCI_FUNCTION__MSIX_CAPABLE;

	/**
	 * The feature id for the '<em><b>Interrupt Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__INTERRUPT_MODE = PCI_FUNCTION__INTERRUPT_MODE;

	/**
	 * The feature id for the '<em><b>Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__LINE = PCI_FUNCTION__LINE;

	/**
	 * The feature id for the '<em><b>Link Speed Bps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__LINK_SPEED_BPS = PCI_FUNCTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Itr Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__ITR_MODE = PCI_FUNCTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rx Ring Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__RX_RING_SIZE = PCI_FUNCTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tx Ring Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__TX_RING_SIZE = PCI_FUNCTION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Napi Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__NAPI_WEIGHT = PCI_FUNCTION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Mac Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC__MAC_ADDRESS = PCI_FUNCTION_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Nic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC_FEATURE_COUNT = PCI_FUNCTION_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Nic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NIC_OPERATION_COUNT = PCI_FUNCTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.InterruptLineImpl <em>Interrupt Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.InterruptLineImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getInterruptLine()
	 * @generated
	 */
	int INTERRUPT_LINE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_LINE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Gsi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_LINE__GSI = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_LINE__TRIGGER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Polarity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_LINE__POLARITY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sharers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_LINE__SHARERS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Interrupt Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_LINE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Interrupt Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERRUPT_LINE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.HypervisorImpl <em>Hypervisor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.HypervisorImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getHypervisor()
	 * @generated
	 */
	int HYPERVISOR = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__VERSION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__SCHEDULER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Credit Tick Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__CREDIT_TICK_MS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Credit Timeslice Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__CREDIT_TIMESLICE_MS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Credit Ratelimit Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__CREDIT_RATELIMIT_US = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Routing Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__ROUTING_POLICY = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ioapic Target Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__IOAPIC_TARGET_POLICY = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Ack Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__ACK_METHOD = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Eoi Timeout Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__EOI_TIMEOUT_US = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Forced Eoi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__FORCED_EOI = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Irq Ratelimit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__IRQ_RATELIMIT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Lowest Priority Arbitration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__LOWEST_PRIORITY_ARBITRATION = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Irq Affinity Follows Vcpu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR__IRQ_AFFINITY_FOLLOWS_VCPU = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Hypervisor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Hypervisor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HYPERVISOR_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.DomainImpl <em>Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.DomainImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getDomain()
	 * @generated
	 */
	int DOMAIN = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Domid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__DOMID = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__KIND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Guest Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__GUEST_TYPE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Memory Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__MEMORY_MI_B = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__WEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Cap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__CAP = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Kernel Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__KERNEL_PROFILE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__VCPUS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ATTACHMENTS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.VcpuImpl <em>Vcpu</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.VcpuImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getVcpu()
	 * @generated
	 */
	int VCPU = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Vcpu Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU__VCPU_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hard Affinity</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU__HARD_AFFINITY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Vcpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Vcpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.DeviceAttachmentImpl <em>Device Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.DeviceAttachmentImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getDeviceAttachment()
	 * @generated
	 */
	int DEVICE_ATTACHMENT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTACHMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTACHMENT__FUNCTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTACHMENT__MODE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Backend Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTACHMENT__BACKEND_DOMAIN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTACHMENT__BRIDGE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTACHMENT__MAC = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Device Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTACHMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Device Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_ATTACHMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.ExternalHostImpl <em>External Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.ExternalHostImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getExternalHost()
	 * @generated
	 */
	int EXTERNAL_HOST = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_HOST__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_HOST__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_HOST__ROLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>External Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_HOST_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>External Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_HOST_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.NetworkLinkImpl <em>Network Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.NetworkLinkImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getNetworkLink()
	 * @generated
	 */
	int NETWORK_LINK = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Nic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__NIC = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__HOST = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rate Bps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__RATE_BPS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Propagation Delay Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK__PROPAGATION_DELAY_NS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Network Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Network Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_LINK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.WorkloadImpl <em>Workload</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.WorkloadImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getWorkload()
	 * @generated
	 */
	int WORKLOAD = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__DOMAIN = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD__ENABLED = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Workload</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKLOAD_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.NetperfTcpStreamImpl <em>Netperf Tcp Stream</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.NetperfTcpStreamImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getNetperfTcpStream()
	 * @generated
	 */
	int NETPERF_TCP_STREAM = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETPERF_TCP_STREAM__ID = WORKLOAD__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETPERF_TCP_STREAM__NAME = WORKLOAD__NAME;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETPERF_TCP_STREAM__DOMAIN = WORKLOAD__DOMAIN;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETPERF_TCP_STREAM__ENABLED = WORKLOAD__ENABLED;

	/**
	 * The feature id for the '<em><b>Peer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETPERF_TCP_STREAM__PEER = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETPERF_TCP_STREAM__DIRECTION = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Message Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETPERF_TCP_STREAM__MESSAGE_SIZE = WORKLOAD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Socket Buffer Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETPERF_TCP_STREAM__SOCKET_BUFFER_BYTES = WORKLOAD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Netperf Tcp Stream</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETPERF_TCP_STREAM_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Netperf Tcp Stream</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETPERF_TCP_STREAM_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.UdpFloodImpl <em>Udp Flood</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.UdpFloodImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getUdpFlood()
	 * @generated
	 */
	int UDP_FLOOD = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_FLOOD__ID = WORKLOAD__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_FLOOD__NAME = WORKLOAD__NAME;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_FLOOD__DOMAIN = WORKLOAD__DOMAIN;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_FLOOD__ENABLED = WORKLOAD__ENABLED;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_FLOOD__SOURCE = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Packet Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_FLOOD__PACKET_SIZE_BYTES = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rate Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_FLOOD__RATE_MODE = WORKLOAD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_FLOOD__PPS = WORKLOAD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Udp Flood</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_FLOOD_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Udp Flood</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UDP_FLOOD_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.CpuHogImpl <em>Cpu Hog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.CpuHogImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getCpuHog()
	 * @generated
	 */
	int CPU_HOG = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_HOG__ID = WORKLOAD__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_HOG__NAME = WORKLOAD__NAME;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_HOG__DOMAIN = WORKLOAD__DOMAIN;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_HOG__ENABLED = WORKLOAD__ENABLED;

	/**
	 * The feature id for the '<em><b>Duty Cycle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_HOG__DUTY_CYCLE = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Cpu Hog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_HOG_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Cpu Hog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPU_HOG_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.PeriodicRtTaskImpl <em>Periodic Rt Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.PeriodicRtTaskImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getPeriodicRtTask()
	 * @generated
	 */
	int PERIODIC_RT_TASK = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_RT_TASK__ID = WORKLOAD__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_RT_TASK__NAME = WORKLOAD__NAME;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_RT_TASK__DOMAIN = WORKLOAD__DOMAIN;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_RT_TASK__ENABLED = WORKLOAD__ENABLED;

	/**
	 * The feature id for the '<em><b>Period Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_RT_TASK__PERIOD_US = WORKLOAD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Wcet Us</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_RT_TASK__WCET_US = WORKLOAD_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Periodic Rt Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_RT_TASK_FEATURE_COUNT = WORKLOAD_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Periodic Rt Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIODIC_RT_TASK_OPERATION_COUNT = WORKLOAD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.SimulationSettingsImpl <em>Simulation Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.SimulationSettingsImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getSimulationSettings()
	 * @generated
	 */
	int SIMULATION_SETTINGS = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Duration S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS__DURATION_S = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS__RUNS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS__SEED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Timings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS__TIMINGS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Simulation Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Simulation Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIMULATION_SETTINGS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.impl.TimingValueImpl <em>Timing Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.impl.TimingValueImpl
	 * @see org.natsume.model.impl.NatsumePackageImpl#getTimingValue()
	 * @generated
	 */
	int TIMING_VALUE = 24;

	/**
	 * The feature id for the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_VALUE__SYMBOL = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Timing Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Timing Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMING_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.natsume.model.DeliveryMode <em>Delivery Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.DeliveryMode
	 * @see org.natsume.model.impl.NatsumePackageImpl#getDeliveryMode()
	 * @generated
	 */
	int DELIVERY_MODE = 25;

	/**
	 * The meta object id for the '{@link org.natsume.model.DestinationMode <em>Destination Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.DestinationMode
	 * @see org.natsume.model.impl.NatsumePackageImpl#getDestinationMode()
	 * @generated
	 */
	int DESTINATION_MODE = 26;

	/**
	 * The meta object id for the '{@link org.natsume.model.TriggerMode <em>Trigger Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.TriggerMode
	 * @see org.natsume.model.impl.NatsumePackageImpl#getTriggerMode()
	 * @generated
	 */
	int TRIGGER_MODE = 27;

	/**
	 * The meta object id for the '{@link org.natsume.model.Polarity <em>Polarity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.Polarity
	 * @see org.natsume.model.impl.NatsumePackageImpl#getPolarity()
	 * @generated
	 */
	int POLARITY = 28;

	/**
	 * The meta object id for the '{@link org.natsume.model.IntxPin <em>Intx Pin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.IntxPin
	 * @see org.natsume.model.impl.NatsumePackageImpl#getIntxPin()
	 * @generated
	 */
	int INTX_PIN = 29;

	/**
	 * The meta object id for the '{@link org.natsume.model.InterruptMode <em>Interrupt Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.InterruptMode
	 * @see org.natsume.model.impl.NatsumePackageImpl#getInterruptMode()
	 * @generated
	 */
	int INTERRUPT_MODE = 30;

	/**
	 * The meta object id for the '{@link org.natsume.model.SchedulerKind <em>Scheduler Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.SchedulerKind
	 * @see org.natsume.model.impl.NatsumePackageImpl#getSchedulerKind()
	 * @generated
	 */
	int SCHEDULER_KIND = 31;

	/**
	 * The meta object id for the '{@link org.natsume.model.IoApicTargetPolicy <em>Io Apic Target Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.IoApicTargetPolicy
	 * @see org.natsume.model.impl.NatsumePackageImpl#getIoApicTargetPolicy()
	 * @generated
	 */
	int IO_APIC_TARGET_POLICY = 32;

	/**
	 * The meta object id for the '{@link org.natsume.model.AckMethod <em>Ack Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.AckMethod
	 * @see org.natsume.model.impl.NatsumePackageImpl#getAckMethod()
	 * @generated
	 */
	int ACK_METHOD = 33;

	/**
	 * The meta object id for the '{@link org.natsume.model.LowestPriorityArbitration <em>Lowest Priority Arbitration</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.LowestPriorityArbitration
	 * @see org.natsume.model.impl.NatsumePackageImpl#getLowestPriorityArbitration()
	 * @generated
	 */
	int LOWEST_PRIORITY_ARBITRATION = 34;

	/**
	 * The meta object id for the '{@link org.natsume.model.DomainKind <em>Domain Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.DomainKind
	 * @see org.natsume.model.impl.NatsumePackageImpl#getDomainKind()
	 * @generated
	 */
	int DOMAIN_KIND = 35;

	/**
	 * The meta object id for the '{@link org.natsume.model.GuestType <em>Guest Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.GuestType
	 * @see org.natsume.model.impl.NatsumePackageImpl#getGuestType()
	 * @generated
	 */
	int GUEST_TYPE = 36;

	/**
	 * The meta object id for the '{@link org.natsume.model.AttachmentMode <em>Attachment Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.AttachmentMode
	 * @see org.natsume.model.impl.NatsumePackageImpl#getAttachmentMode()
	 * @generated
	 */
	int ATTACHMENT_MODE = 37;

	/**
	 * The meta object id for the '{@link org.natsume.model.HostRole <em>Host Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.HostRole
	 * @see org.natsume.model.impl.NatsumePackageImpl#getHostRole()
	 * @generated
	 */
	int HOST_ROLE = 38;

	/**
	 * The meta object id for the '{@link org.natsume.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.Direction
	 * @see org.natsume.model.impl.NatsumePackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 39;

	/**
	 * The meta object id for the '{@link org.natsume.model.KernelProfile <em>Kernel Profile</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.KernelProfile
	 * @see org.natsume.model.impl.NatsumePackageImpl#getKernelProfile()
	 * @generated
	 */
	int KERNEL_PROFILE = 40;

	/**
	 * The meta object id for the '{@link org.natsume.model.RateMode <em>Rate Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.natsume.model.RateMode
	 * @see org.natsume.model.impl.NatsumePackageImpl#getRateMode()
	 * @generated
	 */
	int RATE_MODE = 41;


	/**
	 * Returns the meta object for class '{@link org.natsume.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.natsume.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.natsume.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.natsume.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.natsume.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.Topology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topology</em>'.
	 * @see org.natsume.model.Topology
	 * @generated
	 */
	EClass getTopology();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Topology#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.natsume.model.Topology#getDescription()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.natsume.model.Topology#getMachine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Machine</em>'.
	 * @see org.natsume.model.Topology#getMachine()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Machine();

	/**
	 * Returns the meta object for the containment reference '{@link org.natsume.model.Topology#getHypervisor <em>Hypervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Hypervisor</em>'.
	 * @see org.natsume.model.Topology#getHypervisor()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Hypervisor();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.Topology#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domains</em>'.
	 * @see org.natsume.model.Topology#getDomains()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Domains();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.Topology#getExternalHosts <em>External Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>External Hosts</em>'.
	 * @see org.natsume.model.Topology#getExternalHosts()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_ExternalHosts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.Topology#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.natsume.model.Topology#getLinks()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.Topology#getWorkloads <em>Workloads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Workloads</em>'.
	 * @see org.natsume.model.Topology#getWorkloads()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Workloads();

	/**
	 * Returns the meta object for the containment reference '{@link org.natsume.model.Topology#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see org.natsume.model.Topology#getSettings()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Settings();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.Machine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Machine</em>'.
	 * @see org.natsume.model.Machine
	 * @generated
	 */
	EClass getMachine();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Machine#getBoard <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Board</em>'.
	 * @see org.natsume.model.Machine#getBoard()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Board();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Machine#getCpuModel <em>Cpu Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Model</em>'.
	 * @see org.natsume.model.Machine#getCpuModel()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_CpuModel();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Machine#getClockHz <em>Clock Hz</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clock Hz</em>'.
	 * @see org.natsume.model.Machine#getClockHz()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_ClockHz();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.Machine#getCpus <em>Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cpus</em>'.
	 * @see org.natsume.model.Machine#getCpus()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Cpus();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.Machine#getIoApics <em>Io Apics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Io Apics</em>'.
	 * @see org.natsume.model.Machine#getIoApics()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_IoApics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.Machine#getPciRoots <em>Pci Roots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pci Roots</em>'.
	 * @see org.natsume.model.Machine#getPciRoots()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_PciRoots();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.Machine#getInterruptLines <em>Interrupt Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interrupt Lines</em>'.
	 * @see org.natsume.model.Machine#getInterruptLines()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_InterruptLines();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.LogicalCpu <em>Logical Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Logical Cpu</em>'.
	 * @see org.natsume.model.LogicalCpu
	 * @generated
	 */
	EClass getLogicalCpu();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.LogicalCpu#getCpuId <em>Cpu Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Id</em>'.
	 * @see org.natsume.model.LogicalCpu#getCpuId()
	 * @see #getLogicalCpu()
	 * @generated
	 */
	EAttribute getLogicalCpu_CpuId();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.LogicalCpu#getApicId <em>Apic Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Apic Id</em>'.
	 * @see org.natsume.model.LogicalCpu#getApicId()
	 * @see #getLogicalCpu()
	 * @generated
	 */
	EAttribute getLogicalCpu_ApicId();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.LogicalCpu#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.natsume.model.LogicalCpu#isEnabled()
	 * @see #getLogicalCpu()
	 * @generated
	 */
	EAttribute getLogicalCpu_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.LogicalCpu#getSocket <em>Socket</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Socket</em>'.
	 * @see org.natsume.model.LogicalCpu#getSocket()
	 * @see #getLogicalCpu()
	 * @generated
	 */
	EAttribute getLogicalCpu_Socket();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.LogicalCpu#getCore <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Core</em>'.
	 * @see org.natsume.model.LogicalCpu#getCore()
	 * @see #getLogicalCpu()
	 * @generated
	 */
	EAttribute getLogicalCpu_Core();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.LogicalCpu#getThread <em>Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thread</em>'.
	 * @see org.natsume.model.LogicalCpu#getThread()
	 * @see #getLogicalCpu()
	 * @generated
	 */
	EAttribute getLogicalCpu_Thread();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.IoApic <em>Io Apic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Io Apic</em>'.
	 * @see org.natsume.model.IoApic
	 * @generated
	 */
	EClass getIoApic();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.IoApic#getIoApicId <em>Io Apic Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Io Apic Id</em>'.
	 * @see org.natsume.model.IoApic#getIoApicId()
	 * @see #getIoApic()
	 * @generated
	 */
	EAttribute getIoApic_IoApicId();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.IoApic#getMmioBase <em>Mmio Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mmio Base</em>'.
	 * @see org.natsume.model.IoApic#getMmioBase()
	 * @see #getIoApic()
	 * @generated
	 */
	EAttribute getIoApic_MmioBase();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.IoApic#getPinCount <em>Pin Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pin Count</em>'.
	 * @see org.natsume.model.IoApic#getPinCount()
	 * @see #getIoApic()
	 * @generated
	 */
	EAttribute getIoApic_PinCount();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.IoApic#getGsiBase <em>Gsi Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gsi Base</em>'.
	 * @see org.natsume.model.IoApic#getGsiBase()
	 * @see #getIoApic()
	 * @generated
	 */
	EAttribute getIoApic_GsiBase();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.IoApic#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.natsume.model.IoApic#getEntries()
	 * @see #getIoApic()
	 * @generated
	 */
	EReference getIoApic_Entries();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.RedirectionEntry <em>Redirection Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Redirection Entry</em>'.
	 * @see org.natsume.model.RedirectionEntry
	 * @generated
	 */
	EClass getRedirectionEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.RedirectionEntry#getPin <em>Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pin</em>'.
	 * @see org.natsume.model.RedirectionEntry#getPin()
	 * @see #getRedirectionEntry()
	 * @generated
	 */
	EAttribute getRedirectionEntry_Pin();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.RedirectionEntry#getVector <em>Vector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vector</em>'.
	 * @see org.natsume.model.RedirectionEntry#getVector()
	 * @see #getRedirectionEntry()
	 * @generated
	 */
	EAttribute getRedirectionEntry_Vector();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.RedirectionEntry#getDeliveryMode <em>Delivery Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delivery Mode</em>'.
	 * @see org.natsume.model.RedirectionEntry#getDeliveryMode()
	 * @see #getRedirectionEntry()
	 * @generated
	 */
	EAttribute getRedirectionEntry_DeliveryMode();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.RedirectionEntry#getDestinationMode <em>Destination Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destination Mode</em>'.
	 * @see org.natsume.model.RedirectionEntry#getDestinationMode()
	 * @see #getRedirectionEntry()
	 * @generated
	 */
	EAttribute getRedirectionEntry_DestinationMode();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.RedirectionEntry#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destination</em>'.
	 * @see org.natsume.model.RedirectionEntry#getDestination()
	 * @see #getRedirectionEntry()
	 * @generated
	 */
	EAttribute getRedirectionEntry_Destination();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.RedirectionEntry#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.natsume.model.RedirectionEntry#getTrigger()
	 * @see #getRedirectionEntry()
	 * @generated
	 */
	EAttribute getRedirectionEntry_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.RedirectionEntry#getPolarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Polarity</em>'.
	 * @see org.natsume.model.RedirectionEntry#getPolarity()
	 * @see #getRedirectionEntry()
	 * @generated
	 */
	EAttribute getRedirectionEntry_Polarity();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.RedirectionEntry#isMasked <em>Masked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masked</em>'.
	 * @see org.natsume.model.RedirectionEntry#isMasked()
	 * @see #getRedirectionEntry()
	 * @generated
	 */
	EAttribute getRedirectionEntry_Masked();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.PciBus <em>Pci Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pci Bus</em>'.
	 * @see org.natsume.model.PciBus
	 * @generated
	 */
	EClass getPciBus();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PciBus#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segment</em>'.
	 * @see org.natsume.model.PciBus#getSegment()
	 * @see #getPciBus()
	 * @generated
	 */
	EAttribute getPciBus_Segment();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PciBus#getBusNumber <em>Bus Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bus Number</em>'.
	 * @see org.natsume.model.PciBus#getBusNumber()
	 * @see #getPciBus()
	 * @generated
	 */
	EAttribute getPciBus_BusNumber();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.PciBus#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Functions</em>'.
	 * @see org.natsume.model.PciBus#getFunctions()
	 * @see #getPciBus()
	 * @generated
	 */
	EReference getPciBus_Functions();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.PciFunction <em>Pci Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pci Function</em>'.
	 * @see org.natsume.model.PciFunction
	 * @generated
	 */
	EClass getPciFunction();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PciFunction#getBdf <em>Bdf</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bdf</em>'.
	 * @see org.natsume.model.PciFunction#getBdf()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_Bdf();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PciFunction#getVendorId <em>Vendor Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor Id</em>'.
	 * @see org.natsume.model.PciFunction#getVendorId()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_VendorId();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PciFunction#getDeviceId <em>Device Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Id</em>'.
	 * @see org.natsume.model.PciFunction#getDeviceId()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_DeviceId();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PciFunction#getClassCode <em>Class Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Code</em>'.
	 * @see org.natsume.model.PciFunction#getClassCode()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_ClassCode();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PciFunction#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see org.natsume.model.PciFunction#getDriver()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_Driver();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PciFunction#getIntxPin <em>Intx Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intx Pin</em>'.
	 * @see org.natsume.model.PciFunction#getIntxPin()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_IntxPin();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PciFunction#isMsiCapable <em>Msi Capable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Msi Capable</em>'.
	 * @see org.natsume.model.PciFunction#isMsiCapable()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_MsiCapable();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PciFunction#isMsixCapable <em>Msix Capable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Msix Capable</em>'.
	 * @see org.natsume.model.PciFunction#isMsixCapable()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_MsixCapable();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PciFunction#getInterruptMode <em>Interrupt Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interrupt Mode</em>'.
	 * @see org.natsume.model.PciFunction#getInterruptMode()
	 * @see #getPciFunction()
	 * @generated
	 */
	EAttribute getPciFunction_InterruptMode();

	/**
	 * Returns the meta object for the reference '{@link org.natsume.model.PciFunction#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Line</em>'.
	 * @see org.natsume.model.PciFunction#getLine()
	 * @see #getPciFunction()
	 * @generated
	 */
	EReference getPciFunction_Line();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.PciBridge <em>Pci Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pci Bridge</em>'.
	 * @see org.natsume.model.PciBridge
	 * @generated
	 */
	EClass getPciBridge();

	/**
	 * Returns the meta object for the containment reference '{@link org.natsume.model.PciBridge#getSecondaryBus <em>Secondary Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Secondary Bus</em>'.
	 * @see org.natsume.model.PciBridge#getSecondaryBus()
	 * @see #getPciBridge()
	 * @generated
	 */
	EReference getPciBridge_SecondaryBus();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.Nic <em>Nic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Nic</em>'.
	 * @see org.natsume.model.Nic
	 * @generated
	 */
	EClass getNic();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Nic#getLinkSpeedBps <em>Link Speed Bps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link Speed Bps</em>'.
	 * @see org.natsume.model.Nic#getLinkSpeedBps()
	 * @see #getNic()
	 * @generated
	 */
	EAttribute getNic_LinkSpeedBps();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Nic#getItrMode <em>Itr Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Itr Mode</em>'.
	 * @see org.natsume.model.Nic#getItrMode()
	 * @see #getNic()
	 * @generated
	 */
	EAttribute getNic_ItrMode();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Nic#getRxRingSize <em>Rx Ring Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rx Ring Size</em>'.
	 * @see org.natsume.model.Nic#getRxRingSize()
	 * @see #getNic()
	 * @generated
	 */
	EAttribute getNic_RxRingSize();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Nic#getTxRingSize <em>Tx Ring Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tx Ring Size</em>'.
	 * @see org.natsume.model.Nic#getTxRingSize()
	 * @see #getNic()
	 * @generated
	 */
	EAttribute getNic_TxRingSize();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Nic#getNapiWeight <em>Napi Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Napi Weight</em>'.
	 * @see org.natsume.model.Nic#getNapiWeight()
	 * @see #getNic()
	 * @generated
	 */
	EAttribute getNic_NapiWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Nic#getMacAddress <em>Mac Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac Address</em>'.
	 * @see org.natsume.model.Nic#getMacAddress()
	 * @see #getNic()
	 * @generated
	 */
	EAttribute getNic_MacAddress();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.InterruptLine <em>Interrupt Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interrupt Line</em>'.
	 * @see org.natsume.model.InterruptLine
	 * @generated
	 */
	EClass getInterruptLine();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.InterruptLine#getGsi <em>Gsi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gsi</em>'.
	 * @see org.natsume.model.InterruptLine#getGsi()
	 * @see #getInterruptLine()
	 * @generated
	 */
	EAttribute getInterruptLine_Gsi();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.InterruptLine#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.natsume.model.InterruptLine#getTrigger()
	 * @see #getInterruptLine()
	 * @generated
	 */
	EAttribute getInterruptLine_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.InterruptLine#getPolarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Polarity</em>'.
	 * @see org.natsume.model.InterruptLine#getPolarity()
	 * @see #getInterruptLine()
	 * @generated
	 */
	EAttribute getInterruptLine_Polarity();

	/**
	 * Returns the meta object for the reference list '{@link org.natsume.model.InterruptLine#getSharers <em>Sharers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sharers</em>'.
	 * @see org.natsume.model.InterruptLine#getSharers()
	 * @see #getInterruptLine()
	 * @generated
	 */
	EReference getInterruptLine_Sharers();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.Hypervisor <em>Hypervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hypervisor</em>'.
	 * @see org.natsume.model.Hypervisor
	 * @generated
	 */
	EClass getHypervisor();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.natsume.model.Hypervisor#getVersion()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#getScheduler <em>Scheduler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduler</em>'.
	 * @see org.natsume.model.Hypervisor#getScheduler()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_Scheduler();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#getCreditTickMs <em>Credit Tick Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credit Tick Ms</em>'.
	 * @see org.natsume.model.Hypervisor#getCreditTickMs()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_CreditTickMs();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#getCreditTimesliceMs <em>Credit Timeslice Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credit Timeslice Ms</em>'.
	 * @see org.natsume.model.Hypervisor#getCreditTimesliceMs()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_CreditTimesliceMs();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#getCreditRatelimitUs <em>Credit Ratelimit Us</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credit Ratelimit Us</em>'.
	 * @see org.natsume.model.Hypervisor#getCreditRatelimitUs()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_CreditRatelimitUs();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#getRoutingPolicy <em>Routing Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing Policy</em>'.
	 * @see org.natsume.model.Hypervisor#getRoutingPolicy()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_RoutingPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#getIoapicTargetPolicy <em>Ioapic Target Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ioapic Target Policy</em>'.
	 * @see org.natsume.model.Hypervisor#getIoapicTargetPolicy()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_IoapicTargetPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#getAckMethod <em>Ack Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ack Method</em>'.
	 * @see org.natsume.model.Hypervisor#getAckMethod()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_AckMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#getEoiTimeoutUs <em>Eoi Timeout Us</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eoi Timeout Us</em>'.
	 * @see org.natsume.model.Hypervisor#getEoiTimeoutUs()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_EoiTimeoutUs();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#isForcedEoi <em>Forced Eoi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Forced Eoi</em>'.
	 * @see org.natsume.model.Hypervisor#isForcedEoi()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_ForcedEoi();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#getIrqRatelimit <em>Irq Ratelimit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq Ratelimit</em>'.
	 * @see org.natsume.model.Hypervisor#getIrqRatelimit()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_IrqRatelimit();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#getLowestPriorityArbitration <em>Lowest Priority Arbitration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lowest Priority Arbitration</em>'.
	 * @see org.natsume.model.Hypervisor#getLowestPriorityArbitration()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_LowestPriorityArbitration();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Hypervisor#isIrqAffinityFollowsVcpu <em>Irq Affinity Follows Vcpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq Affinity Follows Vcpu</em>'.
	 * @see org.natsume.model.Hypervisor#isIrqAffinityFollowsVcpu()
	 * @see #getHypervisor()
	 * @generated
	 */
	EAttribute getHypervisor_IrqAffinityFollowsVcpu();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain</em>'.
	 * @see org.natsume.model.Domain
	 * @generated
	 */
	EClass getDomain();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Domain#getDomid <em>Domid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domid</em>'.
	 * @see org.natsume.model.Domain#getDomid()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Domid();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Domain#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.natsume.model.Domain#getKind()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Domain#getGuestType <em>Guest Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Type</em>'.
	 * @see org.natsume.model.Domain#getGuestType()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_GuestType();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Domain#getMemoryMiB <em>Memory Mi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Mi B</em>'.
	 * @see org.natsume.model.Domain#getMemoryMiB()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_MemoryMiB();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Domain#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.natsume.model.Domain#getWeight()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Domain#getCap <em>Cap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cap</em>'.
	 * @see org.natsume.model.Domain#getCap()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Cap();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Domain#getKernelProfile <em>Kernel Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel Profile</em>'.
	 * @see org.natsume.model.Domain#getKernelProfile()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_KernelProfile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.Domain#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vcpus</em>'.
	 * @see org.natsume.model.Domain#getVcpus()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Vcpus();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.Domain#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.natsume.model.Domain#getAttachments()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Attachments();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.Vcpu <em>Vcpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vcpu</em>'.
	 * @see org.natsume.model.Vcpu
	 * @generated
	 */
	EClass getVcpu();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Vcpu#getVcpuId <em>Vcpu Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpu Id</em>'.
	 * @see org.natsume.model.Vcpu#getVcpuId()
	 * @see #getVcpu()
	 * @generated
	 */
	EAttribute getVcpu_VcpuId();

	/**
	 * Returns the meta object for the reference list '{@link org.natsume.model.Vcpu#getHardAffinity <em>Hard Affinity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hard Affinity</em>'.
	 * @see org.natsume.model.Vcpu#getHardAffinity()
	 * @see #getVcpu()
	 * @generated
	 */
	EReference getVcpu_HardAffinity();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.DeviceAttachment <em>Device Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Attachment</em>'.
	 * @see org.natsume.model.DeviceAttachment
	 * @generated
	 */
	EClass getDeviceAttachment();

	/**
	 * Returns the meta object for the reference '{@link org.natsume.model.DeviceAttachment#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Function</em>'.
	 * @see org.natsume.model.DeviceAttachment#getFunction()
	 * @see #getDeviceAttachment()
	 * @generated
	 */
	EReference getDeviceAttachment_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.DeviceAttachment#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.natsume.model.DeviceAttachment#getMode()
	 * @see #getDeviceAttachment()
	 * @generated
	 */
	EAttribute getDeviceAttachment_Mode();

	/**
	 * Returns the meta object for the reference '{@link org.natsume.model.DeviceAttachment#getBackendDomain <em>Backend Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Backend Domain</em>'.
	 * @see org.natsume.model.DeviceAttachment#getBackendDomain()
	 * @see #getDeviceAttachment()
	 * @generated
	 */
	EReference getDeviceAttachment_BackendDomain();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.DeviceAttachment#getBridge <em>Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bridge</em>'.
	 * @see org.natsume.model.DeviceAttachment#getBridge()
	 * @see #getDeviceAttachment()
	 * @generated
	 */
	EAttribute getDeviceAttachment_Bridge();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.DeviceAttachment#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac</em>'.
	 * @see org.natsume.model.DeviceAttachment#getMac()
	 * @see #getDeviceAttachment()
	 * @generated
	 */
	EAttribute getDeviceAttachment_Mac();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.ExternalHost <em>External Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Host</em>'.
	 * @see org.natsume.model.ExternalHost
	 * @generated
	 */
	EClass getExternalHost();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.ExternalHost#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.natsume.model.ExternalHost#getRole()
	 * @see #getExternalHost()
	 * @generated
	 */
	EAttribute getExternalHost_Role();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.NetworkLink <em>Network Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Link</em>'.
	 * @see org.natsume.model.NetworkLink
	 * @generated
	 */
	EClass getNetworkLink();

	/**
	 * Returns the meta object for the reference '{@link org.natsume.model.NetworkLink#getNic <em>Nic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Nic</em>'.
	 * @see org.natsume.model.NetworkLink#getNic()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EReference getNetworkLink_Nic();

	/**
	 * Returns the meta object for the reference '{@link org.natsume.model.NetworkLink#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see org.natsume.model.NetworkLink#getHost()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EReference getNetworkLink_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.NetworkLink#getRateBps <em>Rate Bps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate Bps</em>'.
	 * @see org.natsume.model.NetworkLink#getRateBps()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EAttribute getNetworkLink_RateBps();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.NetworkLink#getPropagationDelayNs <em>Propagation Delay Ns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Propagation Delay Ns</em>'.
	 * @see org.natsume.model.NetworkLink#getPropagationDelayNs()
	 * @see #getNetworkLink()
	 * @generated
	 */
	EAttribute getNetworkLink_PropagationDelayNs();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.Workload <em>Workload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workload</em>'.
	 * @see org.natsume.model.Workload
	 * @generated
	 */
	EClass getWorkload();

	/**
	 * Returns the meta object for the reference '{@link org.natsume.model.Workload#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain</em>'.
	 * @see org.natsume.model.Workload#getDomain()
	 * @see #getWorkload()
	 * @generated
	 */
	EReference getWorkload_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.Workload#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.natsume.model.Workload#isEnabled()
	 * @see #getWorkload()
	 * @generated
	 */
	EAttribute getWorkload_Enabled();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.NetperfTcpStream <em>Netperf Tcp Stream</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Netperf Tcp Stream</em>'.
	 * @see org.natsume.model.NetperfTcpStream
	 * @generated
	 */
	EClass getNetperfTcpStream();

	/**
	 * Returns the meta object for the reference '{@link org.natsume.model.NetperfTcpStream#getPeer <em>Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Peer</em>'.
	 * @see org.natsume.model.NetperfTcpStream#getPeer()
	 * @see #getNetperfTcpStream()
	 * @generated
	 */
	EReference getNetperfTcpStream_Peer();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.NetperfTcpStream#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.natsume.model.NetperfTcpStream#getDirection()
	 * @see #getNetperfTcpStream()
	 * @generated
	 */
	EAttribute getNetperfTcpStream_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.NetperfTcpStream#getMessageSize <em>Message Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Size</em>'.
	 * @see org.natsume.model.NetperfTcpStream#getMessageSize()
	 * @see #getNetperfTcpStream()
	 * @generated
	 */
	EAttribute getNetperfTcpStream_MessageSize();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.NetperfTcpStream#getSocketBufferBytes <em>Socket Buffer Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Socket Buffer Bytes</em>'.
	 * @see org.natsume.model.NetperfTcpStream#getSocketBufferBytes()
	 * @see #getNetperfTcpStream()
	 * @generated
	 */
	EAttribute getNetperfTcpStream_SocketBufferBytes();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.UdpFlood <em>Udp Flood</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Udp Flood</em>'.
	 * @see org.natsume.model.UdpFlood
	 * @generated
	 */
	EClass getUdpFlood();

	/**
	 * Returns the meta object for the reference '{@link org.natsume.model.UdpFlood#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.natsume.model.UdpFlood#getSource()
	 * @see #getUdpFlood()
	 * @generated
	 */
	EReference getUdpFlood_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.UdpFlood#getPacketSizeBytes <em>Packet Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packet Size Bytes</em>'.
	 * @see org.natsume.model.UdpFlood#getPacketSizeBytes()
	 * @see #getUdpFlood()
	 * @generated
	 */
	EAttribute getUdpFlood_PacketSizeBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.UdpFlood#getRateMode <em>Rate Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rate Mode</em>'.
	 * @see org.natsume.model.UdpFlood#getRateMode()
	 * @see #getUdpFlood()
	 * @generated
	 */
	EAttribute getUdpFlood_RateMode();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.UdpFlood#getPps <em>Pps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pps</em>'.
	 * @see org.natsume.model.UdpFlood#getPps()
	 * @see #getUdpFlood()
	 * @generated
	 */
	EAttribute getUdpFlood_Pps();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.CpuHog <em>Cpu Hog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cpu Hog</em>'.
	 * @see org.natsume.model.CpuHog
	 * @generated
	 */
	EClass getCpuHog();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.CpuHog#getDutyCycle <em>Duty Cycle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duty Cycle</em>'.
	 * @see org.natsume.model.CpuHog#getDutyCycle()
	 * @see #getCpuHog()
	 * @generated
	 */
	EAttribute getCpuHog_DutyCycle();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.PeriodicRtTask <em>Periodic Rt Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Periodic Rt Task</em>'.
	 * @see org.natsume.model.PeriodicRtTask
	 * @generated
	 */
	EClass getPeriodicRtTask();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PeriodicRtTask#getPeriodUs <em>Period Us</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Us</em>'.
	 * @see org.natsume.model.PeriodicRtTask#getPeriodUs()
	 * @see #getPeriodicRtTask()
	 * @generated
	 */
	EAttribute getPeriodicRtTask_PeriodUs();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.PeriodicRtTask#getWcetUs <em>Wcet Us</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wcet Us</em>'.
	 * @see org.natsume.model.PeriodicRtTask#getWcetUs()
	 * @see #getPeriodicRtTask()
	 * @generated
	 */
	EAttribute getPeriodicRtTask_WcetUs();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.SimulationSettings <em>Simulation Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Simulation Settings</em>'.
	 * @see org.natsume.model.SimulationSettings
	 * @generated
	 */
	EClass getSimulationSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.SimulationSettings#getDurationS <em>Duration S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration S</em>'.
	 * @see org.natsume.model.SimulationSettings#getDurationS()
	 * @see #getSimulationSettings()
	 * @generated
	 */
	EAttribute getSimulationSettings_DurationS();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.SimulationSettings#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Runs</em>'.
	 * @see org.natsume.model.SimulationSettings#getRuns()
	 * @see #getSimulationSettings()
	 * @generated
	 */
	EAttribute getSimulationSettings_Runs();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.SimulationSettings#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.natsume.model.SimulationSettings#getSeed()
	 * @see #getSimulationSettings()
	 * @generated
	 */
	EAttribute getSimulationSettings_Seed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.natsume.model.SimulationSettings#getTimings <em>Timings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Timings</em>'.
	 * @see org.natsume.model.SimulationSettings#getTimings()
	 * @see #getSimulationSettings()
	 * @generated
	 */
	EReference getSimulationSettings_Timings();

	/**
	 * Returns the meta object for class '{@link org.natsume.model.TimingValue <em>Timing Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timing Value</em>'.
	 * @see org.natsume.model.TimingValue
	 * @generated
	 */
	EClass getTimingValue();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.TimingValue#getSymbol <em>Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbol</em>'.
	 * @see org.natsume.model.TimingValue#getSymbol()
	 * @see #getTimingValue()
	 * @generated
	 */
	EAttribute getTimingValue_Symbol();

	/**
	 * Returns the meta object for the attribute '{@link org.natsume.model.TimingValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.natsume.model.TimingValue#getValue()
	 * @see #getTimingValue()
	 * @generated
	 */
	EAttribute getTimingValue_Value();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.DeliveryMode <em>Delivery Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Delivery Mode</em>'.
	 * @see org.natsume.model.DeliveryMode
	 * @generated
	 */
	EEnum getDeliveryMode();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.DestinationMode <em>Destination Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Destination Mode</em>'.
	 * @see org.natsume.model.DestinationMode
	 * @generated
	 */
	EEnum getDestinationMode();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.TriggerMode <em>Trigger Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trigger Mode</em>'.
	 * @see org.natsume.model.TriggerMode
	 * @generated
	 */
	EEnum getTriggerMode();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.Polarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Polarity</em>'.
	 * @see org.natsume.model.Polarity
	 * @generated
	 */
	EEnum getPolarity();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.IntxPin <em>Intx Pin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Intx Pin</em>'.
	 * @see org.natsume.model.IntxPin
	 * @generated
	 */
	EEnum getIntxPin();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.InterruptMode <em>Interrupt Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interrupt Mode</em>'.
	 * @see org.natsume.model.InterruptMode
	 * @generated
	 */
	EEnum getInterruptMode();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.SchedulerKind <em>Scheduler Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scheduler Kind</em>'.
	 * @see org.natsume.model.SchedulerKind
	 * @generated
	 */
	EEnum getSchedulerKind();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.IoApicTargetPolicy <em>Io Apic Target Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Io Apic Target Policy</em>'.
	 * @see org.natsume.model.IoApicTargetPolicy
	 * @generated
	 */
	EEnum getIoApicTargetPolicy();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.AckMethod <em>Ack Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ack Method</em>'.
	 * @see org.natsume.model.AckMethod
	 * @generated
	 */
	EEnum getAckMethod();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.LowestPriorityArbitration <em>Lowest Priority Arbitration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lowest Priority Arbitration</em>'.
	 * @see org.natsume.model.LowestPriorityArbitration
	 * @generated
	 */
	EEnum getLowestPriorityArbitration();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.DomainKind <em>Domain Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Domain Kind</em>'.
	 * @see org.natsume.model.DomainKind
	 * @generated
	 */
	EEnum getDomainKind();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.GuestType <em>Guest Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Guest Type</em>'.
	 * @see org.natsume.model.GuestType
	 * @generated
	 */
	EEnum getGuestType();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.AttachmentMode <em>Attachment Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attachment Mode</em>'.
	 * @see org.natsume.model.AttachmentMode
	 * @generated
	 */
	EEnum getAttachmentMode();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.HostRole <em>Host Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Host Role</em>'.
	 * @see org.natsume.model.HostRole
	 * @generated
	 */
	EEnum getHostRole();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.natsume.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.KernelProfile <em>Kernel Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kernel Profile</em>'.
	 * @see org.natsume.model.KernelProfile
	 * @generated
	 */
	EEnum getKernelProfile();

	/**
	 * Returns the meta object for enum '{@link org.natsume.model.RateMode <em>Rate Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rate Mode</em>'.
	 * @see org.natsume.model.RateMode
	 * @generated
	 */
	EEnum getRateMode();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NatsumeFactory getNatsumeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.IdentifiedImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.NamedElementImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.TopologyImpl <em>Topology</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.TopologyImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getTopology()
		 * @generated
		 */
		EClass TOPOLOGY = eINSTANCE.getTopology();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__DESCRIPTION = eINSTANCE.getTopology_Description();

		/**
		 * The meta object literal for the '<em><b>Machine</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__MACHINE = eINSTANCE.getTopology_Machine();

		/**
		 * The meta object literal for the '<em><b>Hypervisor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__HYPERVISOR = eINSTANCE.getTopology_Hypervisor();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__DOMAINS = eINSTANCE.getTopology_Domains();

		/**
		 * The meta object literal for the '<em><b>External Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__EXTERNAL_HOSTS = eINSTANCE.getTopology_ExternalHosts();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__LINKS = eINSTANCE.getTopology_Links();

		/**
		 * The meta object literal for the '<em><b>Workloads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__WORKLOADS = eINSTANCE.getTopology_Workloads();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__SETTINGS = eINSTANCE.getTopology_Settings();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.MachineImpl <em>Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.MachineImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getMachine()
		 * @generated
		 */
		EClass MACHINE = eINSTANCE.getMachine();

		/**
		 * The meta object literal for the '<em><b>Board</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__BOARD = eINSTANCE.getMachine_Board();

		/**
		 * The meta object literal for the '<em><b>Cpu Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__CPU_MODEL = eINSTANCE.getMachine_CpuModel();

		/**
		 * The meta object literal for the '<em><b>Clock Hz</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__CLOCK_HZ = eINSTANCE.getMachine_ClockHz();

		/**
		 * The meta object literal for the '<em><b>Cpus</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__CPUS = eINSTANCE.getMachine_Cpus();

		/**
		 * The meta object literal for the '<em><b>Io Apics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__IO_APICS = eINSTANCE.getMachine_IoApics();

		/**
		 * The meta object literal for the '<em><b>Pci Roots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__PCI_ROOTS = eINSTANCE.getMachine_PciRoots();

		/**
		 * The meta object literal for the '<em><b>Interrupt Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__INTERRUPT_LINES = eINSTANCE.getMachine_InterruptLines();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.LogicalCpuImpl <em>Logical Cpu</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.LogicalCpuImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getLogicalCpu()
		 * @generated
		 */
		EClass LOGICAL_CPU = eINSTANCE.getLogicalCpu();

		/**
		 * The meta object literal for the '<em><b>Cpu Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_CPU__CPU_ID = eINSTANCE.getLogicalCpu_CpuId();

		/**
		 * The meta object literal for the '<em><b>Apic Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_CPU__APIC_ID = eINSTANCE.getLogicalCpu_ApicId();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_CPU__ENABLED = eINSTANCE.getLogicalCpu_Enabled();

		/**
		 * The meta object literal for the '<em><b>Socket</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_CPU__SOCKET = eINSTANCE.getLogicalCpu_Socket();

		/**
		 * The meta object literal for the '<em><b>Core</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_CPU__CORE = eINSTANCE.getLogicalCpu_Core();

		/**
		 * The meta object literal for the '<em><b>Thread</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGICAL_CPU__THREAD = eINSTANCE.getLogicalCpu_Thread();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.IoApicImpl <em>Io Apic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.IoApicImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getIoApic()
		 * @generated
		 */
		EClass IO_APIC = eINSTANCE.getIoApic();

		/**
		 * The meta object literal for the '<em><b>Io Apic Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_APIC__IO_APIC_ID = eINSTANCE.getIoApic_IoApicId();

		/**
		 * The meta object literal for the '<em><b>Mmio Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_APIC__MMIO_BASE = eINSTANCE.getIoApic_MmioBase();

		/**
		 * The meta object literal for the '<em><b>Pin Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_APIC__PIN_COUNT = eINSTANCE.getIoApic_PinCount();

		/**
		 * The meta object literal for the '<em><b>Gsi Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IO_APIC__GSI_BASE = eINSTANCE.getIoApic_GsiBase();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IO_APIC__ENTRIES = eINSTANCE.getIoApic_Entries();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.RedirectionEntryImpl <em>Redirection Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.RedirectionEntryImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getRedirectionEntry()
		 * @generated
		 */
		EClass REDIRECTION_ENTRY = eINSTANCE.getRedirectionEntry();

		/**
		 * The meta object literal for the '<em><b>Pin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDIRECTION_ENTRY__PIN = eINSTANCE.getRedirectionEntry_Pin();

		/**
		 * The meta object literal for the '<em><b>Vector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDIRECTION_ENTRY__VECTOR = eINSTANCE.getRedirectionEntry_Vector();

		/**
		 * The meta object literal for the '<em><b>Delivery Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDIRECTION_ENTRY__DELIVERY_MODE = eINSTANCE.getRedirectionEntry_DeliveryMode();

		/**
		 * The meta object literal for the '<em><b>Destination Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDIRECTION_ENTRY__DESTINATION_MODE = eINSTANCE.getRedirectionEntry_DestinationMode();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDIRECTION_ENTRY__DESTINATION = eINSTANCE.getRedirectionEntry_Destination();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDIRECTION_ENTRY__TRIGGER = eINSTANCE.getRedirectionEntry_Trigger();

		/**
		 * The meta object literal for the '<em><b>Polarity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDIRECTION_ENTRY__POLARITY = eINSTANCE.getRedirectionEntry_Polarity();

		/**
		 * The meta object literal for the '<em><b>Masked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REDIRECTION_ENTRY__MASKED = eINSTANCE.getRedirectionEntry_Masked();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.PciBusImpl <em>Pci Bus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.PciBusImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getPciBus()
		 * @generated
		 */
		EClass PCI_BUS = eINSTANCE.getPciBus();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_BUS__SEGMENT = eINSTANCE.getPciBus_Segment();

		/**
		 * The meta object literal for the '<em><b>Bus Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_BUS__BUS_NUMBER = eINSTANCE.getPciBus_BusNumber();

		/**
		 * The meta object literal for the '<em><b>Functions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PCI_BUS__FUNCTIONS = eINSTANCE.getPciBus_Functions();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.PciFunctionImpl <em>Pci Function</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.PciFunctionImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getPciFunction()
		 * @generated
		 */
		EClass PCI_FUNCTION = eINSTANCE.getPciFunction();

		/**
		 * The meta object literal for the '<em><b>Bdf</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__BDF = eINSTANCE.getPciFunction_Bdf();

		/**
		 * The meta object literal for the '<em><b>Vendor Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__VENDOR_ID = eINSTANCE.getPciFunction_VendorId();

		/**
		 * The meta object literal for the '<em><b>Device Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__DEVICE_ID = eINSTANCE.getPciFunction_DeviceId();

		/**
		 * The meta object literal for the '<em><b>Class Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__CLASS_CODE = eINSTANCE.getPciFunction_ClassCode();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__DRIVER = eINSTANCE.getPciFunction_Driver();

		/**
		 * The meta object literal for the '<em><b>Intx Pin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__INTX_PIN = eINSTANCE.getPciFunction_IntxPin();

		/**
		 * The meta object literal for the '<em><b>Msi Capable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__MSI_CAPABLE = eINSTANCE.getPciFunction_MsiCapable();

		/**
		 * The meta object literal for the '<em><b>Msix Capable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__MSIX_CAPABLE = eINSTANCE.getPciFunction_MsixCapable();

		/**
		 * The meta object literal for the '<em><b>Interrupt Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PCI_FUNCTION__INTERRUPT_MODE = eINSTANCE.getPciFunction_InterruptMode();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PCI_FUNCTION__LINE = eINSTANCE.getPciFunction_Line();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.PciBridgeImpl <em>Pci Bridge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.PciBridgeImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getPciBridge()
		 * @generated
		 */
		EClass PCI_BRIDGE = eINSTANCE.getPciBridge();

		/**
		 * The meta object literal for the '<em><b>Secondary Bus</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PCI_BRIDGE__SECONDARY_BUS = eINSTANCE.getPciBridge_SecondaryBus();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.NicImpl <em>Nic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.NicImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getNic()
		 * @generated
		 */
		EClass NIC = eINSTANCE.getNic();

		/**
		 * The meta object literal for the '<em><b>Link Speed Bps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIC__LINK_SPEED_BPS = eINSTANCE.getNic_LinkSpeedBps();

		/**
		 * The meta object literal for the '<em><b>Itr Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIC__ITR_MODE = eINSTANCE.getNic_ItrMode();

		/**
		 * The meta object literal for the '<em><b>Rx Ring Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIC__RX_RING_SIZE = eINSTANCE.getNic_RxRingSize();

		/**
		 * The meta object literal for the '<em><b>Tx Ring Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIC__TX_RING_SIZE = eINSTANCE.getNic_TxRingSize();

		/**
		 * The meta object literal for the '<em><b>Napi Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIC__NAPI_WEIGHT = eINSTANCE.getNic_NapiWeight();

		/**
		 * The meta object literal for the '<em><b>Mac Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NIC__MAC_ADDRESS = eINSTANCE.getNic_MacAddress();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.InterruptLineImpl <em>Interrupt Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.InterruptLineImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getInterruptLine()
		 * @generated
		 */
		EClass INTERRUPT_LINE = eINSTANCE.getInterruptLine();

		/**
		 * The meta object literal for the '<em><b>Gsi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT_LINE__GSI = eINSTANCE.getInterruptLine_Gsi();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT_LINE__TRIGGER = eINSTANCE.getInterruptLine_Trigger();

		/**
		 * The meta object literal for the '<em><b>Polarity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERRUPT_LINE__POLARITY = eINSTANCE.getInterruptLine_Polarity();

		/**
		 * The meta object literal for the '<em><b>Sharers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERRUPT_LINE__SHARERS = eINSTANCE.getInterruptLine_Sharers();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.HypervisorImpl <em>Hypervisor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.HypervisorImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getHypervisor()
		 * @generated
		 */
		EClass HYPERVISOR = eINSTANCE.getHypervisor();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__VERSION = eINSTANCE.getHypervisor_Version();

		/**
		 * The meta object literal for the '<em><b>Scheduler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__SCHEDULER = eINSTANCE.getHypervisor_Scheduler();

		/**
		 * The meta object literal for the '<em><b>Credit Tick Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__CREDIT_TICK_MS = eINSTANCE.getHypervisor_CreditTickMs();

		/**
		 * The meta object literal for the '<em><b>Credit Timeslice Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__CREDIT_TIMESLICE_MS = eINSTANCE.getHypervisor_CreditTimesliceMs();

		/**
		 * The meta object literal for the '<em><b>Credit Ratelimit Us</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__CREDIT_RATELIMIT_US = eINSTANCE.getHypervisor_CreditRatelimitUs();

		/**
		 * The meta object literal for the '<em><b>Routing Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__ROUTING_POLICY = eINSTANCE.getHypervisor_RoutingPolicy();

		/**
		 * The meta object literal for the '<em><b>Ioapic Target Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__IOAPIC_TARGET_POLICY = eINSTANCE.getHypervisor_IoapicTargetPolicy();

		/**
		 * The meta object literal for the '<em><b>Ack Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__ACK_METHOD = eINSTANCE.getHypervisor_AckMethod();

		/**
		 * The meta object literal for the '<em><b>Eoi Timeout Us</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__EOI_TIMEOUT_US = eINSTANCE.getHypervisor_EoiTimeoutUs();

		/**
		 * The meta object literal for the '<em><b>Forced Eoi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__FORCED_EOI = eINSTANCE.getHypervisor_ForcedEoi();

		/**
		 * The meta object literal for the '<em><b>Irq Ratelimit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__IRQ_RATELIMIT = eINSTANCE.getHypervisor_IrqRatelimit();

		/**
		 * The meta object literal for the '<em><b>Lowest Priority Arbitration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__LOWEST_PRIORITY_ARBITRATION = eINSTANCE.getHypervisor_LowestPriorityArbitration();

		/**
		 * The meta object literal for the '<em><b>Irq Affinity Follows Vcpu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HYPERVISOR__IRQ_AFFINITY_FOLLOWS_VCPU = eINSTANCE.getHypervisor_IrqAffinityFollowsVcpu();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.DomainImpl <em>Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.DomainImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getDomain()
		 * @generated
		 */
		EClass DOMAIN = eINSTANCE.getDomain();

		/**
		 * The meta object literal for the '<em><b>Domid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__DOMID = eINSTANCE.getDomain_Domid();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__KIND = eINSTANCE.getDomain_Kind();

		/**
		 * The meta object literal for the '<em><b>Guest Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__GUEST_TYPE = eINSTANCE.getDomain_GuestType();

		/**
		 * The meta object literal for the '<em><b>Memory Mi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__MEMORY_MI_B = eINSTANCE.getDomain_MemoryMiB();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__WEIGHT = eINSTANCE.getDomain_Weight();

		/**
		 * The meta object literal for the '<em><b>Cap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__CAP = eINSTANCE.getDomain_Cap();

		/**
		 * The meta object literal for the '<em><b>Kernel Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__KERNEL_PROFILE = eINSTANCE.getDomain_KernelProfile();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__VCPUS = eINSTANCE.getDomain_Vcpus();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__ATTACHMENTS = eINSTANCE.getDomain_Attachments();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.VcpuImpl <em>Vcpu</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.VcpuImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getVcpu()
		 * @generated
		 */
		EClass VCPU = eINSTANCE.getVcpu();

		/**
		 * The meta object literal for the '<em><b>Vcpu Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VCPU__VCPU_ID = eINSTANCE.getVcpu_VcpuId();

		/**
		 * The meta object literal for the '<em><b>Hard Affinity</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VCPU__HARD_AFFINITY = eINSTANCE.getVcpu_HardAffinity();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.DeviceAttachmentImpl <em>Device Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.DeviceAttachmentImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getDeviceAttachment()
		 * @generated
		 */
		EClass DEVICE_ATTACHMENT = eINSTANCE.getDeviceAttachment();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_ATTACHMENT__FUNCTION = eINSTANCE.getDeviceAttachment_Function();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTACHMENT__MODE = eINSTANCE.getDeviceAttachment_Mode();

		/**
		 * The meta object literal for the '<em><b>Backend Domain</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_ATTACHMENT__BACKEND_DOMAIN = eINSTANCE.getDeviceAttachment_BackendDomain();

		/**
		 * The meta object literal for the '<em><b>Bridge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTACHMENT__BRIDGE = eINSTANCE.getDeviceAttachment_Bridge();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_ATTACHMENT__MAC = eINSTANCE.getDeviceAttachment_Mac();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.ExternalHostImpl <em>External Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.ExternalHostImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getExternalHost()
		 * @generated
		 */
		EClass EXTERNAL_HOST = eINSTANCE.getExternalHost();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_HOST__ROLE = eINSTANCE.getExternalHost_Role();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.NetworkLinkImpl <em>Network Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.NetworkLinkImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getNetworkLink()
		 * @generated
		 */
		EClass NETWORK_LINK = eINSTANCE.getNetworkLink();

		/**
		 * The meta object literal for the '<em><b>Nic</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_LINK__NIC = eINSTANCE.getNetworkLink_Nic();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_LINK__HOST = eINSTANCE.getNetworkLink_Host();

		/**
		 * The meta object literal for the '<em><b>Rate Bps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_LINK__RATE_BPS = eINSTANCE.getNetworkLink_RateBps();

		/**
		 * The meta object literal for the '<em><b>Propagation Delay Ns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK_LINK__PROPAGATION_DELAY_NS = eINSTANCE.getNetworkLink_PropagationDelayNs();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.WorkloadImpl <em>Workload</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.WorkloadImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getWorkload()
		 * @generated
		 */
		EClass WORKLOAD = eINSTANCE.getWorkload();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKLOAD__DOMAIN = eINSTANCE.getWorkload_Domain();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKLOAD__ENABLED = eINSTANCE.getWorkload_Enabled();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.NetperfTcpStreamImpl <em>Netperf Tcp Stream</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.NetperfTcpStreamImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getNetperfTcpStream()
		 * @generated
		 */
		EClass NETPERF_TCP_STREAM = eINSTANCE.getNetperfTcpStream();

		/**
		 * The meta object literal for the '<em><b>Peer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETPERF_TCP_STREAM__PEER = eINSTANCE.getNetperfTcpStream_Peer();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETPERF_TCP_STREAM__DIRECTION = eINSTANCE.getNetperfTcpStream_Direction();

		/**
		 * The meta object literal for the '<em><b>Message Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETPERF_TCP_STREAM__MESSAGE_SIZE = eINSTANCE.getNetperfTcpStream_MessageSize();

		/**
		 * The meta object literal for the '<em><b>Socket Buffer Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETPERF_TCP_STREAM__SOCKET_BUFFER_BYTES = eINSTANCE.getNetperfTcpStream_SocketBufferBytes();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.UdpFloodImpl <em>Udp Flood</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.UdpFloodImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getUdpFlood()
		 * @generated
		 */
		EClass UDP_FLOOD = eINSTANCE.getUdpFlood();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UDP_FLOOD__SOURCE = eINSTANCE.getUdpFlood_Source();

		/**
		 * The meta object literal for the '<em><b>Packet Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_FLOOD__PACKET_SIZE_BYTES = eINSTANCE.getUdpFlood_PacketSizeBytes();

		/**
		 * The meta object literal for the '<em><b>Rate Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_FLOOD__RATE_MODE = eINSTANCE.getUdpFlood_RateMode();

		/**
		 * The meta object literal for the '<em><b>Pps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UDP_FLOOD__PPS = eINSTANCE.getUdpFlood_Pps();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.CpuHogImpl <em>Cpu Hog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.CpuHogImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getCpuHog()
		 * @generated
		 */
		EClass CPU_HOG = eINSTANCE.getCpuHog();

		/**
		 * The meta object literal for the '<em><b>Duty Cycle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPU_HOG__DUTY_CYCLE = eINSTANCE.getCpuHog_DutyCycle();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.PeriodicRtTaskImpl <em>Periodic Rt Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.PeriodicRtTaskImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getPeriodicRtTask()
		 * @generated
		 */
		EClass PERIODIC_RT_TASK = eINSTANCE.getPeriodicRtTask();

		/**
		 * The meta object literal for the '<em><b>Period Us</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIODIC_RT_TASK__PERIOD_US = eINSTANCE.getPeriodicRtTask_PeriodUs();

		/**
		 * The meta object literal for the '<em><b>Wcet Us</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIODIC_RT_TASK__WCET_US = eINSTANCE.getPeriodicRtTask_WcetUs();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.SimulationSettingsImpl <em>Simulation Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.SimulationSettingsImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getSimulationSettings()
		 * @generated
		 */
		EClass SIMULATION_SETTINGS = eINSTANCE.getSimulationSettings();

		/**
		 * The meta object literal for the '<em><b>Duration S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_SETTINGS__DURATION_S = eINSTANCE.getSimulationSettings_DurationS();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_SETTINGS__RUNS = eINSTANCE.getSimulationSettings_Runs();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIMULATION_SETTINGS__SEED = eINSTANCE.getSimulationSettings_Seed();

		/**
		 * The meta object literal for the '<em><b>Timings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIMULATION_SETTINGS__TIMINGS = eINSTANCE.getSimulationSettings_Timings();

		/**
		 * The meta object literal for the '{@link org.natsume.model.impl.TimingValueImpl <em>Timing Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.impl.TimingValueImpl
		 * @see org.natsume.model.impl.NatsumePackageImpl#getTimingValue()
		 * @generated
		 */
		EClass TIMING_VALUE = eINSTANCE.getTimingValue();

		/**
		 * The meta object literal for the '<em><b>Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_VALUE__SYMBOL = eINSTANCE.getTimingValue_Symbol();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMING_VALUE__VALUE = eINSTANCE.getTimingValue_Value();

		/**
		 * The meta object literal for the '{@link org.natsume.model.DeliveryMode <em>Delivery Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.DeliveryMode
		 * @see org.natsume.model.impl.NatsumePackageImpl#getDeliveryMode()
		 * @generated
		 */
		EEnum DELIVERY_MODE = eINSTANCE.getDeliveryMode();

		/**
		 * The meta object literal for the '{@link org.natsume.model.DestinationMode <em>Destination Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.DestinationMode
		 * @see org.natsume.model.impl.NatsumePackageImpl#getDestinationMode()
		 * @generated
		 */
		EEnum DESTINATION_MODE = eINSTANCE.getDestinationMode();

		/**
		 * The meta object literal for the '{@link org.natsume.model.TriggerMode <em>Trigger Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.TriggerMode
		 * @see org.natsume.model.impl.NatsumePackageImpl#getTriggerMode()
		 * @generated
		 */
		EEnum TRIGGER_MODE = eINSTANCE.getTriggerMode();

		/**
		 * The meta object literal for the '{@link org.natsume.model.Polarity <em>Polarity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.Polarity
		 * @see org.natsume.model.impl.NatsumePackageImpl#getPolarity()
		 * @generated
		 */
		EEnum POLARITY = eINSTANCE.getPolarity();

		/**
		 * The meta object literal for the '{@link org.natsume.model.IntxPin <em>Intx Pin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.IntxPin
		 * @see org.natsume.model.impl.NatsumePackageImpl#getIntxPin()
		 * @generated
		 */
		EEnum INTX_PIN = eINSTANCE.getIntxPin();

		/**
		 * The meta object literal for the '{@link org.natsume.model.InterruptMode <em>Interrupt Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.InterruptMode
		 * @see org.natsume.model.impl.NatsumePackageImpl#getInterruptMode()
		 * @generated
		 */
		EEnum INTERRUPT_MODE = eINSTANCE.getInterruptMode();

		/**
		 * The meta object literal for the '{@link org.natsume.model.SchedulerKind <em>Scheduler Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.SchedulerKind
		 * @see org.natsume.model.impl.NatsumePackageImpl#getSchedulerKind()
		 * @generated
		 */
		EEnum SCHEDULER_KIND = eINSTANCE.getSchedulerKind();

		/**
		 * The meta object literal for the '{@link org.natsume.model.IoApicTargetPolicy <em>Io Apic Target Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.IoApicTargetPolicy
		 * @see org.natsume.model.impl.NatsumePackageImpl#getIoApicTargetPolicy()
		 * @generated
		 */
		EEnum IO_APIC_TARGET_POLICY = eINSTANCE.getIoApicTargetPolicy();

		/**
		 * The meta object literal for the '{@link org.natsume.model.AckMethod <em>Ack Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.AckMethod
		 * @see org.natsume.model.impl.NatsumePackageImpl#getAckMethod()
		 * @generated
		 */
		EEnum ACK_METHOD = eINSTANCE.getAckMethod();

		/**
		 * The meta object literal for the '{@link org.natsume.model.LowestPriorityArbitration <em>Lowest Priority Arbitration</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.LowestPriorityArbitration
		 * @see org.natsume.model.impl.NatsumePackageImpl#getLowestPriorityArbitration()
		 * @generated
		 */
		EEnum LOWEST_PRIORITY_ARBITRATION = eINSTANCE.getLowestPriorityArbitration();

		/**
		 * The meta object literal for the '{@link org.natsume.model.DomainKind <em>Domain Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.DomainKind
		 * @see org.natsume.model.impl.NatsumePackageImpl#getDomainKind()
		 * @generated
		 */
		EEnum DOMAIN_KIND = eINSTANCE.getDomainKind();

		/**
		 * The meta object literal for the '{@link org.natsume.model.GuestType <em>Guest Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.GuestType
		 * @see org.natsume.model.impl.NatsumePackageImpl#getGuestType()
		 * @generated
		 */
		EEnum GUEST_TYPE = eINSTANCE.getGuestType();

		/**
		 * The meta object literal for the '{@link org.natsume.model.AttachmentMode <em>Attachment Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.AttachmentMode
		 * @see org.natsume.model.impl.NatsumePackageImpl#getAttachmentMode()
		 * @generated
		 */
		EEnum ATTACHMENT_MODE = eINSTANCE.getAttachmentMode();

		/**
		 * The meta object literal for the '{@link org.natsume.model.HostRole <em>Host Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.HostRole
		 * @see org.natsume.model.impl.NatsumePackageImpl#getHostRole()
		 * @generated
		 */
		EEnum HOST_ROLE = eINSTANCE.getHostRole();

		/**
		 * The meta object literal for the '{@link org.natsume.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.Direction
		 * @see org.natsume.model.impl.NatsumePackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.natsume.model.KernelProfile <em>Kernel Profile</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.KernelProfile
		 * @see org.natsume.model.impl.NatsumePackageImpl#getKernelProfile()
		 * @generated
		 */
		EEnum KERNEL_PROFILE = eINSTANCE.getKernelProfile();

		/**
		 * The meta object literal for the '{@link org.natsume.model.RateMode <em>Rate Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.natsume.model.RateMode
		 * @see org.natsume.model.impl.NatsumePackageImpl#getRateMode()
		 * @generated
		 */
		EEnum RATE_MODE = eINSTANCE.getRateMode();

	}

} //NatsumePackage
