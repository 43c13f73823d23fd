/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Netperf Tcp Stream</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * netperf TCP_STREAM between the domain and an external peer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.NetperfTcpStream#getPeer <em>Peer</em>}</li>
 *   <li>{@link org.natsume.model.NetperfTcpStream#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.natsume.model.NetperfTcpStream#getMessageSize <em>Message Size</em>}</li>
 *   <li>{@link org.natsume.model.NetperfTcpStream#getSocketBufferBytes <em>Socket Buffer Bytes</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getNetperfTcpStream()
 * @model
 * @generated
 */
public interface NetperfTcpStream extends Workload {
	/**
	 * Returns the value of the '<em><b>Peer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The netperf peer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peer</em>' reference.
	 * @see #setPeer(ExternalHost)
	 * @see org.natsume.model.NatsumePackage#getNetperfTcpStream_Peer()
	 * @model annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	ExternalHost getPeer();

	/**
	 * Sets the value of the '{@link org.natsume.model.NetperfTcpStream#getPeer <em>Peer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer</em>' reference.
	 * @see #getPeer()
	 * @generated
	 */
	void setPeer(ExternalHost value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The default value is <code>"SEND"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SEND from the guest, RECEIVE into the guest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.natsume.model.Direction
	 * @see #setDirection(Direction)
	 * @see org.natsume.model.NatsumePackage#getNetperfTcpStream_Direction()
	 * @model default="SEND"
	 *        annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.natsume.model.NetperfTcpStream#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.natsume.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Message Size</b></em>' attribute.
	 * The default value is <code>"16384"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Send message size, bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message Size</em>' attribute.
	 * @see #setMessageSize(int)
	 * @see org.natsume.model.NatsumePackage#getNetperfTcpStream_MessageSize()
	 * @model default="16384"
	 *        annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	int getMessageSize();

	/**
	 * Sets the value of the '{@link org.natsume.model.NetperfTcpStream#getMessageSize <em>Message Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Size</em>' attribute.
	 * @see #getMessageSize()
	 * @generated
	 */
	void setMessageSize(int value);

	/**
	 * Returns the value of the '<em><b>Socket Buffer Bytes</b></em>' attribute.
	 * The default value is <code>"87380"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Socket buffer size, bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Socket Buffer Bytes</em>' attribute.
	 * @see #setSocketBufferBytes(int)
	 * @see org.natsume.model.NatsumePackage#getNetperfTcpStream_SocketBufferBytes()
	 * @model default="87380"
	 *        annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	int getSocketBufferBytes();

	/**
	 * Sets the value of the '{@link org.natsume.model.NetperfTcpStream#getSocketBufferBytes <em>Socket Buffer Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Socket Buffer Bytes</em>' attribute.
	 * @see #getSocketBufferBytes()
	 * @generated
	 */
	void setSocketBufferBytes(int value);

} // NetperfTcpStream
