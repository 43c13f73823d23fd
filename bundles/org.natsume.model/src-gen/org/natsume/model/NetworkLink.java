/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ethernet cable between a NIC and an external host.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.NetworkLink#getNic <em>Nic</em>}</li>
 *   <li>{@link org.natsume.model.NetworkLink#getHost <em>Host</em>}</li>
 *   <li>{@link org.natsume.model.NetworkLink#getRateBps <em>Rate Bps</em>}</li>
 *   <li>{@link org.natsume.model.NetworkLink#getPropagationDelayNs <em>Propagation Delay Ns</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getNetworkLink()
 * @model
 * @generated
 */
public interface NetworkLink extends Identified {
	/**
	 * Returns the value of the '<em><b>Nic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The NIC end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nic</em>' reference.
	 * @see #setNic(Nic)
	 * @see org.natsume.model.NatsumePackage#getNetworkLink_Nic()
	 * @model annotation="http://www.natsume.org/model/edit category='Link'"
	 * @generated
	 */
	Nic getNic();

	/**
	 * Sets the value of the '{@link org.natsume.model.NetworkLink#getNic <em>Nic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nic</em>' reference.
	 * @see #getNic()
	 * @generated
	 */
	void setNic(Nic value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The external end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(ExternalHost)
	 * @see org.natsume.model.NatsumePackage#getNetworkLink_Host()
	 * @model annotation="http://www.natsume.org/model/edit category='Link'"
	 * @generated
	 */
	ExternalHost getHost();

	/**
	 * Sets the value of the '{@link org.natsume.model.NetworkLink#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(ExternalHost value);

	/**
	 * Returns the value of the '<em><b>Rate Bps</b></em>' attribute.
	 * The default value is <code>"1000000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Line rate, bit/s.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rate Bps</em>' attribute.
	 * @see #setRateBps(long)
	 * @see org.natsume.model.NatsumePackage#getNetworkLink_RateBps()
	 * @model default="1000000000"
	 *        annotation="http://www.natsume.org/model/edit category='Link'"
	 * @generated
	 */
	long getRateBps();

	/**
	 * Sets the value of the '{@link org.natsume.model.NetworkLink#getRateBps <em>Rate Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rate Bps</em>' attribute.
	 * @see #getRateBps()
	 * @generated
	 */
	void setRateBps(long value);

	/**
	 * Returns the value of the '<em><b>Propagation Delay Ns</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One-way propagation plus switch delay, ns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Propagation Delay Ns</em>' attribute.
	 * @see #setPropagationDelayNs(long)
	 * @see org.natsume.model.NatsumePackage#getNetworkLink_PropagationDelayNs()
	 * @model default="500"
	 *        annotation="http://www.natsume.org/model/edit category='Link'"
	 * @generated
	 */
	long getPropagationDelayNs();

	/**
	 * Sets the value of the '{@link org.natsume.model.NetworkLink#getPropagationDelayNs <em>Propagation Delay Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Propagation Delay Ns</em>' attribute.
	 * @see #getPropagationDelayNs()
	 * @generated
	 */
	void setPropagationDelayNs(long value);

} // NetworkLink
