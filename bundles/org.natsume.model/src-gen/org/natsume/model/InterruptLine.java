/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interrupt Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A GSI. Its sharers are derived from the functions whose line points here; they are never stored twice (domain.md 4.3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.InterruptLine#getGsi <em>Gsi</em>}</li>
 *   <li>{@link org.natsume.model.InterruptLine#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.natsume.model.InterruptLine#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.natsume.model.InterruptLine#getSharers <em>Sharers</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getInterruptLine()
 * @model
 * @generated
 */
public interface InterruptLine extends Identified {
	/**
	 * Returns the value of the '<em><b>Gsi</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Global System Interrupt number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gsi</em>' attribute.
	 * @see #setGsi(int)
	 * @see org.natsume.model.NatsumePackage#getInterruptLine_Gsi()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Line'"
	 * @generated
	 */
	int getGsi();

	/**
	 * Sets the value of the '{@link org.natsume.model.InterruptLine#getGsi <em>Gsi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gsi</em>' attribute.
	 * @see #getGsi()
	 * @generated
	 */
	void setGsi(int value);

	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The default value is <code>"LEVEL"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.TriggerMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LEVEL for PCI INTx.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see org.natsume.model.TriggerMode
	 * @see #setTrigger(TriggerMode)
	 * @see org.natsume.model.NatsumePackage#getInterruptLine_Trigger()
	 * @model default="LEVEL"
	 *        annotation="http://www.natsume.org/model/edit category='Line'"
	 * @generated
	 */
	TriggerMode getTrigger();

	/**
	 * Sets the value of the '{@link org.natsume.model.InterruptLine#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see org.natsume.model.TriggerMode
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(TriggerMode value);

	/**
	 * Returns the value of the '<em><b>Polarity</b></em>' attribute.
	 * The default value is <code>"LOW"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.Polarity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LOW for PCI INTx.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Polarity</em>' attribute.
	 * @see org.natsume.model.Polarity
	 * @see #setPolarity(Polarity)
	 * @see org.natsume.model.NatsumePackage#getInterruptLine_Polarity()
	 * @model default="LOW"
	 *        annotation="http://www.natsume.org/model/edit category='Line'"
	 * @generated
	 */
	Polarity getPolarity();

	/**
	 * Sets the value of the '{@link org.natsume.model.InterruptLine#getPolarity <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Polarity</em>' attribute.
	 * @see org.natsume.model.Polarity
	 * @see #getPolarity()
	 * @generated
	 */
	void setPolarity(Polarity value);

	/**
	 * Returns the value of the '<em><b>Sharers</b></em>' reference list.
	 * The list contents are of type {@link org.natsume.model.PciFunction}.
	 * It is bidirectional and its opposite is '{@link org.natsume.model.PciFunction#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Functions routed to this GSI (derived; the opposite of PciFunction.line, not serialized).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sharers</em>' reference list.
	 * @see org.natsume.model.NatsumePackage#getInterruptLine_Sharers()
	 * @see org.natsume.model.PciFunction#getLine
	 * @model opposite="line" resolveProxies="false" transient="true"
	 *        annotation="http://www.natsume.org/model/edit category='Line'"
	 * @generated
	 */
	EList<PciFunction> getSharers();

} // InterruptLine
