/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.natsume.model.LogicalCpu;
import org.natsume.model.NatsumePackage;
import org.natsume.model.Vcpu;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vcpu</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.impl.VcpuImpl#getVcpuId <em>Vcpu Id</em>}</li>
 *   <li>{@link org.natsume.model.impl.VcpuImpl#getHardAffinity <em>Hard Affinity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VcpuImpl extends IdentifiedImpl implements Vcpu {
	/**
	 * The default value of the '{@link #getVcpuId() <em>Vcpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuId()
	 * @generated
	 * @ordered
	 */
	protected static final int VCPU_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVcpuId() <em>Vcpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuId()
	 * @generated
	 * @ordered
	 */
	protected int vcpuId = VCPU_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHardAffinity() <em>Hard Affinity</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardAffinity()
	 * @generated
	 * @ordered
	 */
	protected EList<LogicalCpu> hardAffinity;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VcpuImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NatsumePackage.Literals.VCPU;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVcpuId() {
		return vcpuId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpuId(int newVcpuId) {
		int oldVcpuId = vcpuId;
		vcpuId = newVcpuId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NatsumePackage.VCPU__VCPU_ID, oldVcpuId, vcpuId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LogicalCpu> getHardAffinity() {
		if (hardAffinity == null) {
			hardAffinity = new EObjectResolvingEList<LogicalCpu>(LogicalCpu.class, this, NatsumePackage.VCPU__HARD_AFFINITY);
		}
		return hardAffinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NatsumePackage.VCPU__VCPU_ID:
				return getVcpuId();
			case NatsumePackage.VCPU__HARD_AFFINITY:
				return getHardAffinity();
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
			case NatsumePackage.VCPU__VCPU_ID:
				setVcpuId((Integer)newValue);
				return;
			case NatsumePackage.VCPU__HARD_AFFINITY:
				getHardAffinity().clear();
				getHardAffinity().addAll((Collection<? extends LogicalCpu>)newValue);
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
			case NatsumePackage.VCPU__VCPU_ID:
				setVcpuId(VCPU_ID_EDEFAULT);
				return;
			case NatsumePackage.VCPU__HARD_AFFINITY:
				getHardAffinity().clear();
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
			case NatsumePackage.VCPU__VCPU_ID:
				return vcpuId != VCPU_ID_EDEFAULT;
			case NatsumePackage.VCPU__HARD_AFFINITY:
				return hardAffinity != null && !hardAffinity.isEmpty();
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
		result.append(" (vcpuId: "); //$NON-NLS-1$
		result.append(vcpuId);
		result.append(')');
		return result.toString();
	}

} //VcpuImpl
