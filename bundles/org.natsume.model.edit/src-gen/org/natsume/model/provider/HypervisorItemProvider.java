/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.natsume.model.Hypervisor;
import org.natsume.model.NatsumePackage;

/**
 * This is the item provider adapter for a {@link org.natsume.model.Hypervisor} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class HypervisorItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HypervisorItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addVersionPropertyDescriptor(object);
			addSchedulerPropertyDescriptor(object);
			addCreditTickMsPropertyDescriptor(object);
			addCreditTimesliceMsPropertyDescriptor(object);
			addCreditRatelimitUsPropertyDescriptor(object);
			addRoutingPolicyPropertyDescriptor(object);
			addIoapicTargetPolicyPropertyDescriptor(object);
			addAckMethodPropertyDescriptor(object);
			addEoiTimeoutUsPropertyDescriptor(object);
			addForcedEoiPropertyDescriptor(object);
			addIrqRatelimitPropertyDescriptor(object);
			addLowestPriorityArbitrationPropertyDescriptor(object);
			addIrqAffinityFollowsVcpuPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_version_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_version_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_HypervisorPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Scheduler feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSchedulerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_scheduler_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_scheduler_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__SCHEDULER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_SchedulerPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Credit Tick Ms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreditTickMsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_creditTickMs_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_creditTickMs_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__CREDIT_TICK_MS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SchedulerPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Credit Timeslice Ms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreditTimesliceMsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_creditTimesliceMs_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_creditTimesliceMs_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__CREDIT_TIMESLICE_MS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SchedulerPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Credit Ratelimit Us feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreditRatelimitUsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_creditRatelimitUs_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_creditRatelimitUs_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__CREDIT_RATELIMIT_US,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_SchedulerPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Routing Policy feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRoutingPolicyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_routingPolicy_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_routingPolicy_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__ROUTING_POLICY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_NatsumePropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Ioapic Target Policy feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIoapicTargetPolicyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_ioapicTargetPolicy_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_ioapicTargetPolicy_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__IOAPIC_TARGET_POLICY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_NatsumePropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Ack Method feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAckMethodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_ackMethod_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_ackMethod_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__ACK_METHOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_InterruptsPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Eoi Timeout Us feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEoiTimeoutUsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_eoiTimeoutUs_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_eoiTimeoutUs_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__EOI_TIMEOUT_US,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_InterruptsPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Forced Eoi feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addForcedEoiPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_forcedEoi_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_forcedEoi_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__FORCED_EOI,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_InterruptsPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Irq Ratelimit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIrqRatelimitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_irqRatelimit_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_irqRatelimit_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__IRQ_RATELIMIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_InterruptsPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Lowest Priority Arbitration feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLowestPriorityArbitrationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_lowestPriorityArbitration_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_lowestPriorityArbitration_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__LOWEST_PRIORITY_ARBITRATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_InterruptsPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This adds a property descriptor for the Irq Affinity Follows Vcpu feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIrqAffinityFollowsVcpuPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Hypervisor_irqAffinityFollowsVcpu_feature"), //$NON-NLS-1$
				 getString("_UI_Hypervisor_irqAffinityFollowsVcpu_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.HYPERVISOR__IRQ_AFFINITY_FOLLOWS_VCPU,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_InterruptsPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This returns Hypervisor.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Hypervisor")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Hypervisor)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Hypervisor_type") : //$NON-NLS-1$
			getString("_UI_Hypervisor_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Hypervisor.class)) {
			case NatsumePackage.HYPERVISOR__VERSION:
			case NatsumePackage.HYPERVISOR__SCHEDULER:
			case NatsumePackage.HYPERVISOR__CREDIT_TICK_MS:
			case NatsumePackage.HYPERVISOR__CREDIT_TIMESLICE_MS:
			case NatsumePackage.HYPERVISOR__CREDIT_RATELIMIT_US:
			case NatsumePackage.HYPERVISOR__ROUTING_POLICY:
			case NatsumePackage.HYPERVISOR__IOAPIC_TARGET_POLICY:
			case NatsumePackage.HYPERVISOR__ACK_METHOD:
			case NatsumePackage.HYPERVISOR__EOI_TIMEOUT_US:
			case NatsumePackage.HYPERVISOR__FORCED_EOI:
			case NatsumePackage.HYPERVISOR__IRQ_RATELIMIT:
			case NatsumePackage.HYPERVISOR__LOWEST_PRIORITY_ARBITRATION:
			case NatsumePackage.HYPERVISOR__IRQ_AFFINITY_FOLLOWS_VCPU:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
