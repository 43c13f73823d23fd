/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pci Function</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One PCI function (domain.md 2.1). The bdf string is the single canonical address (0000:05:00.0); org.natsume.model.bdf.Bdf parses it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.PciFunction#getBdf <em>Bdf</em>}</li>
 *   <li>{@link org.natsume.model.PciFunction#getVendorId <em>Vendor Id</em>}</li>
 *   <li>{@link org.natsume.model.PciFunction#getDeviceId <em>Device Id</em>}</li>
 *   <li>{@link org.natsume.model.PciFunction#getClassCode <em>Class Code</em>}</li>
 *   <li>{@link org.natsume.model.PciFunction#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.natsume.model.PciFunction#getIntxPin <em>Intx Pin</em>}</li>
 *   <li>{@link org.natsume.model.PciFunction#isMsiCapable <em>Msi Capable</em>}</li>
 *   <li>{@link org.natsume.model.PciFunction#isMsixCapable <em>Msix Capable</em>}</li>
 *   <li>{@link org.natsume.model.PciFunction#getInterruptMode <em>Interrupt Mode</em>}</li>
 *   <li>{@link org.natsume.model.PciFunction#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getPciFunction()
 * @model
 * @generated
 */
public interface PciFunction extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Bdf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Canonical SSSS:BB:DD.F address, lowercase hex, e.g. 0000:05:00.0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bdf</em>' attribute.
	 * @see #setBdf(String)
	 * @see org.natsume.model.NatsumePackage#getPciFunction_Bdf()
	 * @model annotation="http://www.natsume.org/model/edit category='Address'"
	 * @generated
	 */
	String getBdf();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciFunction#getBdf <em>Bdf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bdf</em>' attribute.
	 * @see #getBdf()
	 * @generated
	 */
	void setBdf(String value);

	/**
	 * Returns the value of the '<em><b>Vendor Id</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PCI vendor id (0x8086 = Intel).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor Id</em>' attribute.
	 * @see #setVendorId(int)
	 * @see org.natsume.model.NatsumePackage#getPciFunction_VendorId()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Identity' hexDigits='4'"
	 * @generated
	 */
	int getVendorId();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciFunction#getVendorId <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor Id</em>' attribute.
	 * @see #getVendorId()
	 * @generated
	 */
	void setVendorId(int value);

	/**
	 * Returns the value of the '<em><b>Device Id</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PCI device id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device Id</em>' attribute.
	 * @see #setDeviceId(int)
	 * @see org.natsume.model.NatsumePackage#getPciFunction_DeviceId()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Identity' hexDigits='4'"
	 * @generated
	 */
	int getDeviceId();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciFunction#getDeviceId <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Id</em>' attribute.
	 * @see #getDeviceId()
	 * @generated
	 */
	void setDeviceId(int value);

	/**
	 * Returns the value of the '<em><b>Class Code</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 24-bit class code (0x020000 = Ethernet controller).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Class Code</em>' attribute.
	 * @see #setClassCode(int)
	 * @see org.natsume.model.NatsumePackage#getPciFunction_ClassCode()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Identity' hexDigits='6'"
	 * @generated
	 */
	int getClassCode();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciFunction#getClassCode <em>Class Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Code</em>' attribute.
	 * @see #getClassCode()
	 * @generated
	 */
	void setClassCode(int value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Linux driver name, e.g. e1000e.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Driver</em>' attribute.
	 * @see #setDriver(String)
	 * @see org.natsume.model.NatsumePackage#getPciFunction_Driver()
	 * @model annotation="http://www.natsume.org/model/edit category='Identity'"
	 * @generated
	 */
	String getDriver();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciFunction#getDriver <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' attribute.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(String value);

	/**
	 * Returns the value of the '<em><b>Intx Pin</b></em>' attribute.
	 * The default value is <code>"NONE"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.IntxPin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interrupt Pin register (config 0x3D): NONE or INTA#-INTD#.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intx Pin</em>' attribute.
	 * @see org.natsume.model.IntxPin
	 * @see #setIntxPin(IntxPin)
	 * @see org.natsume.model.NatsumePackage#getPciFunction_IntxPin()
	 * @model default="NONE"
	 *        annotation="http://www.natsume.org/model/edit category='Interrupts'"
	 * @generated
	 */
	IntxPin getIntxPin();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciFunction#getIntxPin <em>Intx Pin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intx Pin</em>' attribute.
	 * @see org.natsume.model.IntxPin
	 * @see #getIntxPin()
	 * @generated
	 */
	void setIntxPin(IntxPin value);

	/**
	 * Returns the value of the '<em><b>Msi Capable</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Has an MSI capability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Msi Capable</em>' attribute.
	 * @see #setMsiCapable(boolean)
	 * @see org.natsume.model.NatsumePackage#getPciFunction_MsiCapable()
	 * @model default="false"
	 *        annotation="http://www.natsume.org/model/edit category='Interrupts'"
	 * @generated
	 */
	boolean isMsiCapable();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciFunction#isMsiCapable <em>Msi Capable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Msi Capable</em>' attribute.
	 * @see #isMsiCapable()
	 * @generated
	 */
	void setMsiCapable(boolean value);

	/**
	 * Returns the value of the '<em><b>Msix Capable</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Has an MSI-X capability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Msix Capable</em>' attribute.
	 * @see #setMsixCapable(boolean)
	 * @see org.natsume.model.NatsumePackage#getPciFunction_MsixCapable()
	 * @model default="false"
	 *        annotation="http://www.natsume.org/model/edit category='Interrupts'"
	 * @generated
	 */
	boolean isMsixCapable();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciFunction#isMsixCapable <em>Msix Capable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Msix Capable</em>' attribute.
	 * @see #isMsixCapable()
	 * @generated
	 */
	void setMsixCapable(boolean value);

	/**
	 * Returns the value of the '<em><b>Interrupt Mode</b></em>' attribute.
	 * The default value is <code>"INTX"</code>.
	 * The literals are from the enumeration {@link org.natsume.model.InterruptMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the driver takes interrupts: INTx through the IO-APIC line, or its own MSI/MSI-X vector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interrupt Mode</em>' attribute.
	 * @see org.natsume.model.InterruptMode
	 * @see #setInterruptMode(InterruptMode)
	 * @see org.natsume.model.NatsumePackage#getPciFunction_InterruptMode()
	 * @model default="INTX"
	 *        annotation="http://www.natsume.org/model/edit category='Interrupts'"
	 * @generated
	 */
	InterruptMode getInterruptMode();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciFunction#getInterruptMode <em>Interrupt Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interrupt Mode</em>' attribute.
	 * @see org.natsume.model.InterruptMode
	 * @see #getInterruptMode()
	 * @generated
	 */
	void setInterruptMode(InterruptMode value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.natsume.model.InterruptLine#getSharers <em>Sharers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The GSI this function's INTx pin is routed to (ACPI _PRT).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' reference.
	 * @see #setLine(InterruptLine)
	 * @see org.natsume.model.NatsumePackage#getPciFunction_Line()
	 * @see org.natsume.model.InterruptLine#getSharers
	 * @model opposite="sharers" resolveProxies="false"
	 *        annotation="http://www.natsume.org/model/edit category='Interrupts'"
	 * @generated
	 */
	InterruptLine getLine();

	/**
	 * Sets the value of the '{@link org.natsume.model.PciFunction#getLine <em>Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' reference.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(InterruptLine value);

} // PciFunction
