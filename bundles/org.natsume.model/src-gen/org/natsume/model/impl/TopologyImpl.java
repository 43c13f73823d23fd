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

import org.natsume.model.Domain;
import org.natsume.model.ExternalHost;
import org.natsume.model.Hypervisor;
import org.natsume.model.Machine;
import org.natsume.model.NatsumePackage;
import org.natsume.model.NetworkLink;
import org.natsume.model.SimulationSettings;
import org.natsume.model.Topology;
import org.natsume.model.Workload;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.TopologyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.natsume.model.impl.TopologyImpl#getMachine <em>Machine</em>}</li>
 *   <li>{@link org.natsume.model.impl.TopologyImpl#getHypervisor <em>Hypervisor</em>}</li>
 *   <li>{@link org.natsume.model.impl.TopologyImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.natsume.model.impl.TopologyImpl#getExternalHosts <em>External Hosts</em>}</li>
 *   <li>{@link org.natsume.model.impl.TopologyImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link org.natsume.model.impl.TopologyImpl#getWorkloads <em>Workloads</em>}</li>
 *   <li>{@link org.natsume.model.impl.TopologyImpl#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TopologyImpl extends NamedElementImpl implements Topology {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMachine() <em>Machine</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachine()
	 * @generated
	 * @ordered
	 */
	protected Machine machine;

	/**
	 * The cached value of the '{@link #getHypervisor() <em>Hypervisor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypervisor()
	 * @generated
	 * @ordered
	 */
	protected Hypervisor hypervisor;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<Domain> domains;

	/**
	 * The cached value of the '{@link #getExternalHosts() <em>External Hosts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<ExternalHost> externalHosts;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkLink> links;

	/**
	 * The cached value of the '{@link #getWorkloads() <em>Workloads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkloads()
	 * @generated
	 * @ordered
	 */
	protected EList<Workload> workloads;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected SimulationSettings settings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopologyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.TOPOLOGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.TOPOLOGY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Machine getMachine() {
		return machine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMachine(Machine newMachine, NotificationChain msgs) {
		Machine oldMachine = machine;
		machine = newMachine;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NatsumePackage.TOPOLOGY__MACHINE, oldMachine, newMachine);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachine(Machine newMachine) {
		if (newMachine != machine) {
			NotificationChain msgs = null;
			if (machine != null)
				msgs = ((InternalEObject)machine).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NatsumePackage.TOPOLOGY__MACHINE, null, msgs);
			if (newMachine != null)
				msgs = ((InternalEObject)newMachine).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NatsumePackage.TOPOLOGY__MACHINE, null, msgs);
			msgs = basicSetMachine(newMachine, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.TOPOLOGY__MACHINE, newMachine, newMachine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hypervisor getHypervisor() {
		return hypervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHypervisor(Hypervisor newHypervisor, NotificationChain msgs) {
		Hypervisor oldHypervisor = hypervisor;
		hypervisor = newHypervisor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NatsumePackage.TOPOLOGY__HYPERVISOR, oldHypervisor, newHypervisor);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypervisor(Hypervisor newHypervisor) {
		if (newHypervisor != hypervisor) {
			NotificationChain msgs = null;
			if (hypervisor != null)
				msgs = ((InternalEObject)hypervisor).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NatsumePackage.TOPOLOGY__HYPERVISOR, null, msgs);
			if (newHypervisor != null)
				msgs = ((InternalEObject)newHypervisor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NatsumePackage.TOPOLOGY__HYPERVISOR, null, msgs);
			msgs = basicSetHypervisor(newHypervisor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.TOPOLOGY__HYPERVISOR, newHypervisor, newHypervisor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Domain> getDomains() {
		if (domains == null) {
			domains = new EObjectContainmentEList<Domain>(Domain.class, this, NatsumePackage.TOPOLOGY__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExternalHost> getExternalHosts() {
		if (externalHosts == null) {
			externalHosts = new EObjectContainmentEList<ExternalHost>(ExternalHost.class, this, NatsumePackage.TOPOLOGY__EXTERNAL_HOSTS);
		}
		return externalHosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkLink> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<NetworkLink>(NetworkLink.class, this, NatsumePackage.TOPOLOGY__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Workload> getWorkloads() {
		if (workloads == null) {
			workloads = new EObjectContainmentEList<Workload>(Workload.class, this, NatsumePackage.TOPOLOGY__WORKLOADS);
		}
		return workloads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SimulationSettings getSettings() {
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSettings(SimulationSettings newSettings, NotificationChain msgs) {
		SimulationSettings oldSettings = settings;
		settings = newSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NatsumePackage.TOPOLOGY__SETTINGS, oldSettings, newSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSettings(SimulationSettings newSettings) {
		if (newSettings != settings) {
			NotificationChain msgs = null;
			if (settings != null)
				msgs = ((InternalEObject)settings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NatsumePackage.TOPOLOGY__SETTINGS, null, msgs);
			if (newSettings != null)
				msgs = ((InternalEObject)newSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NatsumePackage.TOPOLOGY__SETTINGS, null, msgs);
			msgs = basicSetSettings(newSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.TOPOLOGY__SETTINGS, newSettings, newSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NatsumePackage.TOPOLOGY__MACHINE:
				return basicSetMachine(null, msgs);
			case NatsumePackage.TOPOLOGY__HYPERVISOR:
				return basicSetHypervisor(null, msgs);
			case NatsumePackage.TOPOLOGY__DOMAINS:
				return ((InternalEList<?>)getDomains()).basicRemove(otherEnd, msgs);
			case NatsumePackage.TOPOLOGY__EXTERNAL_HOSTS:
				return ((InternalEList<?>)getExternalHosts()).basicRemove(otherEnd, msgs);
			case NatsumePackage.TOPOLOGY__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case NatsumePackage.TOPOLOGY__WORKLOADS:
				return ((InternalEList<?>)getWorkloads()).basicRemove(otherEnd, msgs);
			case NatsumePackage.TOPOLOGY__SETTINGS:
				return basicSetSettings(null, msgs);
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
			case NatsumePackage.TOPOLOGY__DESCRIPTION:
				return getDescription();
			case NatsumePackage.TOPOLOGY__MACHINE:
				return getMachine();
			case NatsumePackage.TOPOLOGY__HYPERVISOR:
				return getHypervisor();
			case NatsumePackage.TOPOLOGY__DOMAINS:
				return getDomains();
			case NatsumePackage.TOPOLOGY__EXTERNAL_HOSTS:
				return getExternalHosts();
			case NatsumePackage.TOPOLOGY__LINKS:
				return getLinks();
			case NatsumePackage.TOPOLOGY__WORKLOADS:
				return getWorkloads();
			case NatsumePackage.TOPOLOGY__SETTINGS:
				return getSettings();
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
			case NatsumePackage.TOPOLOGY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NatsumePackage.TOPOLOGY__MACHINE:
				setMachine((Machine)newValue);
				return;
			case NatsumePackage.TOPOLOGY__HYPERVISOR:
				setHypervisor((Hypervisor)newValue);
				return;
			case NatsumePackage.TOPOLOGY__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends Domain>)newValue);
				return;
			case NatsumePackage.TOPOLOGY__EXTERNAL_HOSTS:
				getExternalHosts().clear();
				getExternalHosts().addAll((Collection<? extends ExternalHost>)newValue);
				return;
			case NatsumePackage.TOPOLOGY__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends NetworkLink>)newValue);
				return;
			case NatsumePackage.TOPOLOGY__WORKLOADS:
				getWorkloads().clear();
				getWorkloads().addAll((Collection<? extends Workload>)newValue);
				return;
			case NatsumePackage.TOPOLOGY__SETTINGS:
				setSettings((SimulationSettings)newValue);
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
			case NatsumePackage.TOPOLOGY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NatsumePackage.TOPOLOGY__MACHINE:
				setMachine((Machine)null);
				return;
			case NatsumePackage.TOPOLOGY__HYPERVISOR:
				setHypervisor((Hypervisor)null);
				return;
			case NatsumePackage.TOPOLOGY__DOMAINS:
				getDomains().clear();
				return;
			case NatsumePackage.TOPOLOGY__EXTERNAL_HOSTS:
				getExternalHosts().clear();
				return;
			case NatsumePackage.TOPOLOGY__LINKS:
				getLinks().clear();
				return;
			case NatsumePackage.TOPOLOGY__WORKLOADS:
				getWorkloads().clear();
				return;
			case NatsumePackage.TOPOLOGY__SETTINGS:
				setSettings((SimulationSettings)null);
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
			case NatsumePackage.TOPOLOGY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NatsumePackage.TOPOLOGY__MACHINE:
				return machine != null;
			case NatsumePackage.TOPOLOGY__HYPERVISOR:
				return hypervisor != null;
			case NatsumePackage.TOPOLOGY__DOMAINS:
				return domains != null && !domains.isEmpty();
			case NatsumePackage.TOPOLOGY__EXTERNAL_HOSTS:
				return externalHosts != null && !externalHosts.isEmpty();
			case NatsumePackage.TOPOLOGY__LINKS:
				return links != null && !links.isEmpty();
			case NatsumePackage.TOPOLOGY__WORKLOADS:
				return workloads != null && !workloads.isEmpty();
			case NatsumePackage.TOPOLOGY__SETTINGS:
				return settings != null;
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
		result.append(" (description: "); //$NON-NLS-1$
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //TopologyImpl
