/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.natsume.model.DeliveryMode;
import org.natsume.model.DestinationMode;
import org.natsume.model.NatsumePackage;
import org.natsume.model.Polarity;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.TriggerMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Redirection Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.RedirectionEntryImpl#getPin <em>Pin</em>}</li>
 *   <li>{@link org.natsume.model.impl.RedirectionEntryImpl#getVector <em>Vector</em>}</li>
 *   <li>{@link org.natsume.model.impl.RedirectionEntryImpl#getDeliveryMode <em>Delivery Mode</em>}</li>
 *   <li>{@link org.natsume.model.impl.RedirectionEntryImpl#getDestinationMode <em>Destination Mode</em>}</li>
 *   <li>{@link org.natsume.model.impl.RedirectionEntryImpl#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.natsume.model.impl.RedirectionEntryImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.natsume.model.impl.RedirectionEntryImpl#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.natsume.model.impl.RedirectionEntryImpl#isMasked <em>Masked</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RedirectionEntryImpl extends IdentifiedImpl implements RedirectionEntry {
	/**
	 * The default value of the '{@link #getPin() <em>Pin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPin()
	 * @generated
	 * @ordered
	 */
	protected static final int PIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPin() <em>Pin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPin()
	 * @generated
	 * @ordered
	 */
	protected int pin = PIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getVector() <em>Vector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVector()
	 * @generated
	 * @ordered
	 */
	protected static final int VECTOR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVector() <em>Vector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVector()
	 * @generated
	 * @ordered
	 */
	protected int vector = VECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeliveryMode() <em>Delivery Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveryMode()
	 * @generated
	 * @ordered
	 */
	protected static final DeliveryMode DELIVERY_MODE_EDEFAULT = DeliveryMode.LOWEST_PRIORITY;

	/**
	 * The cached value of the '{@link #getDeliveryMode() <em>Delivery Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveryMode()
	 * @generated
	 * @ordered
	 */
	protected DeliveryMode deliveryMode = DELIVERY_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDestinationMode() <em>Destination Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestinationMode()
	 * @generated
	 * @ordered
	 */
	protected static final DestinationMode DESTINATION_MODE_EDEFAULT = DestinationMode.LOGICAL;

	/**
	 * The cached value of the '{@link #getDestinationMode() <em>Destination Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestinationMode()
	 * @generated
	 * @ordered
	 */
	protected DestinationMode destinationMode = DESTINATION_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDestination() <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected static final int DESTINATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDestination() <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected int destination = DESTINATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final TriggerMode TRIGGER_EDEFAULT = TriggerMode.EDGE;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected TriggerMode trigger = TRIGGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected static final Polarity POLARITY_EDEFAULT = Polarity.HIGH;

	/**
	 * The cached value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected Polarity polarity = POLARITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isMasked() <em>Masked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMasked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MASKED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isMasked() <em>Masked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMasked()
	 * @generated
	 * @ordered
	 */
	protected boolean masked = MASKED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RedirectionEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.REDIRECTION_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPin() {
		return pin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPin(int newPin) {
		int oldPin = pin;
		pin = newPin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.REDIRECTION_ENTRY__PIN, oldPin, pin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVector() {
		return vector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVector(int newVector) {
		int oldVector = vector;
		vector = newVector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.REDIRECTION_ENTRY__VECTOR, oldVector, vector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliveryMode getDeliveryMode() {
		return deliveryMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliveryMode(DeliveryMode newDeliveryMode) {
		DeliveryMode oldDeliveryMode = deliveryMode;
		deliveryMode = newDeliveryMode == null ? DELIVERY_MODE_EDEFAULT : newDeliveryMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.REDIRECTION_ENTRY__DELIVERY_MODE, oldDeliveryMode, deliveryMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DestinationMode getDestinationMode() {
		return destinationMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestinationMode(DestinationMode newDestinationMode) {
		DestinationMode oldDestinationMode = destinationMode;
		destinationMode = newDestinationMode == null ? DESTINATION_MODE_EDEFAULT : newDestinationMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.REDIRECTION_ENTRY__DESTINATION_MODE, oldDestinationMode, destinationMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDestination() {
		return destination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestination(int newDestination) {
		int oldDestination = destination;
		destination = newDestination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.REDIRECTION_ENTRY__DESTINATION, oldDestination, destination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TriggerMode getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(TriggerMode newTrigger) {
		TriggerMode oldTrigger = trigger;
		trigger = newTrigger == null ? TRIGGER_EDEFAULT : newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.REDIRECTION_ENTRY__TRIGGER, oldTrigger, trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Polarity getPolarity() {
		return polarity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolarity(Polarity newPolarity) {
		Polarity oldPolarity = polarity;
		polarity = newPolarity == null ? POLARITY_EDEFAULT : newPolarity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.REDIRECTION_ENTRY__POLARITY, oldPolarity, polarity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMasked() {
		return masked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMasked(boolean newMasked) {
		boolean oldMasked = masked;
		masked = newMasked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.REDIRECTION_ENTRY__MASKED, oldMasked, masked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.REDIRECTION_ENTRY__PIN:
				return getPin();
			case NatsumePackage.REDIRECTION_ENTRY__VECTOR:
				return getVector();
			case NatsumePackage.REDIRECTION_ENTRY__DELIVERY_MODE:
				return getDeliveryMode();
			case NatsumePackage.REDIRECTION_ENTRY__DESTINATION_MODE:
				return getDestinationMode();
			case NatsumePackage.REDIRECTION_ENTRY__DESTINATION:
				return getDestination();
			case NatsumePackage.REDIRECTION_ENTRY__TRIGGER:
				return getTrigger();
			case NatsumePackage.REDIRECTION_ENTRY__POLARITY:
				return getPolarity();
			case NatsumePackage.REDIRECTION_ENTRY__MASKED:
				return isMasked();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NatsumePackage.REDIRECTION_ENTRY__PIN:
				setPin((Integer)newValue);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__VECTOR:
				setVector((Integer)newValue);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__DELIVERY_MODE:
				setDeliveryMode((DeliveryMode)newValue);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__DESTINATION_MODE:
				setDestinationMode((DestinationMode)newValue);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__DESTINATION:
				setDestination((Integer)newValue);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__TRIGGER:
				setTrigger((TriggerMode)newValue);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__POLARITY:
				setPolarity((Polarity)newValue);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__MASKED:
				setMasked((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NatsumePackage.REDIRECTION_ENTRY__PIN:
				setPin(PIN_EDEFAULT);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__VECTOR:
				setVector(VECTOR_EDEFAULT);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__DELIVERY_MODE:
				setDeliveryMode(DELIVERY_MODE_EDEFAULT);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__DESTINATION_MODE:
				setDestinationMode(DESTINATION_MODE_EDEFAULT);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__DESTINATION:
				setDestination(DESTINATION_EDEFAULT);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__POLARITY:
				setPolarity(POLARITY_EDEFAULT);
				return;
			case NatsumePackage.REDIRECTION_ENTRY__MASKED:
				setMasked(MASKED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NatsumePackage.REDIRECTION_ENTRY__PIN:
				return pin != PIN_EDEFAULT;
			case NatsumePackage.REDIRECTION_ENTRY__VECTOR:
				return vector != VECTOR_EDEFAULT;
			case NatsumePackage.REDIRECTION_ENTRY__DELIVERY_MODE:
				return deliveryMode != DELIVERY_MODE_EDEFAULT;
			case NatsumePackage.REDIRECTION_ENTRY__DESTINATION_MODE:
				return destinationMode != DESTINATION_MODE_EDEFAULT;
			case NatsumePackage.REDIRECTION_ENTRY__DESTINATION:
				return destination != DESTINATION_EDEFAULT;
			case NatsumePackage.REDIRECTION_ENTRY__TRIGGER:
				return trigger != TRIGGER_EDEFAULT;
			case NatsumePackage.REDIRECTION_ENTRY__POLARITY:
				return polarity != POLARITY_EDEFAULT;
			case NatsumePackage.REDIRECTION_ENTRY__MASKED:
				return masked != MASKED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (pin: "); //$NON-NLS-1$
		result.append(pin);
		result.append(", vector: "); //$NON-NLS-1$
		result.append(vector);
		result.append(", deliveryMode: "); //$NON-NLS-1$
		result.append(deliveryMode);
		result.append(", destinationMode: "); //$NON-NLS-1$
		result.append(destinationMode);
		result.append(", destination: "); //$NON-NLS-1$
		result.append(destination);
		result.append(", trigger: "); //$NON-NLS-1$
		result.append(trigger);
		result.append(", polarity: "); //$NON-NLS-1$
		result.append(polarity);
		result.append(", masked: "); //$NON-NLS-1$
		result.append(masked);
		result.append(')');
		return result.toString();
	}

} //RedirectionEntryImpl
