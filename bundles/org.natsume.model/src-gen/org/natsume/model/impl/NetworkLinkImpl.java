/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.natsume.model.ExternalHost;
import org.natsume.model.NatsumePackage;
import org.natsume.model.NetworkLink;
import org.natsume.model.Nic;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.NetworkLinkImpl#getNic <em>Nic</em>}</li>
 *   <li>{@link org.natsume.model.impl.NetworkLinkImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.natsume.model.impl.NetworkLinkImpl#getRateBps <em>Rate Bps</em>}</li>
 *   <li>{@link org.natsume.model.impl.NetworkLinkImpl#getPropagationDelayNs <em>Propagation Delay Ns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkLinkImpl extends IdentifiedImpl implements NetworkLink {
	/**
	 * The cached value of the '{@link #getNic() <em>Nic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNic()
	 * @generated
	 * @ordered
	 */
	protected Nic nic;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected ExternalHost host;

	/**
	 * The default value of the '{@link #getRateBps() <em>Rate Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRateBps()
	 * @generated
	 * @ordered
	 */
	protected static final long RATE_BPS_EDEFAULT = 1000000000L;

	/**
	 * The cached value of the '{@link #getRateBps() <em>Rate Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRateBps()
	 * @generated
	 * @ordered
	 */
	protected long rateBps = RATE_BPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPropagationDelayNs() <em>Propagation Delay Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPropagationDelayNs()
	 * @generated
	 * @ordered
	 */
	protected static final long PROPAGATION_DELAY_NS_EDEFAULT = 500L;

	/**
	 * The cached value of the '{@link #getPropagationDelayNs() <em>Propagation Delay Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPropagationDelayNs()
	 * @generated
	 * @ordered
	 */
	protected long propagationDelayNs = PROPAGATION_DELAY_NS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.NETWORK_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Nic getNic() {
		if (nic != null && nic.eIsProxy()) {
			InternalEObject oldNic = (InternalEObject)nic;
			nic = (Nic)eResolveProxy(oldNic);
			if (nic != oldNic) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NatsumePackage.NETWORK_LINK__NIC, oldNic, nic));
			}
		}
		return nic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Nic basicGetNic() {
		return nic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNic(Nic newNic) {
		Nic oldNic = nic;
		nic = newNic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NETWORK_LINK__NIC, oldNic, nic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalHost getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (ExternalHost)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NatsumePackage.NETWORK_LINK__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExternalHost basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(ExternalHost newHost) {
		ExternalHost oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NETWORK_LINK__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRateBps() {
		return rateBps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRateBps(long newRateBps) {
		long oldRateBps = rateBps;
		rateBps = newRateBps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NETWORK_LINK__RATE_BPS, oldRateBps, rateBps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPropagationDelayNs() {
		return propagationDelayNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPropagationDelayNs(long newPropagationDelayNs) {
		long oldPropagationDelayNs = propagationDelayNs;
		propagationDelayNs = newPropagationDelayNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NETWORK_LINK__PROPAGATION_DELAY_NS, oldPropagationDelayNs, propagationDelayNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.NETWORK_LINK__NIC:
				if (resolve) return getNic();
				return basicGetNic();
			case NatsumePackage.NETWORK_LINK__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case NatsumePackage.NETWORK_LINK__RATE_BPS:
				return getRateBps();
			case NatsumePackage.NETWORK_LINK__PROPAGATION_DELAY_NS:
				return getPropagationDelayNs();
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
			case NatsumePackage.NETWORK_LINK__NIC:
				setNic((Nic)newValue);
				return;
			case NatsumePackage.NETWORK_LINK__HOST:
				setHost((ExternalHost)newValue);
				return;
			case NatsumePackage.NETWORK_LINK__RATE_BPS:
				setRateBps((Long)newValue);
				return;
			case NatsumePackage.NETWORK_LINK__PROPAGATION_DELAY_NS:
				setPropagationDelayNs((Long)newValue);
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
			case NatsumePackage.NETWORK_LINK__NIC:
				setNic((Nic)null);
				return;
			case NatsumePackage.NETWORK_LINK__HOST:
				setHost((ExternalHost)null);
				return;
			case NatsumePackage.NETWORK_LINK__RATE_BPS:
				setRateBps(RATE_BPS_EDEFAULT);
				return;
			case NatsumePackage.NETWORK_LINK__PROPAGATION_DELAY_NS:
				setPropagationDelayNs(PROPAGATION_DELAY_NS_EDEFAULT);
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
			case NatsumePackage.NETWORK_LINK__NIC:
				return nic != null;
			case NatsumePackage.NETWORK_LINK__HOST:
				return host != null;
			case NatsumePackage.NETWORK_LINK__RATE_BPS:
				return rateBps != RATE_BPS_EDEFAULT;
			case NatsumePackage.NETWORK_LINK__PROPAGATION_DELAY_NS:
				return propagationDelayNs != PROPAGATION_DELAY_NS_EDEFAULT;
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
		result.append(" (rateBps: "); //$NON-NLS-1$
		result.append(rateBps);
		result.append(", propagationDelayNs: "); //$NON-NLS-1$
		result.append(propagationDelayNs);
		result.append(')');
		return result.toString();
	}

} //NetworkLinkImpl
