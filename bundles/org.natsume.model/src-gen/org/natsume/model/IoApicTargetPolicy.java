/**
 * Natsume Workbench. Generated from model/natsume.ecore; do not edit, run releng/org.natsume.codegen instead (docs/model.md).
 */
package org.natsume.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Io Apic Target Policy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How Xen programs the RTE of a guest-bound GSI.
 * <!-- end-model-doc -->
 * @see org.natsume.model.NatsumePackage#getIoApicTargetPolicy()
 * @model
 * @generated
 */
public enum IoApicTargetPolicy implements Enumerator {
	/**
	 * The '<em><b>XEN DEFAULT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XEN_DEFAULT_VALUE
	 * @generated
	 * @ordered
	 */
	XEN_DEFAULT(0, "XEN_DEFAULT", "XEN_DEFAULT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PIN TO RTVM CPU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIN_TO_RTVM_CPU_VALUE
	 * @generated
	 * @ordered
	 */
	PIN_TO_RTVM_CPU(1, "PIN_TO_RTVM_CPU", "PIN_TO_RTVM_CPU"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>XEN DEFAULT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XEN_DEFAULT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int XEN_DEFAULT_VALUE = 0;

	/**
	 * The '<em><b>PIN TO RTVM CPU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIN_TO_RTVM_CPU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PIN_TO_RTVM_CPU_VALUE = 1;

	/**
	 * An array of all the '<em><b>Io Apic Target Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IoApicTargetPolicy[] VALUES_ARRAY =
		new IoApicTargetPolicy[] {
			XEN_DEFAULT,
			PIN_TO_RTVM_CPU,
		};

	/**
	 * A public read-only list of all the '<em><b>Io Apic Target Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IoApicTargetPolicy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Io Apic Target Policy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IoApicTargetPolicy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IoApicTargetPolicy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Io Apic Target Policy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IoApicTargetPolicy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IoApicTargetPolicy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Io Apic Target Policy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IoApicTargetPolicy get(int value) {
		switch (value) {
			case XEN_DEFAULT_VALUE: return XEN_DEFAULT;
			case PIN_TO_RTVM_CPU_VALUE: return PIN_TO_RTVM_CPU;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private IoApicTargetPolicy(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //IoApicTargetPolicy
