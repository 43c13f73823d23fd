/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.natsume.model.InterruptLine;
import org.natsume.model.InterruptMode;
import org.natsume.model.IntxPin;
import org.natsume.model.NatsumePackage;
import org.natsume.model.PciFunction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pci Function</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.PciFunctionImpl#getBdf <em>Bdf</em>}</li>
 *   <li>{@link org.natsume.model.impl.PciFunctionImpl#getVendorId <em>Vendor Id</em>}</li>
 *   <li>{@link org.natsume.model.impl.PciFunctionImpl#getDeviceId <em>Device Id</em>}</li>
 *   <li>{@link org.natsume.model.impl.PciFunctionImpl#getClassCode <em>Class Code</em>}</li>
 *   <li>{@link org.natsume.model.impl.PciFunctionImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.natsume.model.impl.PciFunctionImpl#getIntxPin <em>Intx Pin</em>}</li>
 *   <li>{@link org.natsume.model.impl.PciFunctionImpl#isMsiCapable <em>Msi Capable</em>}</li>
 *   <li>{@link org.natsume.model.impl.PciFunctionImpl#isMsixCapable <em>Msix Capable</em>}</li>
 *   <li>{@link org.natsume.model.impl.PciFunctionImpl#getInterruptMode <em>Interrupt Mode</em>}</li>
 *   <li>{@link org.natsume.model.impl.PciFunctionImpl#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PciFunctionImpl extends NamedElementImpl implements PciFunction {
	/**
	 * The default value of the '{@link #getBdf() <em>Bdf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBdf()
	 * @generated
	 * @ordered
	 */
	protected static final String BDF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBdf() <em>Bdf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBdf()
	 * @generated
	 * @ordered
	 */
	protected String bdf = BDF_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendorId() <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorId()
	 * @generated
	 * @ordered
	 */
	protected static final int VENDOR_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVendorId() <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorId()
	 * @generated
	 * @ordered
	 */
	protected int vendorId = VENDOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceId() <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceId()
	 * @generated
	 * @ordered
	 */
	protected static final int DEVICE_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeviceId() <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceId()
	 * @generated
	 * @ordered
	 */
	protected int deviceId = DEVICE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassCode() <em>Class Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassCode()
	 * @generated
	 * @ordered
	 */
	protected static final int CLASS_CODE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getClassCode() <em>Class Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassCode()
	 * @generated
	 * @ordered
	 */
	protected int classCode = CLASS_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriver() <em>Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriver()
	 * @generated
	 * @ordered
	 */
	protected String driver = DRIVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntxPin() <em>Intx Pin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntxPin()
	 * @generated
	 * @ordered
	 */
	protected static final IntxPin INTX_PIN_EDEFAULT = IntxPin.NONE;

	/**
	 * The cached value of the '{@link #getIntxPin() <em>Intx Pin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntxPin()
	 * @generated
	 * @ordered
	 */
	protected IntxPin intxPin = INTX_PIN_EDEFAULT;

	/**
	 * The default value of the '{@link #isMsiCapable() <em>Msi Capable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMsiCapable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MSI_CAPABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMsiCapable() <em>Msi Capable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMsiCapable()
	 * @generated
	 * @ordered
	 */
	protected boolean msiCapable = MSI_CAPABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMsixCapable() <em>Msix Capable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMsixCapable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MSIX_CAPABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMsixCapable() <em>Msix Capable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMsixCapable()
	 * @generated
	 * @ordered
	 */
	protected boolean msixCapable = MSIX_CAPABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterruptMode() <em>Interrupt Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptMode()
	 * @generated
	 * @ordered
	 */
	protected static final InterruptMode INTERRUPT_MODE_EDEFAULT = InterruptMode.INTX;

	/**
	 * The cached value of the '{@link #getInterruptMode() <em>Interrupt Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptMode()
	 * @generated
	 * @ordered
	 */
	protected InterruptMode interruptMode = INTERRUPT_MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected InterruptLine line;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PciFunctionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.PCI_FUNCTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBdf() {
		return bdf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBdf(String newBdf) {
		String oldBdf = bdf;
		bdf = newBdf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_FUNCTION__BDF, oldBdf, bdf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVendorId() {
		return vendorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendorId(int newVendorId) {
		int oldVendorId = vendorId;
		vendorId = newVendorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_FUNCTION__VENDOR_ID, oldVendorId, vendorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeviceId() {
		return deviceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceId(int newDeviceId) {
		int oldDeviceId = deviceId;
		deviceId = newDeviceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_FUNCTION__DEVICE_ID, oldDeviceId, deviceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getClassCode() {
		return classCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassCode(int newClassCode) {
		int oldClassCode = classCode;
		classCode = newClassCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_FUNCTION__CLASS_CODE, oldClassCode, classCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriver() {
		return driver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(String newDriver) {
		String oldDriver = driver;
		driver = newDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_FUNCTION__DRIVER, oldDriver, driver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntxPin getIntxPin() {
		return intxPin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntxPin(IntxPin newIntxPin) {
		IntxPin oldIntxPin = intxPin;
		intxPin = newIntxPin == null ? INTX_PIN_EDEFAULT : newIntxPin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_FUNCTION__INTX_PIN, oldIntxPin, intxPin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMsiCapable() {
		return msiCapable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMsiCapable(boolean newMsiCapable) {
		boolean oldMsiCapable = msiCapable;
		msiCapable = newMsiCapable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_FUNCTION__MSI_CAPABLE, oldMsiCapable, msiCapable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMsixCapable() {
		return msixCapable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMsixCapable(boolean newMsixCapable) {
		boolean oldMsixCapable = msixCapable;
		msixCapable = newMsixCapable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_FUNCTION__MSIX_CAPABLE, oldMsixCapable, msixCapable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterruptMode getInterruptMode() {
		return interruptMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterruptMode(InterruptMode newInterruptMode) {
		InterruptMode oldInterruptMode = interruptMode;
		interruptMode = newInterruptMode == null ? INTERRUPT_MODE_EDEFAULT : newInterruptMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_FUNCTION__INTERRUPT_MODE, oldInterruptMode, interruptMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterruptLine getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLine(InterruptLine newLine, NotificationChain msgs) {
		InterruptLine oldLine = line;
		line = newLine;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_FUNCTION__LINE, oldLine, newLine);
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
	public void setLine(InterruptLine newLine) {
		if (newLine != line) {
			NotificationChain msgs = null;
			if (line != null)
				msgs = ((InternalEObject)line).eInverseRemove(this, NatsumePackage.INTERRUPT_LINE__SHARERS, InterruptLine.class, msgs);
			if (newLine != null)
				msgs = ((InternalEObject)newLine).eInverseAdd(this, NatsumePackage.INTERRUPT_LINE__SHARERS, InterruptLine.class, msgs);
			msgs = basicSetLine(newLine, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.PCI_FUNCTION__LINE, newLine, newLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NatsumePackage.PCI_FUNCTION__LINE:
				if (line != null)
					msgs = ((InternalEObject)line).eInverseRemove(this, NatsumePackage.INTERRUPT_LINE__SHARERS, InterruptLine.class, msgs);
				return basicSetLine((InterruptLine)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NatsumePackage.PCI_FUNCTION__LINE:
				return basicSetLine(null, msgs);
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
			case NatsumePackage.PCI_FUNCTION__BDF:
				return getBdf();
			case NatsumePackage.PCI_FUNCTION__VENDOR_ID:
				return getVendorId();
			case NatsumePackage.PCI_FUNCTION__DEVICE_ID:
				return getDeviceId();
			case NatsumePackage.PCI_FUNCTION__CLASS_CODE:
				return getClassCode();
			case NatsumePackage.PCI_FUNCTION__DRIVER:
				return getDriver();
			case NatsumePackage.PCI_FUNCTION__INTX_PIN:
				return getIntxPin();
			case NatsumePackage.PCI_FUNCTION__MSI_CAPABLE:
				return isMsiCapable();
			case NatsumePackage.PCI_FUNCTION__MSIX_CAPABLE:
				return isMsixCapable();
			case NatsumePackage.PCI_FUNCTION__INTERRUPT_MODE:
				return getInterruptMode();
			case NatsumePackage.PCI_FUNCTION__LINE:
				return getLine();
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
			case NatsumePackage.PCI_FUNCTION__BDF:
				setBdf((String)newValue);
				return;
			case NatsumePackage.PCI_FUNCTION__VENDOR_ID:
				setVendorId((Integer)newValue);
				return;
			case NatsumePackage.PCI_FUNCTION__DEVICE_ID:
				setDeviceId((Integer)newValue);
				return;
			case NatsumePackage.PCI_FUNCTION__CLASS_CODE:
				setClassCode((Integer)newValue);
				return;
			case NatsumePackage.PCI_FUNCTION__DRIVER:
				setDriver((String)newValue);
				return;
			case NatsumePackage.PCI_FUNCTION__INTX_PIN:
				setIntxPin((IntxPin)newValue);
				return;
			case NatsumePackage.PCI_FUNCTION__MSI_CAPABLE:
				setMsiCapable((Boolean)newValue);
				return;
			case NatsumePackage.PCI_FUNCTION__MSIX_CAPABLE:
				setMsixCapable((Boolean)newValue);
				return;
			case NatsumePackage.PCI_FUNCTION__INTERRUPT_MODE:
				setInterruptMode((InterruptMode)newValue);
				return;
			case NatsumePackage.PCI_FUNCTION__LINE:
				setLine((InterruptLine)newValue);
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
			case NatsumePackage.PCI_FUNCTION__BDF:
				setBdf(BDF_EDEFAULT);
				return;
			case NatsumePackage.PCI_FUNCTION__VENDOR_ID:
				setVendorId(VENDOR_ID_EDEFAULT);
				return;
			case NatsumePackage.PCI_FUNCTION__DEVICE_ID:
				setDeviceId(DEVICE_ID_EDEFAULT);
				return;
			case NatsumePackage.PCI_FUNCTION__CLASS_CODE:
				setClassCode(CLASS_CODE_EDEFAULT);
				return;
			case NatsumePackage.PCI_FUNCTION__DRIVER:
				setDriver(DRIVER_EDEFAULT);
				return;
			case NatsumePackage.PCI_FUNCTION__INTX_PIN:
				setIntxPin(INTX_PIN_EDEFAULT);
				return;
			case NatsumePackage.PCI_FUNCTION__MSI_CAPABLE:
				setMsiCapable(MSI_CAPABLE_EDEFAULT);
				return;
			case NatsumePackage.PCI_FUNCTION__MSIX_CAPABLE:
				setMsixCapable(MSIX_CAPABLE_EDEFAULT);
				return;
			case NatsumePackage.PCI_FUNCTION__INTERRUPT_MODE:
				setInterruptMode(INTERRUPT_MODE_EDEFAULT);
				return;
			case NatsumePackage.PCI_FUNCTION__LINE:
				setLine((InterruptLine)null);
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
			case NatsumePackage.PCI_FUNCTION__BDF:
				return BDF_EDEFAULT == null ? bdf != null : !BDF_EDEFAULT.equals(bdf);
			case NatsumePackage.PCI_FUNCTION__VENDOR_ID:
				return vendorId != VENDOR_ID_EDEFAULT;
			case NatsumePackage.PCI_FUNCTION__DEVICE_ID:
				return deviceId != DEVICE_ID_EDEFAULT;
			case NatsumePackage.PCI_FUNCTION__CLASS_CODE:
				return classCode != CLASS_CODE_EDEFAULT;
			case NatsumePackage.PCI_FUNCTION__DRIVER:
				return DRIVER_EDEFAULT == null ? driver != null : !DRIVER_EDEFAULT.equals(driver);
			case NatsumePackage.PCI_FUNCTION__INTX_PIN:
				return intxPin != INTX_PIN_EDEFAULT;
			case NatsumePackage.PCI_FUNCTION__MSI_CAPABLE:
				return msiCapable != MSI_CAPABLE_EDEFAULT;
			case NatsumePackage.PCI_FUNCTION__MSIX_CAPABLE:
				return msixCapable != MSIX_CAPABLE_EDEFAULT;
			case NatsumePackage.PCI_FUNCTION__INTERRUPT_MODE:
				return interruptMode != INTERRUPT_MODE_EDEFAULT;
			case NatsumePackage.PCI_FUNCTION__LINE:
				return line != null;
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
		result.append(" (bdf: "); //$NON-NLS-1$
		result.append(bdf);
		result.append(", vendorId: "); //$NON-NLS-1$
		result.append(vendorId);
		result.append(", deviceId: "); //$NON-NLS-1$
		result.append(deviceId);
		result.append(", classCode: "); //$NON-NLS-1$
		result.append(classCode);
		result.append(", driver: "); //$NON-NLS-1$
		result.append(driver);
		result.append(", intxPin: "); //$NON-NLS-1$
		result.append(intxPin);
		result.append(", msiCapable: "); //$NON-NLS-1$
		result.append(msiCapable);
		result.append(", msixCapable: "); //$NON-NLS-1$
		result.append(msixCapable);
		result.append(", interruptMode: "); //$NON-NLS-1$
		result.append(interruptMode);
		result.append(')');
		return result.toString();
	}

} //PciFunctionImpl
