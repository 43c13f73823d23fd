/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pci Bridge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * PCI-to-PCI bridge; its secondary bus lies behind it (e.g. the ICH bridge 00:1e.0 with bus 05).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.PciBridge#getSecondaryBus <em>Secondary Bus</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getPciBridge()
 * @model
 * @generated
 */
public interface PciBridge extends PciFunction {
	/**
	 * Returns the value of the '<em><b>Secondary Bus</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bus behind the bridge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secondary Bus</em>' containment reference.
	 * @see #setSecondaryBus(PciBus)
	 * @see org.natsume.model.NatsumePackage#getPciBridge_SecondaryBus()
	 * @model containment="true"
	 * @generated
	 */
	PciBus getSecondaryBus();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciBridge#getSecondaryBus <em>Secondary Bus</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secondary Bus</em>' containment reference.
	 * @see #getSecondaryBus()
	 * @generated
	 */
	void setSecondaryBus(PciBus value);

} // PciBridge
