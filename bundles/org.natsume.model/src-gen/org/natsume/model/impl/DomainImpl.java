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

import org.natsume.model.DeviceAttachment;
import org.natsume.model.Domain;
import org.natsume.model.DomainKind;
import org.natsume.model.GuestType;
import org.natsume.model.KernelProfile;
import org.natsume.model.NatsumePackage;
import org.natsume.model.Vcpu;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.DomainImpl#getDomid <em>Domid</em>}</li>
 *   <li>{@link org.natsume.model.impl.DomainImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.natsume.model.impl.DomainImpl#getGuestType <em>Guest Type</em>}</li>
 *   <li>{@link org.natsume.model.impl.DomainImpl#getMemoryMiB <em>Memory Mi B</em>}</li>
 *   <li>{@link org.natsume.model.impl.DomainImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.natsume.model.impl.DomainImpl#getCap <em>Cap</em>}</li>
 *   <li>{@link org.natsume.model.impl.DomainImpl#getKernelProfile <em>Kernel Profile</em>}</li>
 *   <li>{@link org.natsume.model.impl.DomainImpl#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.natsume.model.impl.DomainImpl#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DomainImpl extends NamedElementImpl implements Domain {
	/**
	 * The default value of the '{@link #getDomid() <em>Domid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomid()
	 * @generated
	 * @ordered
	 */
	protected static final int DOMID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDomid() <em>Domid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomid()
	 * @generated
	 * @ordered
	 */
	protected int domid = DOMID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DomainKind KIND_EDEFAULT = DomainKind.DOMU;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DomainKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuestType() <em>Guest Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestType()
	 * @generated
	 * @ordered
	 */
	protected static final GuestType GUEST_TYPE_EDEFAULT = GuestType.PV;

	/**
	 * The cached value of the '{@link #getGuestType() <em>Guest Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestType()
	 * @generated
	 * @ordered
	 */
	protected GuestType guestType = GUEST_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryMiB() <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMiB()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMORY_MI_B_EDEFAULT = 512;

	/**
	 * The cached value of the '{@link #getMemoryMiB() <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMiB()
	 * @generated
	 * @ordered
	 */
	protected int memoryMiB = MEMORY_MI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final int WEIGHT_EDEFAULT = 256;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected int weight = WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCap() <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCap()
	 * @generated
	 * @ordered
	 */
	protected static final int CAP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCap() <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCap()
	 * @generated
	 * @ordered
	 */
	protected int cap = CAP_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernelProfile() <em>Kernel Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelProfile()
	 * @generated
	 * @ordered
	 */
	protected static final KernelProfile KERNEL_PROFILE_EDEFAULT = KernelProfile.BY_ROLE;

	/**
	 * The cached value of the '{@link #getKernelProfile() <em>Kernel Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelProfile()
	 * @generated
	 * @ordered
	 */
	protected KernelProfile kernelProfile = KERNEL_PROFILE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVcpus() <em>Vcpus</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected EList<Vcpu> vcpus;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachments()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceAttachment> attachments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.DOMAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDomid() {
		return domid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomid(int newDomid) {
		int oldDomid = domid;
		domid = newDomid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DOMAIN__DOMID, oldDomid, domid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DomainKind newKind) {
		DomainKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DOMAIN__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuestType getGuestType() {
		return guestType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestType(GuestType newGuestType) {
		GuestType oldGuestType = guestType;
		guestType = newGuestType == null ? GUEST_TYPE_EDEFAULT : newGuestType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DOMAIN__GUEST_TYPE, oldGuestType, guestType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMemoryMiB() {
		return memoryMiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMiB(int newMemoryMiB) {
		int oldMemoryMiB = memoryMiB;
		memoryMiB = newMemoryMiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DOMAIN__MEMORY_MI_B, oldMemoryMiB, memoryMiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(int newWeight) {
		int oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DOMAIN__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCap() {
		return cap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCap(int newCap) {
		int oldCap = cap;
		cap = newCap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DOMAIN__CAP, oldCap, cap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KernelProfile getKernelProfile() {
		return kernelProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernelProfile(KernelProfile newKernelProfile) {
		KernelProfile oldKernelProfile = kernelProfile;
		kernelProfile = newKernelProfile == null ? KERNEL_PROFILE_EDEFAULT : newKernelProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.DOMAIN__KERNEL_PROFILE, oldKernelProfile, kernelProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Vcpu> getVcpus() {
		if (vcpus == null) {
			vcpus = new EObjectContainmentEList<Vcpu>(Vcpu.class, this, NatsumePackage.DOMAIN__VCPUS);
		}
		return vcpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceAttachment> getAttachments() {
		if (attachments == null) {
			attachments = new EObjectContainmentEList<DeviceAttachment>(DeviceAttachment.class, this, NatsumePackage.DOMAIN__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NatsumePackage.DOMAIN__VCPUS:
				return ((InternalEList<?>)getVcpus()).basicRemove(otherEnd, msgs);
			case NatsumePackage.DOMAIN__ATTACHMENTS:
				return ((InternalEList<?>)getAttachments()).basicRemove(otherEnd, msgs);
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
			case NatsumePackage.DOMAIN__DOMID:
				return getDomid();
			case NatsumePackage.DOMAIN__KIND:
				return getKind();
			case NatsumePackage.DOMAIN__GUEST_TYPE:
				return getGuestType();
			case NatsumePackage.DOMAIN__MEMORY_MI_B:
				return getMemoryMiB();
			case NatsumePackage.DOMAIN__WEIGHT:
				return getWeight();
			case NatsumePackage.DOMAIN__CAP:
				return getCap();
			case NatsumePackage.DOMAIN__KERNEL_PROFILE:
				return getKernelProfile();
			case NatsumePackage.DOMAIN__VCPUS:
				return getVcpus();
			case NatsumePackage.DOMAIN__ATTACHMENTS:
				return getAttachments();
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
			case NatsumePackage.DOMAIN__DOMID:
				setDomid((Integer)newValue);
				return;
			case NatsumePackage.DOMAIN__KIND:
				setKind((DomainKind)newValue);
				return;
			case NatsumePackage.DOMAIN__GUEST_TYPE:
				setGuestType((GuestType)newValue);
				return;
			case NatsumePackage.DOMAIN__MEMORY_MI_B:
				setMemoryMiB((Integer)newValue);
				return;
			case NatsumePackage.DOMAIN__WEIGHT:
				setWeight((Integer)newValue);
				return;
			case NatsumePackage.DOMAIN__CAP:
				setCap((Integer)newValue);
				return;
			case NatsumePackage.DOMAIN__KERNEL_PROFILE:
				setKernelProfile((KernelProfile)newValue);
				return;
			case NatsumePackage.DOMAIN__VCPUS:
				getVcpus().clear();
				getVcpus().addAll((Collection<? extends Vcpu>)newValue);
				return;
			case NatsumePackage.DOMAIN__ATTACHMENTS:
				getAttachments().clear();
				getAttachments().addAll((Collection<? extends DeviceAttachment>)newValue);
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
			case NatsumePackage.DOMAIN__DOMID:
				setDomid(DOMID_EDEFAULT);
				return;
			case NatsumePackage.DOMAIN__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NatsumePackage.DOMAIN__GUEST_TYPE:
				setGuestType(GUEST_TYPE_EDEFAULT);
				return;
			case NatsumePackage.DOMAIN__MEMORY_MI_B:
				setMemoryMiB(MEMORY_MI_B_EDEFAULT);
				return;
			case NatsumePackage.DOMAIN__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case NatsumePackage.DOMAIN__CAP:
				setCap(CAP_EDEFAULT);
				return;
			case NatsumePackage.DOMAIN__KERNEL_PROFILE:
				setKernelProfile(KERNEL_PROFILE_EDEFAULT);
				return;
			case NatsumePackage.DOMAIN__VCPUS:
				getVcpus().clear();
				return;
			case NatsumePackage.DOMAIN__ATTACHMENTS:
				getAttachments().clear();
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
			case NatsumePackage.DOMAIN__DOMID:
				return domid != DOMID_EDEFAULT;
			case NatsumePackage.DOMAIN__KIND:
				return kind != KIND_EDEFAULT;
			case NatsumePackage.DOMAIN__GUEST_TYPE:
				return guestType != GUEST_TYPE_EDEFAULT;
			case NatsumePackage.DOMAIN__MEMORY_MI_B:
				return memoryMiB != MEMORY_MI_B_EDEFAULT;
			case NatsumePackage.DOMAIN__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case NatsumePackage.DOMAIN__CAP:
				return cap != CAP_EDEFAULT;
			case NatsumePackage.DOMAIN__KERNEL_PROFILE:
				return kernelProfile != KERNEL_PROFILE_EDEFAULT;
			case NatsumePackage.DOMAIN__VCPUS:
				return vcpus != null && !vcpus.isEmpty();
			case NatsumePackage.DOMAIN__ATTACHMENTS:
				return attachments != null && !attachments.isEmpty();
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
		result.append(" (domid: "); //$NON-NLS-1$
		result.append(domid);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", guestType: "); //$NON-NLS-1$
		result.append(guestType);
		result.append(", memoryMiB: "); //$NON-NLS-1$
		result.append(memoryMiB);
		result.append(", weight: "); //$NON-NLS-1$
		result.append(weight);
		result.append(", cap: "); //$NON-NLS-1$
		result.append(cap);
		result.append(", kernelProfile: "); //$NON-NLS-1$
		result.append(kernelProfile);
		result.append(')');
		return result.toString();
	}

} //DomainImpl
