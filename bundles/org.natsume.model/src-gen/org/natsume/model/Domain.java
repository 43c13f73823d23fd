/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Xen domain (or the bare-metal OS in case 1) (domain.md 2.2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.Domain#getDomid <em>Domid</em>}</li>
 *   <li>{@link org.natsume.model.Domain#getKind <em>Kind</em>}</li>
 *   <li>{@link org.natsume.model.Domain#getGuestType <em>Guest Type</em>}</li>
 *   <li>{@link org.natsume.model.Domain#getMemoryMiB <em>Memory Mi B</em>}</li>
 *   <li>{@link org.natsume.model.Domain#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.natsume.model.Domain#getCap <em>Cap</em>}</li>
 *   <li>{@link org.natsume.model.Domain#getKernelProfile <em>Kernel Profile</em>}</li>
 *   <li>{@link org.natsume.model.Domain#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.natsume.model.Domain#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getDomain()
 * @model
 * @generated
 */
public interface Domain extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Domid</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xen domain id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domid</em>' attribute.
	 * @see #setDomid(int)
	 * @see org.natsume.model.NatsumePackage#getDomain_Domid()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Domain'"
	 * @generated
	 */
	int getDomid();

	/**
	 * Sets the value of the '{@link org.natsume.model.Domain#getDomid <em>Domid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domid</em>' attribute.
	 * @see #getDomid()
	 * @generated
	 */
	void setDomid(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"DOMU"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.DomainKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DOM0, DOMU, RT_VM, or NATIVE (bare-metal OS, no hypervisor).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.natsume.model.DomainKind
	 * @see #setKind(DomainKind)
	 * @see org.natsume.model.NatsumePackage#getDomain_Kind()
	 * @model default="DOMU"
	 *        annotation="http://www.natsume.org/model/edit category='Domain'"
	 * @generated
	 */
	DomainKind getKind();

	/**
	 * Sets the value of the '{@link org.natsume.model.Domain#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.natsume.model.DomainKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DomainKind value);

	/**
	 * Returns the value of the '<em><b>Guest Type</b></em>' attribute.
	 * The default value is <code>"PV"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.GuestType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PV or HVM.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Type</em>' attribute.
	 * @see org.natsume.model.GuestType
	 * @see #setGuestType(GuestType)
	 * @see org.natsume.model.NatsumePackage#getDomain_GuestType()
	 * @model default="PV"
	 *        annotation="http://www.natsume.org/model/edit category='Domain'"
	 * @generated
	 */
	GuestType getGuestType();

	/**
	 * Sets the value of the '{@link org.natsume.model.Domain#getGuestType <em>Guest Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Type</em>' attribute.
	 * @see org.natsume.model.GuestType
	 * @see #getGuestType()
	 * @generated
	 */
	void setGuestType(GuestType value);

	/**
	 * Returns the value of the '<em><b>Memory Mi B</b></em>' attribute.
	 * The default value is <code>"512"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory, MiB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Mi B</em>' attribute.
	 * @see #setMemoryMiB(int)
	 * @see org.natsume.model.NatsumePackage#getDomain_MemoryMiB()
	 * @model default="512"
	 *        annotation="http://www.natsume.org/model/edit category='Domain'"
	 * @generated
	 */
	int getMemoryMiB();

	/**
	 * Sets the value of the '{@link org.natsume.model.Domain#getMemoryMiB <em>Memory Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Mi B</em>' attribute.
	 * @see #getMemoryMiB()
	 * @generated
	 */
	void setMemoryMiB(int value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"256"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Credit weight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(int)
	 * @see org.natsume.model.NatsumePackage#getDomain_Weight()
	 * @model default="256"
	 *        annotation="http://www.natsume.org/model/edit category='Scheduler'"
	 * @generated
	 */
	int getWeight();

	/**
	 * Sets the value of the '{@link org.natsume.model.Domain#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(int value);

	/**
	 * Returns the value of the '<em><b>Cap</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Credit cap in percent of one PCPU; 0 = uncapped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cap</em>' attribute.
	 * @see #setCap(int)
	 * @see org.natsume.model.NatsumePackage#getDomain_Cap()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Scheduler'"
	 * @generated
	 */
	int getCap();

	/**
	 * Sets the value of the '{@link org.natsume.model.Domain#getCap <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cap</em>' attribute.
	 * @see #getCap()
	 * @generated
	 */
	void setCap(int value);

	/**
	 * Returns the value of the '<em><b>Kernel Profile</b></em>' attribute.
	 * The default value is <code>"BY_ROLE"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.KernelProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Linux kernel this OS instance runs; its NIC drivers take their defaults (ITR, interrupt delays, MSI, NAPI) from it (domain.md 0.1, docs/model.md). BY_ROLE, the default of files that do not name one: 2.6.18.8-xen under Xen, Debian 2.6.26-2-686 on bare metal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel Profile</em>' attribute.
	 * @see org.natsume.model.KernelProfile
	 * @see #setKernelProfile(KernelProfile)
	 * @see org.natsume.model.NatsumePackage#getDomain_KernelProfile()
	 * @model default="BY_ROLE"
	 *        annotation="http://www.natsume.org/model/edit category='Kernel'"
	 * @generated
	 */
	KernelProfile getKernelProfile();

	/**
	 * Sets the value of the '{@link org.natsume.model.Domain#getKernelProfile <em>Kernel Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel Profile</em>' attribute.
	 * @see org.natsume.model.KernelProfile
	 * @see #getKernelProfile()
	 * @generated
	 */
	void setKernelProfile(KernelProfile value);

	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.Vcpu}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual CPUs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpus</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getDomain_Vcpus()
	 * @model containment="true"
	 * @generated
	 */
	EList<Vcpu> getVcpus();

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link org.natsume.model.DeviceAttachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Devices this domain uses and how.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see org.natsume.model.NatsumePackage#getDomain_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeviceAttachment> getAttachments();

} // Domain
