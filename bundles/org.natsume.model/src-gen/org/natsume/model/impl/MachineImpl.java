/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.natsume.model.InterruptLine;
import org.natsume.model.IoApic;
import org.natsume.model.LogicalCpu;
import org.natsume.model.Machine;
import org.natsume.model.NatsumePackage;
import org.natsume.model.PciBus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.MachineImpl#getBoard <em>Board</em>}</li>
 *   <li>{@link org.natsume.model.impl.MachineImpl#getCpuModel <em>Cpu Model</em>}</li>
 *   <li>{@link org.natsume.model.impl.MachineImpl#getClockHz <em>Clock Hz</em>}</li>
 *   <li>{@link org.natsume.model.impl.MachineImpl#getCpus <em>Cpus</em>}</li>
 *   <li>{@link org.natsume.model.impl.MachineImpl#getIoApics <em>Io Apics</em>}</li>
 *   <li>{@link org.natsume.model.impl.MachineImpl#getPciRoots <em>Pci Roots</em>}</li>
 *   <li>{@link org.natsume.model.impl.MachineImpl#getInterruptLines <em>Interrupt Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MachineImpl extends NamedElementImpl implements Machine {
	/**
	 * The default value of the '{@link #getBoard() <em>Board</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoard()
	 * @generated
	 * @ordered
	 */
	protected static final String BOARD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBoard() <em>Board</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoard()
	 * @generated
	 * @ordered
	 */
	protected String board = BOARD_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuModel() <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuModel()
	 * @generated
	 * @ordered
	 */
	protected static final String CPU_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpuModel() <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuModel()
	 * @generated
	 * @ordered
	 */
	protected String cpuModel = CPU_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getClockHz() <em>Clock Hz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockHz()
	 * @generated
	 * @ordered
	 */
	protected static final long CLOCK_HZ_EDEFAULT = 2670000000L;

	/**
	 * The cached value of the '{@link #getClockHz() <em>Clock Hz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClockHz()
	 * @generated
	 * @ordered
	 */
	protected long clockHz = CLOCK_HZ_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCpus() <em>Cpus</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpus()
	 * @generated
	 * @ordered
	 */
	protected EList<LogicalCpu> cpus;

	/**
	 * The cached value of the '{@link #getIoApics() <em>Io Apics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIoApics()
	 * @generated
	 * @ordered
	 */
	protected EList<IoApic> ioApics;

	/**
	 * The cached value of the '{@link #getPciRoots() <em>Pci Roots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPciRoots()
	 * @generated
	 * @ordered
	 */
	protected EList<PciBus> pciRoots;

	/**
	 * The cached value of the '{@link #getInterruptLines() <em>Interrupt Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptLines()
	 * @generated
	 * @ordered
	 */
	protected EList<InterruptLine> interruptLines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.MACHINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBoard() {
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoard(String newBoard) {
		String oldBoard = board;
		board = newBoard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.MACHINE__BOARD, oldBoard, board));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpuModel() {
		return cpuModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuModel(String newCpuModel) {
		String oldCpuModel = cpuModel;
		cpuModel = newCpuModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.MACHINE__CPU_MODEL, oldCpuModel, cpuModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getClockHz() {
		return clockHz;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClockHz(long newClockHz) {
		long oldClockHz = clockHz;
		clockHz = newClockHz;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.MACHINE__CLOCK_HZ, oldClockHz, clockHz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogicalCpu> getCpus() {
		if (cpus == null) {
			cpus = new EObjectContainmentEList<LogicalCpu>(LogicalCpu.class, this, NatsumePackage.MACHINE__CPUS);
		}
		return cpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IoApic> getIoApics() {
		if (ioApics == null) {
			ioApics = new EObjectContainmentEList<IoApic>(IoApic.class, this, NatsumePackage.MACHINE__IO_APICS);
		}
		return ioApics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PciBus> getPciRoots() {
		if (pciRoots == null) {
			pciRoots = new EObjectContainmentEList<PciBus>(PciBus.class, this, NatsumePackage.MACHINE__PCI_ROOTS);
		}
		return pciRoots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InterruptLine> getInterruptLines() {
		if (interruptLines == null) {
			interruptLines = new EObjectContainmentEList<InterruptLine>(InterruptLine.class, this, NatsumePackage.MACHINE__INTERRUPT_LINES);
		}
		return interruptLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NatsumePackage.MACHINE__CPUS:
				return ((InternalEList<?>)getCpus()).basicRemove(otherEnd, msgs);
			case NatsumePackage.MACHINE__IO_APICS:
				return ((InternalEList<?>)getIoApics()).basicRemove(otherEnd, msgs);
			case NatsumePackage.MACHINE__PCI_ROOTS:
				return ((InternalEList<?>)getPciRoots()).basicRemove(otherEnd, msgs);
			case NatsumePackage.MACHINE__INTERRUPT_LINES:
				return ((InternalEList<?>)getInterruptLines()).basicRemove(otherEnd, msgs);
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
			case NatsumePackage.MACHINE__BOARD:
				return getBoard();
			case NatsumePackage.MACHINE__CPU_MODEL:
				return getCpuModel();
			case NatsumePackage.MACHINE__CLOCK_HZ:
				return getClockHz();
			case NatsumePackage.MACHINE__CPUS:
				return getCpus();
			case NatsumePackage.MACHINE__IO_APICS:
				return getIoApics();
			case NatsumePackage.MACHINE__PCI_ROOTS:
				return getPciRoots();
			case NatsumePackage.MACHINE__INTERRUPT_LINES:
				return getInterruptLines();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NatsumePackage.MACHINE__BOARD:
				setBoard((String)newValue);
				return;
			case NatsumePackage.MACHINE__CPU_MODEL:
				setCpuModel((String)newValue);
				return;
			case NatsumePackage.MACHINE__CLOCK_HZ:
				setClockHz((Long)newValue);
				return;
			case NatsumePackage.MACHINE__CPUS:
				getCpus().clear();
				getCpus().addAll((Collection<? extends LogicalCpu>)newValue);
				return;
			case NatsumePackage.MACHINE__IO_APICS:
				getIoApics().clear();
				getIoApics().addAll((Collection<? extends IoApic>)newValue);
				return;
			case NatsumePackage.MACHINE__PCI_ROOTS:
				getPciRoots().clear();
				getPciRoots().addAll((Collection<? extends PciBus>)newValue);
				return;
			case NatsumePackage.MACHINE__INTERRUPT_LINES:
				getInterruptLines().clear();
				getInterruptLines().addAll((Collection<? extends InterruptLine>)newValue);
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
			case NatsumePackage.MACHINE__BOARD:
				setBoard(BOARD_EDEFAULT);
				return;
			case NatsumePackage.MACHINE__CPU_MODEL:
				setCpuModel(CPU_MODEL_EDEFAULT);
				return;
			case NatsumePackage.MACHINE__CLOCK_HZ:
				setClockHz(CLOCK_HZ_EDEFAULT);
				return;
			case NatsumePackage.MACHINE__CPUS:
				getCpus().clear();
				return;
			case NatsumePackage.MACHINE__IO_APICS:
				getIoApics().clear();
				return;
			case NatsumePackage.MACHINE__PCI_ROOTS:
				getPciRoots().clear();
				return;
			case NatsumePackage.MACHINE__INTERRUPT_LINES:
				getInterruptLines().clear();
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
			case NatsumePackage.MACHINE__BOARD:
				return BOARD_EDEFAULT == null ? board != null : !BOARD_EDEFAULT.equals(board);
			case NatsumePackage.MACHINE__CPU_MODEL:
				return CPU_MODEL_EDEFAULT == null ? cpuModel != null : !CPU_MODEL_EDEFAULT.equals(cpuModel);
			case NatsumePackage.MACHINE__CLOCK_HZ:
				return clockHz != CLOCK_HZ_EDEFAULT;
			case NatsumePackage.MACHINE__CPUS:
				return cpus != null && !cpus.isEmpty();
			case NatsumePackage.MACHINE__IO_APICS:
				return ioApics != null && !ioApics.isEmpty();
			case NatsumePackage.MACHINE__PCI_ROOTS:
				return pciRoots != null && !pciRoots.isEmpty();
			case NatsumePackage.MACHINE__INTERRUPT_LINES:
				return interruptLines != null && !interruptLines.isEmpty();
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
		result.append(" (board: "); //$NON-NLS-1$
		result.append(board);
		result.append(", cpuModel: "); //$NON-NLS-1$
		result.append(cpuModel);
		result.append(", clockHz: "); //$NON-NLS-1$
		result.append(clockHz);
		result.append(')');
		return result.toString();
	}

} //MachineImpl
