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
import org.natsume.model.RateMode;
import org.natsume.model.UdpFlood;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Udp Flood</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.UdpFloodImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.natsume.model.impl.UdpFloodImpl#getPacketSizeBytes <em>Packet Size Bytes</em>}</li>
 *   <li>{@link org.natsume.model.impl.UdpFloodImpl#getRateMode <em>Rate Mode</em>}</li>
 *   <li>{@link org.natsume.model.impl.UdpFloodImpl#getPps <em>Pps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UdpFloodImpl extends WorkloadImpl implements UdpFlood {
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected ExternalHost source;

	/**
	 * The default value of the '{@link #getPacketSizeBytes() <em>Packet Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int PACKET_SIZE_BYTES_EDEFAULT = 64;

	/**
	 * The cached value of the '{@link #getPacketSizeBytes() <em>Packet Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected int packetSizeBytes = PACKET_SIZE_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRateMode() <em>Rate Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRateMode()
	 * @generated
	 * @ordered
	 */
	protected static final RateMode RATE_MODE_EDEFAULT = RateMode.LINE_RATE;

	/**
	 * The cached value of the '{@link #getRateMode() <em>Rate Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRateMode()
	 * @generated
	 * @ordered
	 */
	protected RateMode rateMode = RATE_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPps() <em>Pps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPps()
	 * @generated
	 * @ordered
	 */
	protected static final long PPS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPps() <em>Pps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPps()
	 * @generated
	 * @ordered
	 */
	protected long pps = PPS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UdpFloodImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.UDP_FLOOD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalHost getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (ExternalHost)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NatsumePackage.UDP_FLOOD__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExternalHost basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(ExternalHost newSource) {
		ExternalHost oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.UDP_FLOOD__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPacketSizeBytes() {
		return packetSizeBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPacketSizeBytes(int newPacketSizeBytes) {
		int oldPacketSizeBytes = packetSizeBytes;
		packetSizeBytes = newPacketSizeBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.UDP_FLOOD__PACKET_SIZE_BYTES, oldPacketSizeBytes, packetSizeBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RateMode getRateMode() {
		return rateMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRateMode(RateMode newRateMode) {
		RateMode oldRateMode = rateMode;
		rateMode = newRateMode == null ? RATE_MODE_EDEFAULT : newRateMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.UDP_FLOOD__RATE_MODE, oldRateMode, rateMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPps() {
		return pps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPps(long newPps) {
		long oldPps = pps;
		pps = newPps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.UDP_FLOOD__PPS, oldPps, pps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.UDP_FLOOD__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case NatsumePackage.UDP_FLOOD__PACKET_SIZE_BYTES:
				return getPacketSizeBytes();
			case NatsumePackage.UDP_FLOOD__RATE_MODE:
				return getRateMode();
			case NatsumePackage.UDP_FLOOD__PPS:
				return getPps();
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
			case NatsumePackage.UDP_FLOOD__SOURCE:
				setSource((ExternalHost)newValue);
				return;
			case NatsumePackage.UDP_FLOOD__PACKET_SIZE_BYTES:
				setPacketSizeBytes((Integer)newValue);
				return;
			case NatsumePackage.UDP_FLOOD__RATE_MODE:
				setRateMode((RateMode)newValue);
				return;
			case NatsumePackage.UDP_FLOOD__PPS:
				setPps((Long)newValue);
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
			case NatsumePackage.UDP_FLOOD__SOURCE:
				setSource((ExternalHost)null);
				return;
			case NatsumePackage.UDP_FLOOD__PACKET_SIZE_BYTES:
				setPacketSizeBytes(PACKET_SIZE_BYTES_EDEFAULT);
				return;
			case NatsumePackage.UDP_FLOOD__RATE_MODE:
				setRateMode(RATE_MODE_EDEFAULT);
				return;
			case NatsumePackage.UDP_FLOOD__PPS:
				setPps(PPS_EDEFAULT);
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
			case NatsumePackage.UDP_FLOOD__SOURCE:
				return source != null;
			case NatsumePackage.UDP_FLOOD__PACKET_SIZE_BYTES:
				return packetSizeBytes != PACKET_SIZE_BYTES_EDEFAULT;
			case NatsumePackage.UDP_FLOOD__RATE_MODE:
				return rateMode != RATE_MODE_EDEFAULT;
			case NatsumePackage.UDP_FLOOD__PPS:
				return pps != PPS_EDEFAULT;
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
		result.append(" (packetSizeBytes: "); //$NON-NLS-1$
		result.append(packetSizeBytes);
		result.append(", rateMode: "); //$NON-NLS-1$
		result.append(rateMode);
		result.append(", pps: "); //$NON-NLS-1$
		result.append(pps);
		result.append(')');
		return result.toString();
	}

} //UdpFloodImpl
