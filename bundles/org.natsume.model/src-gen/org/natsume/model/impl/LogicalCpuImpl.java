/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.natsume.model.LogicalCpu;
import org.natsume.model.NatsumePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Logical Cpu</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.LogicalCpuImpl#getCpuId <em>Cpu Id</em>}</li>
 *   <li>{@link org.natsume.model.impl.LogicalCpuImpl#getApicId <em>Apic Id</em>}</li>
 *   <li>{@link org.natsume.model.impl.LogicalCpuImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.natsume.model.impl.LogicalCpuImpl#getSocket <em>Socket</em>}</li>
 *   <li>{@link org.natsume.model.impl.LogicalCpuImpl#getCore <em>Core</em>}</li>
 *   <li>{@link org.natsume.model.impl.LogicalCpuImpl#getThread <em>Thread</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LogicalCpuImpl extends IdentifiedImpl implements LogicalCpu {
	/**
	 * The default value of the '{@link #getCpuId() <em>Cpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuId()
	 * @generated
	 * @ordered
	 */
	protected static final int CPU_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpuId() <em>Cpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuId()
	 * @generated
	 * @ordered
	 */
	protected int cpuId = CPU_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getApicId() <em>Apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApicId()
	 * @generated
	 * @ordered
	 */
	protected static final int APIC_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getApicId() <em>Apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApicId()
	 * @generated
	 * @ordered
	 */
	protected int apicId = APIC_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSocket() <em>Socket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocket()
	 * @generated
	 * @ordered
	 */
	protected static final int SOCKET_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSocket() <em>Socket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocket()
	 * @generated
	 * @ordered
	 */
	protected int socket = SOCKET_EDEFAULT;

	/**
	 * The default value of the '{@link #getCore() <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCore()
	 * @generated
	 * @ordered
	 */
	protected static final int CORE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCore() <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCore()
	 * @generated
	 * @ordered
	 */
	protected int core = CORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getThread() <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThread()
	 * @generated
	 * @ordered
	 */
	protected static final int THREAD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getThread() <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThread()
	 * @generated
	 * @ordered
	 */
	protected int thread = THREAD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LogicalCpuImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.LOGICAL_CPU;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpuId() {
		return cpuId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuId(int newCpuId) {
		int oldCpuId = cpuId;
		cpuId = newCpuId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.LOGICAL_CPU__CPU_ID, oldCpuId, cpuId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getApicId() {
		return apicId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApicId(int newApicId) {
		int oldApicId = apicId;
		apicId = newApicId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.LOGICAL_CPU__APIC_ID, oldApicId, apicId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.LOGICAL_CPU__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSocket() {
		return socket;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSocket(int newSocket) {
		int oldSocket = socket;
		socket = newSocket;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.LOGICAL_CPU__SOCKET, oldSocket, socket));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCore() {
		return core;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCore(int newCore) {
		int oldCore = core;
		core = newCore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.LOGICAL_CPU__CORE, oldCore, core));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getThread() {
		return thread;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThread(int newThread) {
		int oldThread = thread;
		thread = newThread;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.LOGICAL_CPU__THREAD, oldThread, thread));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.LOGICAL_CPU__CPU_ID:
				return getCpuId();
			case NatsumePackage.LOGICAL_CPU__APIC_ID:
				return getApicId();
			case NatsumePackage.LOGICAL_CPU__ENABLED:
				return isEnabled();
			case NatsumePackage.LOGICAL_CPU__SOCKET:
				return getSocket();
			case NatsumePackage.LOGICAL_CPU__CORE:
				return getCore();
			case NatsumePackage.LOGICAL_CPU__THREAD:
				return getThread();
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
			case NatsumePackage.LOGICAL_CPU__CPU_ID:
				setCpuId((Integer)newValue);
				return;
			case NatsumePackage.LOGICAL_CPU__APIC_ID:
				setApicId((Integer)newValue);
				return;
			case NatsumePackage.LOGICAL_CPU__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case NatsumePackage.LOGICAL_CPU__SOCKET:
				setSocket((Integer)newValue);
				return;
			case NatsumePackage.LOGICAL_CPU__CORE:
				setCore((Integer)newValue);
				return;
			case NatsumePackage.LOGICAL_CPU__THREAD:
				setThread((Integer)newValue);
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
			case NatsumePackage.LOGICAL_CPU__CPU_ID:
				setCpuId(CPU_ID_EDEFAULT);
				return;
			case NatsumePackage.LOGICAL_CPU__APIC_ID:
				setApicId(APIC_ID_EDEFAULT);
				return;
			case NatsumePackage.LOGICAL_CPU__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case NatsumePackage.LOGICAL_CPU__SOCKET:
				setSocket(SOCKET_EDEFAULT);
				return;
			case NatsumePackage.LOGICAL_CPU__CORE:
				setCore(CORE_EDEFAULT);
				return;
			case NatsumePackage.LOGICAL_CPU__THREAD:
				setThread(THREAD_EDEFAULT);
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
			case NatsumePackage.LOGICAL_CPU__CPU_ID:
				return cpuId != CPU_ID_EDEFAULT;
			case NatsumePackage.LOGICAL_CPU__APIC_ID:
				return apicId != APIC_ID_EDEFAULT;
			case NatsumePackage.LOGICAL_CPU__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case NatsumePackage.LOGICAL_CPU__SOCKET:
				return socket != SOCKET_EDEFAULT;
			case NatsumePackage.LOGICAL_CPU__CORE:
				return core != CORE_EDEFAULT;
			case NatsumePackage.LOGICAL_CPU__THREAD:
				return thread != THREAD_EDEFAULT;
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
		result.append(" (cpuId: "); //$NON-NLS-1$
		result.append(cpuId);
		result.append(", apicId: "); //$NON-NLS-1$
		result.append(apicId);
		result.append(", enabled: "); //$NON-NLS-1$
		result.append(enabled);
		result.append(", socket: "); //$NON-NLS-1$
		result.append(socket);
		result.append(", core: "); //$NON-NLS-1$
		result.append(core);
		result.append(", thread: "); //$NON-NLS-1$
		result.append(thread);
		result.append(')');
		return result.toString();
	}

} //LogicalCpuImpl
