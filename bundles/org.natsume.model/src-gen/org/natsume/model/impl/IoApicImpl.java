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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.natsume.model.IoApic;
import org.natsume.model.NatsumePackage;
import org.natsume.model.RedirectionEntry;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Io Apic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.IoApicImpl#getIoApicId <em>Io Apic Id</em>}</li>
 *   <li>{@link org.natsume.model.impl.IoApicImpl#getMmioBase <em>Mmio Base</em>}</li>
 *   <li>{@link org.natsume.model.impl.IoApicImpl#getPinCount <em>Pin Count</em>}</li>
 *   <li>{@link org.natsume.model.impl.IoApicImpl#getGsiBase <em>Gsi Base</em>}</li>
 *   <li>{@link org.natsume.model.impl.IoApicImpl#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IoApicImpl extends IdentifiedImpl implements IoApic {
	/**
	 * The default value of the '{@link #getIoApicId() <em>Io Apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIoApicId()
	 * @generated
	 * @ordered
	 */
	protected static final int IO_APIC_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIoApicId() <em>Io Apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIoApicId()
	 * @generated
	 * @ordered
	 */
	protected int ioApicId = IO_APIC_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMmioBase() <em>Mmio Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMmioBase()
	 * @generated
	 * @ordered
	 */
	protected static final long MMIO_BASE_EDEFAULT = 4273995776L;

	/**
	 * The cached value of the '{@link #getMmioBase() <em>Mmio Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMmioBase()
	 * @generated
	 * @ordered
	 */
	protected long mmioBase = MMIO_BASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPinCount() <em>Pin Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPinCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PIN_COUNT_EDEFAULT = 24;

	/**
	 * The cached value of the '{@link #getPinCount() <em>Pin Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPinCount()
	 * @generated
	 * @ordered
	 */
	protected int pinCount = PIN_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getGsiBase() <em>Gsi Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGsiBase()
	 * @generated
	 * @ordered
	 */
	protected static final int GSI_BASE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGsiBase() <em>Gsi Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGsiBase()
	 * @generated
	 * @ordered
	 */
	protected int gsiBase = GSI_BASE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<RedirectionEntry> entries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IoApicImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.IO_APIC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIoApicId() {
		return ioApicId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIoApicId(int newIoApicId) {
		int oldIoApicId = ioApicId;
		ioApicId = newIoApicId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.IO_APIC__IO_APIC_ID, oldIoApicId, ioApicId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMmioBase() {
		return mmioBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMmioBase(long newMmioBase) {
		long oldMmioBase = mmioBase;
		mmioBase = newMmioBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.IO_APIC__MMIO_BASE, oldMmioBase, mmioBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPinCount() {
		return pinCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPinCount(int newPinCount) {
		int oldPinCount = pinCount;
		pinCount = newPinCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.IO_APIC__PIN_COUNT, oldPinCount, pinCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGsiBase() {
		return gsiBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGsiBase(int newGsiBase) {
		int oldGsiBase = gsiBase;
		gsiBase = newGsiBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.IO_APIC__GSI_BASE, oldGsiBase, gsiBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RedirectionEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<RedirectionEntry>(RedirectionEntry.class, this, NatsumePackage.IO_APIC__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NatsumePackage.IO_APIC__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case NatsumePackage.IO_APIC__IO_APIC_ID:
				return getIoApicId();
			case NatsumePackage.IO_APIC__MMIO_BASE:
				return getMmioBase();
			case NatsumePackage.IO_APIC__PIN_COUNT:
				return getPinCount();
			case NatsumePackage.IO_APIC__GSI_BASE:
				return getGsiBase();
			case NatsumePackage.IO_APIC__ENTRIES:
				return getEntries();
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
			case NatsumePackage.IO_APIC__IO_APIC_ID:
				setIoApicId((Integer)newValue);
				return;
			case NatsumePackage.IO_APIC__MMIO_BASE:
				setMmioBase((Long)newValue);
				return;
			case NatsumePackage.IO_APIC__PIN_COUNT:
				setPinCount((Integer)newValue);
				return;
			case NatsumePackage.IO_APIC__GSI_BASE:
				setGsiBase((Integer)newValue);
				return;
			case NatsumePackage.IO_APIC__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends RedirectionEntry>)newValue);
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
			case NatsumePackage.IO_APIC__IO_APIC_ID:
				setIoApicId(IO_APIC_ID_EDEFAULT);
				return;
			case NatsumePackage.IO_APIC__MMIO_BASE:
				setMmioBase(MMIO_BASE_EDEFAULT);
				return;
			case NatsumePackage.IO_APIC__PIN_COUNT:
				setPinCount(PIN_COUNT_EDEFAULT);
				return;
			case NatsumePackage.IO_APIC__GSI_BASE:
				setGsiBase(GSI_BASE_EDEFAULT);
				return;
			case NatsumePackage.IO_APIC__ENTRIES:
				getEntries().clear();
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
			case NatsumePackage.IO_APIC__IO_APIC_ID:
				return ioApicId != IO_APIC_ID_EDEFAULT;
			case NatsumePackage.IO_APIC__MMIO_BASE:
				return mmioBase != MMIO_BASE_EDEFAULT;
			case NatsumePackage.IO_APIC__PIN_COUNT:
				return pinCount != PIN_COUNT_EDEFAULT;
			case NatsumePackage.IO_APIC__GSI_BASE:
				return gsiBase != GSI_BASE_EDEFAULT;
			case NatsumePackage.IO_APIC__ENTRIES:
				return entries != null && !entries.isEmpty();
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
		result.append(" (ioApicId: "); //$NON-NLS-1$
		result.append(ioApicId);
		result.append(", mmioBase: "); //$NON-NLS-1$
		result.append(mmioBase);
		result.append(", pinCount: "); //$NON-NLS-1$
		result.append(pinCount);
		result.append(", gsiBase: "); //$NON-NLS-1$
		result.append(gsiBase);
		result.append(')');
		return result.toString();
	}

} //IoApicImpl
