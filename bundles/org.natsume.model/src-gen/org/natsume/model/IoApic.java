/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Io Apic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Chipset interrupt router: pinCount pins, one redirection entry each (domain.md 4.1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.IoApic#getIoApicId <em>Io Apic Id</em>}</li>
 *   <li>{@link org.natsume.model.IoApic#getMmioBase <em>Mmio Base</em>}</li>
 *   <li>{@link org.natsume.model.IoApic#getPinCount <em>Pin Count</em>}</li>
 *   <li>{@link org.natsume.model.IoApic#getGsiBase <em>Gsi Base</em>}</li>
 *   <li>{@link org.natsume.model.IoApic#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getIoApic()
 * @model
 * @generated
 */
public interface IoApic extends Identified {
	/**
	 * Returns the value of the '<em><b>Io Apic Id</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IO-APIC ID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Io Apic Id</em>' attribute.
	 * @see #setIoApicId(int)
	 * @see org.natsume.model.NatsumePackage#getIoApic_IoApicId()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Identity'"
	 * @generated
	 */
	int getIoApicId();

	/**
	 * Sets the value of the '{@link org.natsume.model.IoApic#getIoApicId <em>Io Apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Io Apic Id</em>' attribute.
	 * @see #getIoApicId()
	 * @generated
	 */
	void setIoApicId(int value);

	/**
	 * Returns the value of the '<em><b>Mmio Base</b></em>' attribute.
	 * The default value is <code>"4273995776"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MMIO base address (0xFEC00000).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mmio Base</em>' attribute.
	 * @see #setMmioBase(long)
	 * @see org.natsume.model.NatsumePackage#getIoApic_MmioBase()
	 * @model default="4273995776"
	 *        annotation="http://www.natsume.org/model/edit category='Hardware'"
	 * @generated
	 */
	long getMmioBase();

	/**
	 * Sets the value of the '{@link org.natsume.model.IoApic#getMmioBase <em>Mmio Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mmio Base</em>' attribute.
	 * @see #getMmioBase()
	 * @generated
	 */
	void setMmioBase(long value);

	/**
	 * Returns the value of the '<em><b>Pin Count</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of input pins (24 on ICH10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pin Count</em>' attribute.
	 * @see #setPinCount(int)
	 * @see org.natsume.model.NatsumePackage#getIoApic_PinCount()
	 * @model default="24"
	 *        annotation="http://www.natsume.org/model/edit category='Hardware'"
	 * @generated
	 */
	int getPinCount();

	/**
	 * Sets the value of the '{@link org.natsume.model.IoApic#getPinCount <em>Pin Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pin Count</em>' attribute.
	 * @see #getPinCount()
	 * @generated
	 */
	void setPinCount(int value);

	/**
	 * Returns the value of the '<em><b>Gsi Base</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GSI of pin 0; pin n is GSI gsiBase + n.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gsi Base</em>' attribute.
	 * @see #setGsiBase(int)
	 * @see org.natsume.model.NatsumePackage#getIoApic_GsiBase()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Hardware'"
	 * @generated
	 */
	int getGsiBase();

	/**
	 * Sets the value of the '{@link org.natsume.model.IoApic#getGsiBase <em>Gsi Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gsi Base</em>' attribute.
	 * @see #getGsiBase()
	 * @generated
	 */
	void setGsiBase(int value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.RedirectionEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One redirection table entry per pin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getIoApic_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<RedirectionEntry> getEntries();

} // IoApic
