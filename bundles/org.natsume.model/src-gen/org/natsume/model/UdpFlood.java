/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Udp Flood</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * UDP packets from an external flooder at line rate or a fixed rate.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.UdpFlood#getSource <em>Source</em>}</li>
 *   <li>{@link org.natsume.model.UdpFlood#getPacketSizeBytes <em>Packet Size Bytes</em>}</li>
 *   <li>{@link org.natsume.model.UdpFlood#getRateMode <em>Rate Mode</em>}</li>
 *   <li>{@link org.natsume.model.UdpFlood#getPps <em>Pps</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getUdpFlood()
 * @model
 * @generated
 */
public interface UdpFlood extends Workload {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The flooder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(ExternalHost)
	 * @see org.natsume.model.NatsumePackage#getUdpFlood_Source()
	 * @model annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	ExternalHost getSource();

	/**
	 * Sets the value of the '{@link org.natsume.model.UdpFlood#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(ExternalHost value);

	/**
	 * Returns the value of the '<em><b>Packet Size Bytes</b></em>' attribute.
	 * The default value is <code>"64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frame size, bytes (64-1518).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packet Size Bytes</em>' attribute.
	 * @see #setPacketSizeBytes(int)
	 * @see org.natsume.model.NatsumePackage#getUdpFlood_PacketSizeBytes()
	 * @model default="64"
	 *        annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	int getPacketSizeBytes();

	/**
	 * Sets the value of the '{@link org.natsume.model.UdpFlood#getPacketSizeBytes <em>Packet Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packet Size Bytes</em>' attribute.
	 * @see #getPacketSizeBytes()
	 * @generated
	 */
	void setPacketSizeBytes(int value);

	/**
	 * Returns the value of the '<em><b>Rate Mode</b></em>' attribute.
	 * The default value is <code>"LINE_RATE"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.RateMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LINE_RATE or FIXED_PPS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate Mode</em>' attribute.
	 * @see org.natsume.model.RateMode
	 * @see #setRateMode(RateMode)
	 * @see org.natsume.model.NatsumePackage#getUdpFlood_RateMode()
	 * @model default="LINE_RATE"
	 *        annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	RateMode getRateMode();

	/**
	 * Sets the value of the '{@link org.natsume.model.UdpFlood#getRateMode <em>Rate Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate Mode</em>' attribute.
	 * @see org.natsume.model.RateMode
	 * @see #getRateMode()
	 * @generated
	 */
	void setRateMode(RateMode value);

	/**
	 * Returns the value of the '<em><b>Pps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Packets per second when rateMode is FIXED_PPS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pps</em>' attribute.
	 * @see #setPps(long)
	 * @see org.natsume.model.NatsumePackage#getUdpFlood_Pps()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Workload'"
	 * @generated
	 */
	long getPps();

	/**
	 * Sets the value of the '{@link org.natsume.model.UdpFlood#getPps <em>Pps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pps</em>' attribute.
	 * @see #getPps()
	 * @generated
	 */
	void setPps(long value);

} // UdpFlood
