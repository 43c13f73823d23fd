/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The physical board (domain.md 2.1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.Machine#getBoard <em>Board</em>}</li>
 *   <li>{@link org.natsume.model.Machine#getCpuModel <em>Cpu Model</em>}</li>
 *   <li>{@link org.natsume.model.Machine#getClockHz <em>Clock Hz</em>}</li>
 *   <li>{@link org.natsume.model.Machine#getCpus <em>Cpus</em>}</li>
 *   <li>{@link org.natsume.model.Machine#getIoApics <em>Io Apics</em>}</li>
 *   <li>{@link org.natsume.model.Machine#getPciRoots <em>Pci Roots</em>}</li>
 *   <li>{@link org.natsume.model.Machine#getInterruptLines <em>Interrupt Lines</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getMachine()
 * @model
 * @generated
 */
public interface Machine extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Board</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mainboard and chipset, e.g. Intel DX58SO, X58 + ICH10R.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Board</em>' attribute.
	 * @see #setBoard(String)
	 * @see org.natsume.model.NatsumePackage#getMachine_Board()
	 * @model annotation="http://www.natsume.org/model/edit category='Hardware'"
	 * @generated
	 */
	String getBoard();

	/**
	 * Sets the value of the '{@link org.natsume.model.Machine#getBoard <em>Board</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Board</em>' attribute.
	 * @see #getBoard()
	 * @generated
	 */
	void setBoard(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Processor model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Model</em>' attribute.
	 * @see #setCpuModel(String)
	 * @see org.natsume.model.NatsumePackage#getMachine_CpuModel()
	 * @model annotation="http://www.natsume.org/model/edit category='Hardware'"
	 * @generated
	 */
	String getCpuModel();

	/**
	 * Sets the value of the '{@link org.natsume.model.Machine#getCpuModel <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Model</em>' attribute.
	 * @see #getCpuModel()
	 * @generated
	 */
	void setCpuModel(String value);

	/**
	 * Returns the value of the '<em><b>Clock Hz</b></em>' attribute.
	 * The default value is <code>"2670000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Core clock in Hz (2.67 GHz = 2670000000).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clock Hz</em>' attribute.
	 * @see #setClockHz(long)
	 * @see org.natsume.model.NatsumePackage#getMachine_ClockHz()
	 * @model default="2670000000"
	 *        annotation="http://www.natsume.org/model/edit category='Hardware'"
	 * @generated
	 */
	long getClockHz();

	/**
	 * Sets the value of the '{@link org.natsume.model.Machine#getClockHz <em>Clock Hz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clock Hz</em>' attribute.
	 * @see #getClockHz()
	 * @generated
	 */
	void setClockHz(long value);

	/**
	 * Returns the value of the '<em><b>Cpus</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.LogicalCpu}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Logical CPUs (PCPUs), one per hardware thread.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpus</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getMachine_Cpus()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogicalCpu> getCpus();

	/**
	 * Returns the value of the '<em><b>Io Apics</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.IoApic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IO-APICs; their pins are numbered into GSIs from gsiBase.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Io Apics</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getMachine_IoApics()
	 * @model containment="true"
	 * @generated
	 */
	EList<IoApic> getIoApics();

	/**
	 * Returns the value of the '<em><b>Pci Roots</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.PciBus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Root PCI buses (one per host bridge / segment). Bridges hold their secondary bus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pci Roots</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getMachine_PciRoots()
	 * @model containment="true"
	 * @generated
	 */
	EList<PciBus> getPciRoots();

	/**
	 * Returns the value of the '<em><b>Interrupt Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.InterruptLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The GSIs that PCI functions are routed to (ACPI _PRT result).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interrupt Lines</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getMachine_InterruptLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<InterruptLine> getInterruptLines();

} // Machine
