/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pci Bus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PCI bus with its functions. A root bus hangs off the machine, a secondary bus off its bridge (domain.md 4.3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.PciBus#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.natsume.model.PciBus#getBusNumber <em>Bus Number</em>}</li>
 *   <li>{@link org.natsume.model.PciBus#getFunctions <em>Functions</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getPciBus()
 * @model
 * @generated
 */
public interface PciBus extends Identified {
	/**
	 * Returns the value of the '<em><b>Segment</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PCI segment (domain), 0-0xfffff (Linux numbers the domains behind an Intel VMD controller from 0x10000).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' attribute.
	 * @see #setSegment(int)
	 * @see org.natsume.model.NatsumePackage#getPciBus_Segment()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Address'"
	 * @generated
	 */
	int getSegment();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciBus#getSegment <em>Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' attribute.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(int value);

	/**
	 * Returns the value of the '<em><b>Bus Number</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bus number, 0-0xff.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bus Number</em>' attribute.
	 * @see #setBusNumber(int)
	 * @see org.natsume.model.NatsumePackage#getPciBus_BusNumber()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Address'"
	 * @generated
	 */
	int getBusNumber();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciBus#getBusNumber <em>Bus Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bus Number</em>' attribute.
	 * @see #getBusNumber()
	 * @generated
	 */
	void setBusNumber(int value);

	/**
	 * Returns the value of the '<em><b>Functions</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.PciFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Functions on this bus, including bridges.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Functions</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getPciBus_Functions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PciFunction> getFunctions();

} // PciBus
