/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.natsume.model.Direction;
import org.natsume.model.ExternalHost;
import org.natsume.model.NatsumePackage;
import org.natsume.model.NetperfTcpStream;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Netperf Tcp Stream</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.NetperfTcpStreamImpl#getPeer <em>Peer</em>}</li>
 *   <li>{@link org.natsume.model.impl.NetperfTcpStreamImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.natsume.model.impl.NetperfTcpStreamImpl#getMessageSize <em>Message Size</em>}</li>
 *   <li>{@link org.natsume.model.impl.NetperfTcpStreamImpl#getSocketBufferBytes <em>Socket Buffer Bytes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetperfTcpStreamImpl extends WorkloadImpl implements NetperfTcpStream {
	/**
	 * The cached value of the '{@link #getPeer() <em>Peer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeer()
	 * @generated
	 * @ordered
	 */
	protected ExternalHost peer;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.SEND;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageSize() <em>Message Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageSize()
	 * @generated
	 * @ordered
	 */
	protected static final int MESSAGE_SIZE_EDEFAULT = 16384;

	/**
	 * The cached value of the '{@link #getMessageSize() <em>Message Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageSize()
	 * @generated
	 * @ordered
	 */
	protected int messageSize = MESSAGE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSocketBufferBytes() <em>Socket Buffer Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocketBufferBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int SOCKET_BUFFER_BYTES_EDEFAULT = 87380;

	/**
	 * The cached value of the '{@link #getSocketBufferBytes() <em>Socket Buffer Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocketBufferBytes()
	 * @generated
	 * @ordered
	 */
	protected int socketBufferBytes = SOCKET_BUFFER_BYTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetperfTcpStreamImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.NETPERF_TCP_STREAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalHost getPeer() {
		if (peer != null && peer.eIsProxy()) {
			InternalEObject oldPeer = (InternalEObject)peer;
			peer = (ExternalHost)eResolveProxy(oldPeer);
			if (peer != oldPeer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NatsumePackage.NETPERF_TCP_STREAM__PEER, oldPeer, peer));
			}
		}
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExternalHost basicGetPeer() {
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeer(ExternalHost newPeer) {
		ExternalHost oldPeer = peer;
		peer = newPeer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NETPERF_TCP_STREAM__PEER, oldPeer, peer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NETPERF_TCP_STREAM__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMessageSize() {
		return messageSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageSize(int newMessageSize) {
		int oldMessageSize = messageSize;
		messageSize = newMessageSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NETPERF_TCP_STREAM__MESSAGE_SIZE, oldMessageSize, messageSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSocketBufferBytes() {
		return socketBufferBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSocketBufferBytes(int newSocketBufferBytes) {
		int oldSocketBufferBytes = socketBufferBytes;
		socketBufferBytes = newSocketBufferBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.NETPERF_TCP_STREAM__SOCKET_BUFFER_BYTES, oldSocketBufferBytes, socketBufferBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.NETPERF_TCP_STREAM__PEER:
				if (resolve) return getPeer();
				return basicGetPeer();
			case NatsumePackage.NETPERF_TCP_STREAM__DIRECTION:
				return getDirection();
			case NatsumePackage.NETPERF_TCP_STREAM__MESSAGE_SIZE:
				return getMessageSize();
			case NatsumePackage.NETPERF_TCP_STREAM__SOCKET_BUFFER_BYTES:
				return getSocketBufferBytes();
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
			case NatsumePackage.NETPERF_TCP_STREAM__PEER:
				setPeer((ExternalHost)newValue);
				return;
			case NatsumePackage.NETPERF_TCP_STREAM__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case NatsumePackage.NETPERF_TCP_STREAM__MESSAGE_SIZE:
				setMessageSize((Integer)newValue);
				return;
			case NatsumePackage.NETPERF_TCP_STREAM__SOCKET_BUFFER_BYTES:
				setSocketBufferBytes((Integer)newValue);
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
			case NatsumePackage.NETPERF_TCP_STREAM__PEER:
				setPeer((ExternalHost)null);
				return;
			case NatsumePackage.NETPERF_TCP_STREAM__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case NatsumePackage.NETPERF_TCP_STREAM__MESSAGE_SIZE:
				setMessageSize(MESSAGE_SIZE_EDEFAULT);
				return;
			case NatsumePackage.NETPERF_TCP_STREAM__SOCKET_BUFFER_BYTES:
				setSocketBufferBytes(SOCKET_BUFFER_BYTES_EDEFAULT);
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
			case NatsumePackage.NETPERF_TCP_STREAM__PEER:
				return peer != null;
			case NatsumePackage.NETPERF_TCP_STREAM__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case NatsumePackage.NETPERF_TCP_STREAM__MESSAGE_SIZE:
				return messageSize != MESSAGE_SIZE_EDEFAULT;
			case NatsumePackage.NETPERF_TCP_STREAM__SOCKET_BUFFER_BYTES:
				return socketBufferBytes != SOCKET_BUFFER_BYTES_EDEFAULT;
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
		result.append(" (direction: "); //$NON-NLS-1$
		result.append(direction);
		result.append(", messageSize: "); //$NON-NLS-1$
		result.append(messageSize);
		result.append(", socketBufferBytes: "); //$NON-NLS-1$
		result.append(socketBufferBytes);
		result.append(')');
		return result.toString();
	}

} //NetperfTcpStreamImpl
