/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Redirection Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * IOREDTBL[pin]: how a pin assertion becomes an APIC message (domain.md 4.1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.RedirectionEntry#getPin <em>Pin</em>}</li>
 *   <li>{@link org.natsume.model.RedirectionEntry#getVector <em>Vector</em>}</li>
 *   <li>{@link org.natsume.model.RedirectionEntry#getDeliveryMode <em>Delivery Mode</em>}</li>
 *   <li>{@link org.natsume.model.RedirectionEntry#getDestinationMode <em>Destination Mode</em>}</li>
 *   <li>{@link org.natsume.model.RedirectionEntry#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.natsume.model.RedirectionEntry#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.natsume.model.RedirectionEntry#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.natsume.model.RedirectionEntry#isMasked <em>Masked</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getRedirectionEntry()
 * @model
 * @generated
 */
public interface RedirectionEntry extends Identified {
	/**
	 * Returns the value of the '<em><b>Pin</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pin number, 0..pinCount-1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pin</em>' attribute.
	 * @see #setPin(int)
	 * @see org.natsume.model.NatsumePackage#getRedirectionEntry_Pin()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Entry'"
	 * @generated
	 */
	int getPin();

	/**
	 * Sets the value of the '{@link org.natsume.model.RedirectionEntry#getPin <em>Pin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pin</em>' attribute.
	 * @see #getPin()
	 * @generated
	 */
	void setPin(int value);

	/**
	 * Returns the value of the '<em><b>Vector</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interrupt vector 0x10-0xFE (0 = not programmed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vector</em>' attribute.
	 * @see #setVector(int)
	 * @see org.natsume.model.NatsumePackage#getRedirectionEntry_Vector()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Entry'"
	 * @generated
	 */
	int getVector();

	/**
	 * Sets the value of the '{@link org.natsume.model.RedirectionEntry#getVector <em>Vector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vector</em>' attribute.
	 * @see #getVector()
	 * @generated
	 */
	void setVector(int value);

	/**
	 * Returns the value of the '<em><b>Delivery Mode</b></em>' attribute.
	 * The default value is <code>"LOWEST_PRIORITY"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.DeliveryMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bits 10:8.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delivery Mode</em>' attribute.
	 * @see org.natsume.model.DeliveryMode
	 * @see #setDeliveryMode(DeliveryMode)
	 * @see org.natsume.model.NatsumePackage#getRedirectionEntry_DeliveryMode()
	 * @model default="LOWEST_PRIORITY"
	 *        annotation="http://www.natsume.org/model/edit category='Entry'"
	 * @generated
	 */
	DeliveryMode getDeliveryMode();

	/**
	 * Sets the value of the '{@link org.natsume.model.RedirectionEntry#getDeliveryMode <em>Delivery Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivery Mode</em>' attribute.
	 * @see org.natsume.model.DeliveryMode
	 * @see #getDeliveryMode()
	 * @generated
	 */
	void setDeliveryMode(DeliveryMode value);

	/**
	 * Returns the value of the '<em><b>Destination Mode</b></em>' attribute.
	 * The default value is <code>"LOGICAL"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.DestinationMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bit 11: physical (APIC ID) or logical (CPU bitmask in flat mode).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destination Mode</em>' attribute.
	 * @see org.natsume.model.DestinationMode
	 * @see #setDestinationMode(DestinationMode)
	 * @see org.natsume.model.NatsumePackage#getRedirectionEntry_DestinationMode()
	 * @model default="LOGICAL"
	 *        annotation="http://www.natsume.org/model/edit category='Entry'"
	 * @generated
	 */
	DestinationMode getDestinationMode();

	/**
	 * Sets the value of the '{@link org.natsume.model.RedirectionEntry#getDestinationMode <em>Destination Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination Mode</em>' attribute.
	 * @see org.natsume.model.DestinationMode
	 * @see #getDestinationMode()
	 * @generated
	 */
	void setDestinationMode(DestinationMode value);

	/**
	 * Returns the value of the '<em><b>Destination</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bits 63:56: APIC ID (physical) or CPU bitmask (logical).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destination</em>' attribute.
	 * @see #setDestination(int)
	 * @see org.natsume.model.NatsumePackage#getRedirectionEntry_Destination()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Entry'"
	 * @generated
	 */
	int getDestination();

	/**
	 * Sets the value of the '{@link org.natsume.model.RedirectionEntry#getDestination <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination</em>' attribute.
	 * @see #getDestination()
	 * @generated
	 */
	void setDestination(int value);

	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The default value is <code>"EDGE"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.TriggerMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bit 15: edge or level (PCI INTx: level).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see org.natsume.model.TriggerMode
	 * @see #setTrigger(TriggerMode)
	 * @see org.natsume.model.NatsumePackage#getRedirectionEntry_Trigger()
	 * @model default="EDGE"
	 *        annotation="http://www.natsume.org/model/edit category='Entry'"
	 * @generated
	 */
	TriggerMode getTrigger();

	/**
	 * Sets the value of the '{@link org.natsume.model.RedirectionEntry#getTrigger <em>Trigger</em>}' attribute.
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
	 * The default value is <code>"HIGH"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.Polarity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bit 13: active high or low (PCI INTx: low).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Polarity</em>' attribute.
	 * @see org.natsume.model.Polarity
	 * @see #setPolarity(Polarity)
	 * @see org.natsume.model.NatsumePackage#getRedirectionEntry_Polarity()
	 * @model default="HIGH"
	 *        annotation="http://www.natsume.org/model/edit category='Entry'"
	 * @generated
	 */
	Polarity getPolarity();

	/**
	 * Sets the value of the '{@link org.natsume.model.RedirectionEntry#getPolarity <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Polarity</em>' attribute.
	 * @see org.natsume.model.Polarity
	 * @see #getPolarity()
	 * @generated
	 */
	void setPolarity(Polarity value);

	/**
	 * Returns the value of the '<em><b>Masked</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bit 16: masked pins deliver nothing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Masked</em>' attribute.
	 * @see #setMasked(boolean)
	 * @see org.natsume.model.NatsumePackage#getRedirectionEntry_Masked()
	 * @model default="true"
	 *        annotation="http://www.natsume.org/model/edit category='Entry'"
	 * @generated
	 */
	boolean isMasked();

	/**
	 * Sets the value of the '{@link org.natsume.model.RedirectionEntry#isMasked <em>Masked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masked</em>' attribute.
	 * @see #isMasked()
	 * @generated
	 */
	void setMasked(boolean value);

} // RedirectionEntry
