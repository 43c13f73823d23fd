/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Attachment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a domain uses a PCI function (domain.md 2.3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.DeviceAttachment#getFunction <em>Function</em>}</li>
 *   <li>{@link org.natsume.model.DeviceAttachment#getMode <em>Mode</em>}</li>
 *   <li>{@link org.natsume.model.DeviceAttachment#getBackendDomain <em>Backend Domain</em>}</li>
 *   <li>{@link org.natsume.model.DeviceAttachment#getBridge <em>Bridge</em>}</li>
 *   <li>{@link org.natsume.model.DeviceAttachment#getMac <em>Mac</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getDeviceAttachment()
 * @model
 * @generated
 */
public interface DeviceAttachment extends Identified {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The physical function.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' reference.
	 * @see #setFunction(PciFunction)
	 * @see org.natsume.model.NatsumePackage#getDeviceAttachment_Function()
	 * @model annotation="http://www.natsume.org/model/edit category='Attachment'"
	 * @generated
	 */
	PciFunction getFunction();

	/**
	 * Sets the value of the '{@link org.natsume.model.DeviceAttachment#getFunction <em>Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' reference.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(PciFunction value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"PASSTHROUGH"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.AttachmentMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NATIVE, PARAVIRTUAL_VIF, PASSTHROUGH or EMULATED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.natsume.model.AttachmentMode
	 * @see #setMode(AttachmentMode)
	 * @see org.natsume.model.NatsumePackage#getDeviceAttachment_Mode()
	 * @model default="PASSTHROUGH"
	 *        annotation="http://www.natsume.org/model/edit category='Attachment'"
	 * @generated
	 */
	AttachmentMode getMode();

	/**
	 * Sets the value of the '{@link org.natsume.model.DeviceAttachment#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.natsume.model.AttachmentMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(AttachmentMode value);

	/**
	 * Returns the value of the '<em><b>Backend Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For vif/emulated: the driver domain that runs the real driver and netback (Dom0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backend Domain</em>' reference.
	 * @see #setBackendDomain(Domain)
	 * @see org.natsume.model.NatsumePackage#getDeviceAttachment_BackendDomain()
	 * @model annotation="http://www.natsume.org/model/edit category='Attachment'"
	 * @generated
	 */
	Domain getBackendDomain();

	/**
	 * Sets the value of the '{@link org.natsume.model.DeviceAttachment#getBackendDomain <em>Backend Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend Domain</em>' reference.
	 * @see #getBackendDomain()
	 * @generated
	 */
	void setBackendDomain(Domain value);

	/**
	 * Returns the value of the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For vif: the Dom0 Linux bridge, e.g. xenbr1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bridge</em>' attribute.
	 * @see #setBridge(String)
	 * @see org.natsume.model.NatsumePackage#getDeviceAttachment_Bridge()
	 * @model annotation="http://www.natsume.org/model/edit category='Attachment'"
	 * @generated
	 */
	String getBridge();

	/**
	 * Sets the value of the '{@link org.natsume.model.DeviceAttachment#getBridge <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bridge</em>' attribute.
	 * @see #getBridge()
	 * @generated
	 */
	void setBridge(String value);

	/**
	 * Returns the value of the '<em><b>Mac</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For vif: the guest MAC, e.g. 00:16:3e:00:00:0b.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mac</em>' attribute.
	 * @see #setMac(String)
	 * @see org.natsume.model.NatsumePackage#getDeviceAttachment_Mac()
	 * @model annotation="http://www.natsume.org/model/edit category='Attachment'"
	 * @generated
	 */
	String getMac();

	/**
	 * Sets the value of the '{@link org.natsume.model.DeviceAttachment#getMac <em>Mac</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac</em>' attribute.
	 * @see #getMac()
	 * @generated
	 */
	void setMac(String value);

} // DeviceAttachment
