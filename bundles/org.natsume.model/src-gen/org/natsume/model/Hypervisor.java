/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hypervisor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Xen 3.4.1 plus the Natsume options (domain.md 2.2, 3.2, 3.3, 5.1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.Hypervisor#getVersion <em>Version</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#getScheduler <em>Scheduler</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#getCreditTickMs <em>Credit Tick Ms</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#getCreditTimesliceMs <em>Credit Timeslice Ms</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#getCreditRatelimitUs <em>Credit Ratelimit Us</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#getRoutingPolicy <em>Routing Policy</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#getIoapicTargetPolicy <em>Ioapic Target Policy</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#getAckMethod <em>Ack Method</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#getEoiTimeoutUs <em>Eoi Timeout Us</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#isForcedEoi <em>Forced Eoi</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#getIrqRatelimit <em>Irq Ratelimit</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#getLowestPriorityArbitration <em>Lowest Priority Arbitration</em>}</li>
 *   <li>{@link org.natsume.model.Hypervisor#isIrqAffinityFollowsVcpu <em>Irq Affinity Follows Vcpu</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getHypervisor()
 * @model
 * @generated
 */
public interface Hypervisor extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"3.4.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xen version; behaviour such as forced EOI depends on it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_Version()
	 * @model default="3.4.1"
	 *        annotation="http://www.natsume.org/model/edit category='Hypervisor'"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Scheduler</b></em>' attribute.
	 * The default value is <code>"CREDIT"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.SchedulerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VCPU scheduler.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheduler</em>' attribute.
	 * @see org.natsume.model.SchedulerKind
	 * @see #setScheduler(SchedulerKind)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_Scheduler()
	 * @model default="CREDIT"
	 *        annotation="http://www.natsume.org/model/edit category='Scheduler'"
	 * @generated
	 */
	SchedulerKind getScheduler();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#getScheduler <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduler</em>' attribute.
	 * @see org.natsume.model.SchedulerKind
	 * @see #getScheduler()
	 * @generated
	 */
	void setScheduler(SchedulerKind value);

	/**
	 * Returns the value of the '<em><b>Credit Tick Ms</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Credit scheduler tick, ms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credit Tick Ms</em>' attribute.
	 * @see #setCreditTickMs(int)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_CreditTickMs()
	 * @model default="10"
	 *        annotation="http://www.natsume.org/model/edit category='Scheduler'"
	 * @generated
	 */
	int getCreditTickMs();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#getCreditTickMs <em>Credit Tick Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credit Tick Ms</em>' attribute.
	 * @see #getCreditTickMs()
	 * @generated
	 */
	void setCreditTickMs(int value);

	/**
	 * Returns the value of the '<em><b>Credit Timeslice Ms</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Credit scheduler timeslice, ms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credit Timeslice Ms</em>' attribute.
	 * @see #setCreditTimesliceMs(int)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_CreditTimesliceMs()
	 * @model default="30"
	 *        annotation="http://www.natsume.org/model/edit category='Scheduler'"
	 * @generated
	 */
	int getCreditTimesliceMs();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#getCreditTimesliceMs <em>Credit Timeslice Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credit Timeslice Ms</em>' attribute.
	 * @see #getCreditTimesliceMs()
	 * @generated
	 */
	void setCreditTimesliceMs(int value);

	/**
	 * Returns the value of the '<em><b>Credit Ratelimit Us</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * sched_ratelimit_us, microseconds; 0 = none (3.4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credit Ratelimit Us</em>' attribute.
	 * @see #setCreditRatelimitUs(int)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_CreditRatelimitUs()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Scheduler'"
	 * @generated
	 */
	int getCreditRatelimitUs();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#getCreditRatelimitUs <em>Credit Ratelimit Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credit Ratelimit Us</em>' attribute.
	 * @see #getCreditRatelimitUs()
	 * @generated
	 */
	void setCreditRatelimitUs(int value);

	/**
	 * Returns the value of the '<em><b>Routing Policy</b></em>' attribute.
	 * The default value is <code>"BY_IRQ"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of an installed routing policy (extension point org.natsume.sim.routingPolicies). BY_IRQ: stock Xen notifies every domain bound to the IRQ; BY_BDF: Natsume proposal 2 notifies only the owner of the asserting device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Routing Policy</em>' attribute.
	 * @see #setRoutingPolicy(String)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_RoutingPolicy()
	 * @model default="BY_IRQ"
	 *        annotation="http://www.natsume.org/model/edit category='Natsume'"
	 * @generated
	 */
	String getRoutingPolicy();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#getRoutingPolicy <em>Routing Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing Policy</em>' attribute.
	 * @see #getRoutingPolicy()
	 * @generated
	 */
	void setRoutingPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Ioapic Target Policy</b></em>' attribute.
	 * The default value is <code>"XEN_DEFAULT"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.IoApicTargetPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * XEN_DEFAULT: flat logical lowest-priority; PIN_TO_RTVM_CPU: Natsume proposal 1, fixed physical to the RT-VM's PCPU.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ioapic Target Policy</em>' attribute.
	 * @see org.natsume.model.IoApicTargetPolicy
	 * @see #setIoapicTargetPolicy(IoApicTargetPolicy)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_IoapicTargetPolicy()
	 * @model default="XEN_DEFAULT"
	 *        annotation="http://www.natsume.org/model/edit category='Natsume'"
	 * @generated
	 */
	IoApicTargetPolicy getIoapicTargetPolicy();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#getIoapicTargetPolicy <em>Ioapic Target Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ioapic Target Policy</em>' attribute.
	 * @see org.natsume.model.IoApicTargetPolicy
	 * @see #getIoapicTargetPolicy()
	 * @generated
	 */
	void setIoapicTargetPolicy(IoApicTargetPolicy value);

	/**
	 * Returns the value of the '<em><b>Ack Method</b></em>' attribute.
	 * The default value is <code>"NEW"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.AckMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ioapic_ack: NEW defers the LAPIC EOI; OLD masks the pin and EOIs early.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ack Method</em>' attribute.
	 * @see org.natsume.model.AckMethod
	 * @see #setAckMethod(AckMethod)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_AckMethod()
	 * @model default="NEW"
	 *        annotation="http://www.natsume.org/model/edit category='Interrupts'"
	 * @generated
	 */
	AckMethod getAckMethod();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#getAckMethod <em>Ack Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ack Method</em>' attribute.
	 * @see org.natsume.model.AckMethod
	 * @see #getAckMethod()
	 * @generated
	 */
	void setAckMethod(AckMethod value);

	/**
	 * Returns the value of the '<em><b>Eoi Timeout Us</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest EOI timeout, microseconds (1 ms).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eoi Timeout Us</em>' attribute.
	 * @see #setEoiTimeoutUs(int)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_EoiTimeoutUs()
	 * @model default="1000"
	 *        annotation="http://www.natsume.org/model/edit category='Interrupts'"
	 * @generated
	 */
	int getEoiTimeoutUs();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#getEoiTimeoutUs <em>Eoi Timeout Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eoi Timeout Us</em>' attribute.
	 * @see #getEoiTimeoutUs()
	 * @generated
	 */
	void setEoiTimeoutUs(int value);

	/**
	 * Returns the value of the '<em><b>Forced Eoi</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xen 4.1+: force the EOI of every guest-bound IRQ after eoiTimeoutUs; 3.4 only for the edge case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forced Eoi</em>' attribute.
	 * @see #setForcedEoi(boolean)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_ForcedEoi()
	 * @model default="false"
	 *        annotation="http://www.natsume.org/model/edit category='Interrupts'"
	 * @generated
	 */
	boolean isForcedEoi();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#isForcedEoi <em>Forced Eoi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forced Eoi</em>' attribute.
	 * @see #isForcedEoi()
	 * @generated
	 */
	void setForcedEoi(boolean value);

	/**
	 * Returns the value of the '<em><b>Irq Ratelimit</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IRQs per 10 ms before Xen masks the line (Xen 4.0+ default 10000); 0 = off (3.4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irq Ratelimit</em>' attribute.
	 * @see #setIrqRatelimit(int)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_IrqRatelimit()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Interrupts'"
	 * @generated
	 */
	int getIrqRatelimit();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#getIrqRatelimit <em>Irq Ratelimit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq Ratelimit</em>' attribute.
	 * @see #getIrqRatelimit()
	 * @generated
	 */
	void setIrqRatelimit(int value);

	/**
	 * Returns the value of the '<em><b>Lowest Priority Arbitration</b></em>' attribute.
	 * The default value is <code>"FIRST_IN_MASK"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.LowestPriorityArbitration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How a lowest-priority message picks its CPU (chipset specific).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lowest Priority Arbitration</em>' attribute.
	 * @see org.natsume.model.LowestPriorityArbitration
	 * @see #setLowestPriorityArbitration(LowestPriorityArbitration)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_LowestPriorityArbitration()
	 * @model default="FIRST_IN_MASK"
	 *        annotation="http://www.natsume.org/model/edit category='Interrupts'"
	 * @generated
	 */
	LowestPriorityArbitration getLowestPriorityArbitration();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#getLowestPriorityArbitration <em>Lowest Priority Arbitration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lowest Priority Arbitration</em>' attribute.
	 * @see org.natsume.model.LowestPriorityArbitration
	 * @see #getLowestPriorityArbitration()
	 * @generated
	 */
	void setLowestPriorityArbitration(LowestPriorityArbitration value);

	/**
	 * Returns the value of the '<em><b>Irq Affinity Follows Vcpu</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xen 4.1+: the IRQ follows the notify VCPU; 3.4 keeps the first binder's CPU.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irq Affinity Follows Vcpu</em>' attribute.
	 * @see #setIrqAffinityFollowsVcpu(boolean)
	 * @see org.natsume.model.NatsumePackage#getHypervisor_IrqAffinityFollowsVcpu()
	 * @model default="false"
	 *        annotation="http://www.natsume.org/model/edit category='Interrupts'"
	 * @generated
	 */
	boolean isIrqAffinityFollowsVcpu();

	/**
	 * Sets the value of the '{@link org.natsume.model.Hypervisor#isIrqAffinityFollowsVcpu <em>Irq Affinity Follows Vcpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq Affinity Follows Vcpu</em>' attribute.
	 * @see #isIrqAffinityFollowsVcpu()
	 * @generated
	 */
	void setIrqAffinityFollowsVcpu(boolean value);

} // Hypervisor
