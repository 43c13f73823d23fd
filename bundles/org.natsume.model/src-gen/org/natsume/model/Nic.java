/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Nic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Network interface function (domain.md 2.1, 3.5).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.Nic#getLinkSpeedBps <em>Link Speed Bps</em>}</li>
 *   <li>{@link org.natsume.model.Nic#getItrMode <em>Itr Mode</em>}</li>
 *   <li>{@link org.natsume.model.Nic#getRxRingSize <em>Rx Ring Size</em>}</li>
 *   <li>{@link org.natsume.model.Nic#getTxRingSize <em>Tx Ring Size</em>}</li>
 *   <li>{@link org.natsume.model.Nic#getNapiWeight <em>Napi Weight</em>}</li>
 *   <li>{@link org.natsume.model.Nic#getMacAddress <em>Mac Address</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getNic()
 * @model
 * @generated
 */
public interface Nic extends PciFunction {
	/**
	 * Returns the value of the '<em><b>Link Speed Bps</b></em>' attribute.
	 * The default value is <code>"1000000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Link speed in bit/s.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Link Speed Bps</em>' attribute.
	 * @see #setLinkSpeedBps(long)
	 * @see org.natsume.model.NatsumePackage#getNic_LinkSpeedBps()
	 * @model default="1000000000"
	 *        annotation="http://www.natsume.org/model/edit category='Network'"
	 * @generated
	 */
	long getLinkSpeedBps();

	/**
	 * Sets the value of the '{@link org.natsume.model.Nic#getLinkSpeedBps <em>Link Speed Bps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link Speed Bps</em>' attribute.
	 * @see #getLinkSpeedBps()
	 * @generated
	 */
	void setLinkSpeedBps(long value);

	/**
	 * Returns the value of the '<em><b>Itr Mode</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e1000 InterruptThrottleRate option: 0 off, 1 dynamic, 3 dynamic conservative, 4 simplified, 100-100000 fixed int/s. Unset (Restore Default Value) = the default of the driver in the kernel of the domain that drives this NIC (Domain.kernelProfile, docs/model.md); set = this value overrides it, as the module option does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Itr Mode</em>' attribute.
	 * @see #isSetItrMode()
	 * @see #unsetItrMode()
	 * @see #setItrMode(int)
	 * @see org.natsume.model.NatsumePackage#getNic_ItrMode()
	 * @model default="3" unsettable="true"
	 *        annotation="http://www.natsume.org/model/edit category='Network'"
	 * @generated
	 */
	int getItrMode();

	/**
	 * Sets the value of the '{@link org.natsume.model.Nic#getItrMode <em>Itr Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Itr Mode</em>' attribute.
	 * @see #isSetItrMode()
	 * @see #unsetItrMode()
	 * @see #getItrMode()
	 * @generated
	 */
	void setItrMode(int value);

	/**
	 * Unsets the value of the '{@link org.natsume.model.Nic#getItrMode <em>Itr Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetItrMode()
	 * @see #getItrMode()
	 * @see #setItrMode(int)
	 * @generated
	 */
	void unsetItrMode();

	/**
	 * Returns whether the value of the '{@link org.natsume.model.Nic#getItrMode <em>Itr Mode</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Itr Mode</em>' attribute is set.
	 * @see #unsetItrMode()
	 * @see #getItrMode()
	 * @see #setItrMode(int)
	 * @generated
	 */
	boolean isSetItrMode();

	/**
	 * Returns the value of the '<em><b>Rx Ring Size</b></em>' attribute.
	 * The default value is <code>"256"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RX descriptor ring size, slots.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rx Ring Size</em>' attribute.
	 * @see #setRxRingSize(int)
	 * @see org.natsume.model.NatsumePackage#getNic_RxRingSize()
	 * @model default="256"
	 *        annotation="http://www.natsume.org/model/edit category='Network'"
	 * @generated
	 */
	int getRxRingSize();

	/**
	 * Sets the value of the '{@link org.natsume.model.Nic#getRxRingSize <em>Rx Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rx Ring Size</em>' attribute.
	 * @see #getRxRingSize()
	 * @generated
	 */
	void setRxRingSize(int value);

	/**
	 * Returns the value of the '<em><b>Tx Ring Size</b></em>' attribute.
	 * The default value is <code>"256"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TX descriptor ring size, slots.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tx Ring Size</em>' attribute.
	 * @see #setTxRingSize(int)
	 * @see org.natsume.model.NatsumePackage#getNic_TxRingSize()
	 * @model default="256"
	 *        annotation="http://www.natsume.org/model/edit category='Network'"
	 * @generated
	 */
	int getTxRingSize();

	/**
	 * Sets the value of the '{@link org.natsume.model.Nic#getTxRingSize <em>Tx Ring Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tx Ring Size</em>' attribute.
	 * @see #getTxRingSize()
	 * @generated
	 */
	void setTxRingSize(int value);

	/**
	 * Returns the value of the '<em><b>Napi Weight</b></em>' attribute.
	 * The default value is <code>"64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Packets per NAPI poll round.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Napi Weight</em>' attribute.
	 * @see #setNapiWeight(int)
	 * @see org.natsume.model.NatsumePackage#getNic_NapiWeight()
	 * @model default="64"
	 *        annotation="http://www.natsume.org/model/edit category='Network'"
	 * @generated
	 */
	int getNapiWeight();

	/**
	 * Sets the value of the '{@link org.natsume.model.Nic#getNapiWeight <em>Napi Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Napi Weight</em>' attribute.
	 * @see #getNapiWeight()
	 * @generated
	 */
	void setNapiWeight(int value);

	/**
	 * Returns the value of the '<em><b>Mac Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MAC address, e.g. 00:1c:c0:12:34:56.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mac Address</em>' attribute.
	 * @see #setMacAddress(String)
	 * @see org.natsume.model.NatsumePackage#getNic_MacAddress()
	 * @model annotation="http://www.natsume.org/model/edit category='Network'"
	 * @generated
	 */
	String getMacAddress();

	/**
	 * Sets the value of the '{@link org.natsume.model.Nic#getMacAddress <em>Mac Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac Address</em>' attribute.
	 * @see #getMacAddress()
	 * @generated
	 */
	void setMacAddress(String value);

} // Nic
