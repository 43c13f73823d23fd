/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.natsume.model.InterruptLine;
import org.natsume.model.NatsumePackage;
import org.natsume.model.PciFunction;
import org.natsume.model.Polarity;
import org.natsume.model.TriggerMode;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interrupt Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.InterruptLineImpl#getGsi <em>Gsi</em>}</li>
 *   <li>{@link org.natsume.model.impl.InterruptLineImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.natsume.model.impl.InterruptLineImpl#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.natsume.model.impl.InterruptLineImpl#getSharers <em>Sharers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterruptLineImpl extends IdentifiedImpl implements InterruptLine {
	/**
	 * The default value of the '{@link #getGsi() <em>Gsi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGsi()
	 * @generated
	 * @ordered
	 */
	protected static final int GSI_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGsi() <em>Gsi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGsi()
	 * @generated
	 * @ordered
	 */
	protected int gsi = GSI_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final TriggerMode TRIGGER_EDEFAULT = TriggerMode.LEVEL;

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
	protected static final Polarity POLARITY_EDEFAULT = Polarity.LOW;

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
	 * The cached value of the '{@link #getSharers() <em>Sharers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharers()
	 * @generated
	 * @ordered
	 */
	protected EList<PciFunction> sharers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterruptLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.INTERRUPT_LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGsi() {
		return gsi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGsi(int newGsi) {
		int oldGsi = gsi;
		gsi = newGsi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.INTERRUPT_LINE__GSI, oldGsi, gsi));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.INTERRUPT_LINE__TRIGGER, oldTrigger, trigger));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.INTERRUPT_LINE__POLARITY, oldPolarity, polarity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PciFunction> getSharers() {
		if (sharers == null) {
			sharers = new EObjectWithInverseEList<PciFunction>(PciFunction.class, this, NatsumePackage.INTERRUPT_LINE__SHARERS, NatsumePackage.PCI_FUNCTION__LINE);
		}
		return sharers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NatsumePackage.INTERRUPT_LINE__SHARERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSharers()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NatsumePackage.INTERRUPT_LINE__SHARERS:
				return ((InternalEList<?>)getSharers()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.INTERRUPT_LINE__GSI:
				return getGsi();
			case NatsumePackage.INTERRUPT_LINE__TRIGGER:
				return getTrigger();
			case NatsumePackage.INTERRUPT_LINE__POLARITY:
				return getPolarity();
			case NatsumePackage.INTERRUPT_LINE__SHARERS:
				return getSharers();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NatsumePackage.INTERRUPT_LINE__GSI:
				setGsi((Integer)newValue);
				return;
			case NatsumePackage.INTERRUPT_LINE__TRIGGER:
				setTrigger((TriggerMode)newValue);
				return;
			case NatsumePackage.INTERRUPT_LINE__POLARITY:
				setPolarity((Polarity)newValue);
				return;
			case NatsumePackage.INTERRUPT_LINE__SHARERS:
				getSharers().clear();
				getSharers().addAll((Collection<? extends PciFunction>)newValue);
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
			case NatsumePackage.INTERRUPT_LINE__GSI:
				setGsi(GSI_EDEFAULT);
				return;
			case NatsumePackage.INTERRUPT_LINE__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case NatsumePackage.INTERRUPT_LINE__POLARITY:
				setPolarity(POLARITY_EDEFAULT);
				return;
			case NatsumePackage.INTERRUPT_LINE__SHARERS:
				getSharers().clear();
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
			case NatsumePackage.INTERRUPT_LINE__GSI:
				return gsi != GSI_EDEFAULT;
			case NatsumePackage.INTERRUPT_LINE__TRIGGER:
				return trigger != TRIGGER_EDEFAULT;
			case NatsumePackage.INTERRUPT_LINE__POLARITY:
				return polarity != POLARITY_EDEFAULT;
			case NatsumePackage.INTERRUPT_LINE__SHARERS:
				return sharers != null && !sharers.isEmpty();
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
		result.append(" (gsi: "); //$NON-NLS-1$
		result.append(gsi);
		result.append(", trigger: "); //$NON-NLS-1$
		result.append(trigger);
		result.append(", polarity: "); //$NON-NLS-1$
		result.append(polarity);
		result.append(')');
		return result.toString();
	}

} //InterruptLineImpl
