/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.natsume.model.AckMethod;
import org.natsume.model.Hypervisor;
import org.natsume.model.IoApicTargetPolicy;
import org.natsume.model.LowestPriorityArbitration;
import org.natsume.model.NatsumePackage;
import org.natsume.model.SchedulerKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hypervisor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#getScheduler <em>Scheduler</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#getCreditTickMs <em>Credit Tick Ms</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#getCreditTimesliceMs <em>Credit Timeslice Ms</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#getCreditRatelimitUs <em>Credit Ratelimit Us</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#getRoutingPolicy <em>Routing Policy</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#getIoapicTargetPolicy <em>Ioapic Target Policy</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#getAckMethod <em>Ack Method</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#getEoiTimeoutUs <em>Eoi Timeout Us</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#isForcedEoi <em>Forced Eoi</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#getIrqRatelimit <em>Irq Ratelimit</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#getLowestPriorityArbitration <em>Lowest Priority Arbitration</em>}</li>
 *   <li>{@link org.natsume.model.impl.HypervisorImpl#isIrqAffinityFollowsVcpu <em>Irq Affinity Follows Vcpu</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HypervisorImpl extends NamedElementImpl implements Hypervisor {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = "3.4.1"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getScheduler() <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduler()
	 * @generated
	 * @ordered
	 */
	protected static final SchedulerKind SCHEDULER_EDEFAULT = SchedulerKind.CREDIT;

	/**
	 * The cached value of the '{@link #getScheduler() <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduler()
	 * @generated
	 * @ordered
	 */
	protected SchedulerKind scheduler = SCHEDULER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreditTickMs() <em>Credit Tick Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditTickMs()
	 * @generated
	 * @ordered
	 */
	protected static final int CREDIT_TICK_MS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getCreditTickMs() <em>Credit Tick Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditTickMs()
	 * @generated
	 * @ordered
	 */
	protected int creditTickMs = CREDIT_TICK_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreditTimesliceMs() <em>Credit Timeslice Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditTimesliceMs()
	 * @generated
	 * @ordered
	 */
	protected static final int CREDIT_TIMESLICE_MS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getCreditTimesliceMs() <em>Credit Timeslice Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditTimesliceMs()
	 * @generated
	 * @ordered
	 */
	protected int creditTimesliceMs = CREDIT_TIMESLICE_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreditRatelimitUs() <em>Credit Ratelimit Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditRatelimitUs()
	 * @generated
	 * @ordered
	 */
	protected static final int CREDIT_RATELIMIT_US_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCreditRatelimitUs() <em>Credit Ratelimit Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditRatelimitUs()
	 * @generated
	 * @ordered
	 */
	protected int creditRatelimitUs = CREDIT_RATELIMIT_US_EDEFAULT;

	/**
	 * The default value of the '{@link #getRoutingPolicy() <em>Routing Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoutingPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String ROUTING_POLICY_EDEFAULT = "BY_IRQ"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getRoutingPolicy() <em>Routing Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoutingPolicy()
	 * @generated
	 * @ordered
	 */
	protected String routingPolicy = ROUTING_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getIoapicTargetPolicy() <em>Ioapic Target Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIoapicTargetPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final IoApicTargetPolicy IOAPIC_TARGET_POLICY_EDEFAULT = IoApicTargetPolicy.XEN_DEFAULT;

	/**
	 * The cached value of the '{@link #getIoapicTargetPolicy() <em>Ioapic Target Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIoapicTargetPolicy()
	 * @generated
	 * @ordered
	 */
	protected IoApicTargetPolicy ioapicTargetPolicy = IOAPIC_TARGET_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAckMethod() <em>Ack Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAckMethod()
	 * @generated
	 * @ordered
	 */
	protected static final AckMethod ACK_METHOD_EDEFAULT = AckMethod.NEW;

	/**
	 * The cached value of the '{@link #getAckMethod() <em>Ack Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAckMethod()
	 * @generated
	 * @ordered
	 */
	protected AckMethod ackMethod = ACK_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getEoiTimeoutUs() <em>Eoi Timeout Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEoiTimeoutUs()
	 * @generated
	 * @ordered
	 */
	protected static final int EOI_TIMEOUT_US_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getEoiTimeoutUs() <em>Eoi Timeout Us</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEoiTimeoutUs()
	 * @generated
	 * @ordered
	 */
	protected int eoiTimeoutUs = EOI_TIMEOUT_US_EDEFAULT;

	/**
	 * The default value of the '{@link #isForcedEoi() <em>Forced Eoi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isForcedEoi()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FORCED_EOI_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isForcedEoi() <em>Forced Eoi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isForcedEoi()
	 * @generated
	 * @ordered
	 */
	protected boolean forcedEoi = FORCED_EOI_EDEFAULT;

	/**
	 * The default value of the '{@link #getIrqRatelimit() <em>Irq Ratelimit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqRatelimit()
	 * @generated
	 * @ordered
	 */
	protected static final int IRQ_RATELIMIT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIrqRatelimit() <em>Irq Ratelimit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrqRatelimit()
	 * @generated
	 * @ordered
	 */
	protected int irqRatelimit = IRQ_RATELIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLowestPriorityArbitration() <em>Lowest Priority Arbitration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowestPriorityArbitration()
	 * @generated
	 * @ordered
	 */
	protected static final LowestPriorityArbitration LOWEST_PRIORITY_ARBITRATION_EDEFAULT = LowestPriorityArbitration.FIRST_IN_MASK;

	/**
	 * The cached value of the '{@link #getLowestPriorityArbitration() <em>Lowest Priority Arbitration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowestPriorityArbitration()
	 * @generated
	 * @ordered
	 */
	protected LowestPriorityArbitration lowestPriorityArbitration = LOWEST_PRIORITY_ARBITRATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isIrqAffinityFollowsVcpu() <em>Irq Affinity Follows Vcpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIrqAffinityFollowsVcpu()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IRQ_AFFINITY_FOLLOWS_VCPU_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIrqAffinityFollowsVcpu() <em>Irq Affinity Follows Vcpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIrqAffinityFollowsVcpu()
	 * @generated
	 * @ordered
	 */
	protected boolean irqAffinityFollowsVcpu = IRQ_AFFINITY_FOLLOWS_VCPU_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HypervisorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.HYPERVISOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SchedulerKind getScheduler() {
		return scheduler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduler(SchedulerKind newScheduler) {
		SchedulerKind oldScheduler = scheduler;
		scheduler = newScheduler == null ? SCHEDULER_EDEFAULT : newScheduler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__SCHEDULER, oldScheduler, scheduler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCreditTickMs() {
		return creditTickMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreditTickMs(int newCreditTickMs) {
		int oldCreditTickMs = creditTickMs;
		creditTickMs = newCreditTickMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__CREDIT_TICK_MS, oldCreditTickMs, creditTickMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCreditTimesliceMs() {
		return creditTimesliceMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreditTimesliceMs(int newCreditTimesliceMs) {
		int oldCreditTimesliceMs = creditTimesliceMs;
		creditTimesliceMs = newCreditTimesliceMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__CREDIT_TIMESLICE_MS, oldCreditTimesliceMs, creditTimesliceMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCreditRatelimitUs() {
		return creditRatelimitUs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreditRatelimitUs(int newCreditRatelimitUs) {
		int oldCreditRatelimitUs = creditRatelimitUs;
		creditRatelimitUs = newCreditRatelimitUs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__CREDIT_RATELIMIT_US, oldCreditRatelimitUs, creditRatelimitUs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRoutingPolicy() {
		return routingPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoutingPolicy(String newRoutingPolicy) {
		String oldRoutingPolicy = routingPolicy;
		routingPolicy = newRoutingPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__ROUTING_POLICY, oldRoutingPolicy, routingPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IoApicTargetPolicy getIoapicTargetPolicy() {
		return ioapicTargetPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIoapicTargetPolicy(IoApicTargetPolicy newIoapicTargetPolicy) {
		IoApicTargetPolicy oldIoapicTargetPolicy = ioapicTargetPolicy;
		ioapicTargetPolicy = newIoapicTargetPolicy == null ? IOAPIC_TARGET_POLICY_EDEFAULT : newIoapicTargetPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__IOAPIC_TARGET_POLICY, oldIoapicTargetPolicy, ioapicTargetPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AckMethod getAckMethod() {
		return ackMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAckMethod(AckMethod newAckMethod) {
		AckMethod oldAckMethod = ackMethod;
		ackMethod = newAckMethod == null ? ACK_METHOD_EDEFAULT : newAckMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__ACK_METHOD, oldAckMethod, ackMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEoiTimeoutUs() {
		return eoiTimeoutUs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEoiTimeoutUs(int newEoiTimeoutUs) {
		int oldEoiTimeoutUs = eoiTimeoutUs;
		eoiTimeoutUs = newEoiTimeoutUs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__EOI_TIMEOUT_US, oldEoiTimeoutUs, eoiTimeoutUs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isForcedEoi() {
		return forcedEoi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForcedEoi(boolean newForcedEoi) {
		boolean oldForcedEoi = forcedEoi;
		forcedEoi = newForcedEoi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__FORCED_EOI, oldForcedEoi, forcedEoi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIrqRatelimit() {
		return irqRatelimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrqRatelimit(int newIrqRatelimit) {
		int oldIrqRatelimit = irqRatelimit;
		irqRatelimit = newIrqRatelimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__IRQ_RATELIMIT, oldIrqRatelimit, irqRatelimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LowestPriorityArbitration getLowestPriorityArbitration() {
		return lowestPriorityArbitration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowestPriorityArbitration(LowestPriorityArbitration newLowestPriorityArbitration) {
		LowestPriorityArbitration oldLowestPriorityArbitration = lowestPriorityArbitration;
		lowestPriorityArbitration = newLowestPriorityArbitration == null ? LOWEST_PRIORITY_ARBITRATION_EDEFAULT : newLowestPriorityArbitration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__LOWEST_PRIORITY_ARBITRATION, oldLowestPriorityArbitration, lowestPriorityArbitration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIrqAffinityFollowsVcpu() {
		return irqAffinityFollowsVcpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrqAffinityFollowsVcpu(boolean newIrqAffinityFollowsVcpu) {
		boolean oldIrqAffinityFollowsVcpu = irqAffinityFollowsVcpu;
		irqAffinityFollowsVcpu = newIrqAffinityFollowsVcpu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.HYPERVISOR__IRQ_AFFINITY_FOLLOWS_VCPU, oldIrqAffinityFollowsVcpu, irqAffinityFollowsVcpu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.HYPERVISOR__VERSION:
				return getVersion();
			case NatsumePackage.HYPERVISOR__SCHEDULER:
				return getScheduler();
			case NatsumePackage.HYPERVISOR__CREDIT_TICK_MS:
				return getCreditTickMs();
			case NatsumePackage.HYPERVISOR__CREDIT_TIMESLICE_MS:
				return getCreditTimesliceMs();
			case NatsumePackage.HYPERVISOR__CREDIT_RATELIMIT_US:
				return getCreditRatelimitUs();
			case NatsumePackage.HYPERVISOR__ROUTING_POLICY:
				return getRoutingPolicy();
			case NatsumePackage.HYPERVISOR__IOAPIC_TARGET_POLICY:
				return getIoapicTargetPolicy();
			case NatsumePackage.HYPERVISOR__ACK_METHOD:
				return getAckMethod();
			case NatsumePackage.HYPERVISOR__EOI_TIMEOUT_US:
				return getEoiTimeoutUs();
			case NatsumePackage.HYPERVISOR__FORCED_EOI:
				return isForcedEoi();
			case NatsumePackage.HYPERVISOR__IRQ_RATELIMIT:
				return getIrqRatelimit();
			case NatsumePackage.HYPERVISOR__LOWEST_PRIORITY_ARBITRATION:
				return getLowestPriorityArbitration();
			case NatsumePackage.HYPERVISOR__IRQ_AFFINITY_FOLLOWS_VCPU:
				return isIrqAffinityFollowsVcpu();
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
			case NatsumePackage.HYPERVISOR__VERSION:
				setVersion((String)newValue);
				return;
			case NatsumePackage.HYPERVISOR__SCHEDULER:
				setScheduler((SchedulerKind)newValue);
				return;
			case NatsumePackage.HYPERVISOR__CREDIT_TICK_MS:
				setCreditTickMs((Integer)newValue);
				return;
			case NatsumePackage.HYPERVISOR__CREDIT_TIMESLICE_MS:
				setCreditTimesliceMs((Integer)newValue);
				return;
			case NatsumePackage.HYPERVISOR__CREDIT_RATELIMIT_US:
				setCreditRatelimitUs((Integer)newValue);
				return;
			case NatsumePackage.HYPERVISOR__ROUTING_POLICY:
				setRoutingPolicy((String)newValue);
				return;
			case NatsumePackage.HYPERVISOR__IOAPIC_TARGET_POLICY:
				setIoapicTargetPolicy((IoApicTargetPolicy)newValue);
				return;
			case NatsumePackage.HYPERVISOR__ACK_METHOD:
				setAckMethod((AckMethod)newValue);
				return;
			case NatsumePackage.HYPERVISOR__EOI_TIMEOUT_US:
				setEoiTimeoutUs((Integer)newValue);
				return;
			case NatsumePackage.HYPERVISOR__FORCED_EOI:
				setForcedEoi((Boolean)newValue);
				return;
			case NatsumePackage.HYPERVISOR__IRQ_RATELIMIT:
				setIrqRatelimit((Integer)newValue);
				return;
			case NatsumePackage.HYPERVISOR__LOWEST_PRIORITY_ARBITRATION:
				setLowestPriorityArbitration((LowestPriorityArbitration)newValue);
				return;
			case NatsumePackage.HYPERVISOR__IRQ_AFFINITY_FOLLOWS_VCPU:
				setIrqAffinityFollowsVcpu((Boolean)newValue);
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
			case NatsumePackage.HYPERVISOR__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__SCHEDULER:
				setScheduler(SCHEDULER_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__CREDIT_TICK_MS:
				setCreditTickMs(CREDIT_TICK_MS_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__CREDIT_TIMESLICE_MS:
				setCreditTimesliceMs(CREDIT_TIMESLICE_MS_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__CREDIT_RATELIMIT_US:
				setCreditRatelimitUs(CREDIT_RATELIMIT_US_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__ROUTING_POLICY:
				setRoutingPolicy(ROUTING_POLICY_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__IOAPIC_TARGET_POLICY:
				setIoapicTargetPolicy(IOAPIC_TARGET_POLICY_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__ACK_METHOD:
				setAckMethod(ACK_METHOD_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__EOI_TIMEOUT_US:
				setEoiTimeoutUs(EOI_TIMEOUT_US_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__FORCED_EOI:
				setForcedEoi(FORCED_EOI_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__IRQ_RATELIMIT:
				setIrqRatelimit(IRQ_RATELIMIT_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__LOWEST_PRIORITY_ARBITRATION:
				setLowestPriorityArbitration(LOWEST_PRIORITY_ARBITRATION_EDEFAULT);
				return;
			case NatsumePackage.HYPERVISOR__IRQ_AFFINITY_FOLLOWS_VCPU:
				setIrqAffinityFollowsVcpu(IRQ_AFFINITY_FOLLOWS_VCPU_EDEFAULT);
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
			case NatsumePackage.HYPERVISOR__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case NatsumePackage.HYPERVISOR__SCHEDULER:
				return scheduler != SCHEDULER_EDEFAULT;
			case NatsumePackage.HYPERVISOR__CREDIT_TICK_MS:
				return creditTickMs != CREDIT_TICK_MS_EDEFAULT;
			case NatsumePackage.HYPERVISOR__CREDIT_TIMESLICE_MS:
				return creditTimesliceMs != CREDIT_TIMESLICE_MS_EDEFAULT;
			case NatsumePackage.HYPERVISOR__CREDIT_RATELIMIT_US:
				return creditRatelimitUs != CREDIT_RATELIMIT_US_EDEFAULT;
			case NatsumePackage.HYPERVISOR__ROUTING_POLICY:
				return ROUTING_POLICY_EDEFAULT == null ? routingPolicy != null : !ROUTING_POLICY_EDEFAULT.equals(routingPolicy);
			case NatsumePackage.HYPERVISOR__IOAPIC_TARGET_POLICY:
				return ioapicTargetPolicy != IOAPIC_TARGET_POLICY_EDEFAULT;
			case NatsumePackage.HYPERVISOR__ACK_METHOD:
				return ackMethod != ACK_METHOD_EDEFAULT;
			case NatsumePackage.HYPERVISOR__EOI_TIMEOUT_US:
				return eoiTimeoutUs != EOI_TIMEOUT_US_EDEFAULT;
			case NatsumePackage.HYPERVISOR__FORCED_EOI:
				return forcedEoi != FORCED_EOI_EDEFAULT;
			case NatsumePackage.HYPERVISOR__IRQ_RATELIMIT:
				return irqRatelimit != IRQ_RATELIMIT_EDEFAULT;
			case NatsumePackage.HYPERVISOR__LOWEST_PRIORITY_ARBITRATION:
				return lowestPriorityArbitration != LOWEST_PRIORITY_ARBITRATION_EDEFAULT;
			case NatsumePackage.HYPERVISOR__IRQ_AFFINITY_FOLLOWS_VCPU:
				return irqAffinityFollowsVcpu != IRQ_AFFINITY_FOLLOWS_VCPU_EDEFAULT;
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
		result.append(" (version: "); //$NON-NLS-1$
		result.append(version);
		result.append(", scheduler: "); //$NON-NLS-1$
		result.append(scheduler);
		result.append(", creditTickMs: "); //$NON-NLS-1$
		result.append(creditTickMs);
		result.append(", creditTimesliceMs: "); //$NON-NLS-1$
		result.append(creditTimesliceMs);
		result.append(", creditRatelimitUs: "); //$NON-NLS-1$
		result.append(creditRatelimitUs);
		result.append(", routingPolicy: "); //$NON-NLS-1$
		result.append(routingPolicy);
		result.append(", ioapicTargetPolicy: "); //$NON-NLS-1$
		result.append(ioapicTargetPolicy);
		result.append(", ackMethod: "); //$NON-NLS-1$
		result.append(ackMethod);
		result.append(", eoiTimeoutUs: "); //$NON-NLS-1$
		result.append(eoiTimeoutUs);
		result.append(", forcedEoi: "); //$NON-NLS-1$
		result.append(forcedEoi);
		result.append(", irqRatelimit: "); //$NON-NLS-1$
		result.append(irqRatelimit);
		result.append(", lowestPriorityArbitration: "); //$NON-NLS-1$
		result.append(lowestPriorityArbitration);
		result.append(", irqAffinityFollowsVcpu: "); //$NON-NLS-1$
		result.append(irqAffinityFollowsVcpu);
		result.append(')');
		return result.toString();
	}

} //HypervisorImpl
