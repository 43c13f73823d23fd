/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.natsume.model.NatsumeFactory;
import org.natsume.model.NatsumePackage;
import org.natsume.model.Topology;

/**
 * This is the item provider adapter for a {@link org.natsume.model.Topology} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TopologyItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TopologyItemProvider(AdapterFactory adapterFactory) {
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

			addDescriptionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Topology_description_feature"), //$NON-NLS-1$
				 getString("_UI_Topology_description_description"), //$NON-NLS-1$
				 NatsumePackage.Literals.TOPOLOGY__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentityPropertyCategory"), //$NON-NLS-1$
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(NatsumePackage.Literals.TOPOLOGY__MACHINE);
			childrenFeatures.add(NatsumePackage.Literals.TOPOLOGY__HYPERVISOR);
			childrenFeatures.add(NatsumePackage.Literals.TOPOLOGY__DOMAINS);
			childrenFeatures.add(NatsumePackage.Literals.TOPOLOGY__EXTERNAL_HOSTS);
			childrenFeatures.add(NatsumePackage.Literals.TOPOLOGY__LINKS);
			childrenFeatures.add(NatsumePackage.Literals.TOPOLOGY__WORKLOADS);
			childrenFeatures.add(NatsumePackage.Literals.TOPOLOGY__SETTINGS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Topology.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Topology")); //$NON-NLS-1$
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
		String label = ((Topology)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Topology_type") : //$NON-NLS-1$
			getString("_UI_Topology_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(Topology.class)) {
			case NatsumePackage.TOPOLOGY__DESCRIPTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case NatsumePackage.TOPOLOGY__MACHINE:
			case NatsumePackage.TOPOLOGY__HYPERVISOR:
			case NatsumePackage.TOPOLOGY__DOMAINS:
			case NatsumePackage.TOPOLOGY__EXTERNAL_HOSTS:
			case NatsumePackage.TOPOLOGY__LINKS:
			case NatsumePackage.TOPOLOGY__WORKLOADS:
			case NatsumePackage.TOPOLOGY__SETTINGS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(NatsumePackage.Literals.TOPOLOGY__MACHINE,
				 NatsumeFactory.eINSTANCE.createMachine()));

		newChildDescriptors.add
			(createChildParameter
				(NatsumePackage.Literals.TOPOLOGY__HYPERVISOR,
				 NatsumeFactory.eINSTANCE.createHypervisor()));

		newChildDescriptors.add
			(createChildParameter
				(NatsumePackage.Literals.TOPOLOGY__DOMAINS,
				 NatsumeFactory.eINSTANCE.createDomain()));

		newChildDescriptors.add
			(createChildParameter
				(NatsumePackage.Literals.TOPOLOGY__EXTERNAL_HOSTS,
				 NatsumeFactory.eINSTANCE.createExternalHost()));

		newChildDescriptors.add
			(createChildParameter
				(NatsumePackage.Literals.TOPOLOGY__LINKS,
				 NatsumeFactory.eINSTANCE.createNetworkLink()));

		newChildDescriptors.add
			(createChildParameter
				(NatsumePackage.Literals.TOPOLOGY__WORKLOADS,
				 NatsumeFactory.eINSTANCE.createNetperfTcpStream()));

		newChildDescriptors.add
			(createChildParameter
				(NatsumePackage.Literals.TOPOLOGY__WORKLOADS,
				 NatsumeFactory.eINSTANCE.createUdpFlood()));

		newChildDescriptors.add
			(createChildParameter
				(NatsumePackage.Literals.TOPOLOGY__WORKLOADS,
				 NatsumeFactory.eINSTANCE.createCpuHog()));

		newChildDescriptors.add
			(createChildParameter
				(NatsumePackage.Literals.TOPOLOGY__WORKLOADS,
				 NatsumeFactory.eINSTANCE.createPeriodicRtTask()));

		newChildDescriptors.add
			(createChildParameter
				(NatsumePackage.Literals.TOPOLOGY__SETTINGS,
				 NatsumeFactory.eINSTANCE.createSimulationSettings()));
	}

}
