/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Logical Cpu</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PCPU: one logical processor (hyper-thread).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.natsume.model.LogicalCpu#getCpuId <em>Cpu Id</em>}</li>
 *   <li>{@link org.natsume.model.LogicalCpu#getApicId <em>Apic Id</em>}</li>
 *   <li>{@link org.natsume.model.LogicalCpu#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.natsume.model.LogicalCpu#getSocket <em>Socket</em>}</li>
 *   <li>{@link org.natsume.model.LogicalCpu#getCore <em>Core</em>}</li>
 *   <li>{@link org.natsume.model.LogicalCpu#getThread <em>Thread</em>}</li>
 * </ul>
 *
 * @see org.natsume.model.NatsumePackage#getLogicalCpu()
 * @model
 * @generated
 */
public interface LogicalCpu extends Identified {
	/**
	 * Returns the value of the '<em><b>Cpu Id</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xen/Linux CPU number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Id</em>' attribute.
	 * @see #setCpuId(int)
	 * @see org.natsume.model.NatsumePackage#getLogicalCpu_CpuId()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Identity'"
	 * @generated
	 */
	int getCpuId();

	/**
	 * Sets the value of the '{@link org.natsume.model.LogicalCpu#getCpuId <em>Cpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Id</em>' attribute.
	 * @see #getCpuId()
	 * @generated
	 */
	void setCpuId(int value);

	/**
	 * Returns the value of the '<em><b>Apic Id</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Local APIC ID; the physical-mode IO-APIC destination.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Apic Id</em>' attribute.
	 * @see #setApicId(int)
	 * @see org.natsume.model.NatsumePackage#getLogicalCpu_ApicId()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='APIC'"
	 * @generated
	 */
	int getApicId();

	/**
	 * Sets the value of the '{@link org.natsume.model.LogicalCpu#getApicId <em>Apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Apic Id</em>' attribute.
	 * @see #getApicId()
	 * @generated
	 */
	void setApicId(int value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False when the CPU is disabled (the paper's case 1 enables one CPU).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.natsume.model.NatsumePackage#getLogicalCpu_Enabled()
	 * @model default="true"
	 *        annotation="http://www.natsume.org/model/edit category='Identity'"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.natsume.model.LogicalCpu#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Socket</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Socket index.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Socket</em>' attribute.
	 * @see #setSocket(int)
	 * @see org.natsume.model.NatsumePackage#getLogicalCpu_Socket()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Topology'"
	 * @generated
	 */
	int getSocket();

	/**
	 * Sets the value of the '{@link org.natsume.model.LogicalCpu#getSocket <em>Socket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Socket</em>' attribute.
	 * @see #getSocket()
	 * @generated
	 */
	void setSocket(int value);

	/**
	 * Returns the value of the '<em><b>Core</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Core index within the socket.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Core</em>' attribute.
	 * @see #setCore(int)
	 * @see org.natsume.model.NatsumePackage#getLogicalCpu_Core()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Topology'"
	 * @generated
	 */
	int getCore();

	/**
	 * Sets the value of the '{@link org.natsume.model.LogicalCpu#getCore <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Core</em>' attribute.
	 * @see #getCore()
	 * @generated
	 */
	void setCore(int value);

	/**
	 * Returns the value of the '<em><b>Thread</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SMT thread index within the core.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thread</em>' attribute.
	 * @see #setThread(int)
	 * @see org.natsume.model.NatsumePackage#getLogicalCpu_Thread()
	 * @model default="0"
	 *        annotation="http://www.natsume.org/model/edit category='Topology'"
	 * @generated
	 */
	int getThread();

	/**
	 * Sets the value of the '{@link org.natsume.model.LogicalCpu#getThread <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thread</em>' attribute.
	 * @see #getThread()
	 * @generated
	 */
	void setThread(int value);

} // LogicalCpu
