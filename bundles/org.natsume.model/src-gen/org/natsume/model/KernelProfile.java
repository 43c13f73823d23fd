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
 * A representation of the literals of the enumeration '<em><b>Kernel Profile</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A Linux kernel with its driver defaults (org.natsume.model.kernel.KernelProfiles, domain.md 0.1).
 * <!-- end-model-doc -->
 * @see org.natsume.model.NatsumePackage#getKernelProfile()
 * @model
 * @generated
 */
public enum KernelProfile implements Enumerator {
	/**
	 * The '<em><b>BY ROLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BY_ROLE_VALUE
	 * @generated
	 * @ordered
	 */
	BY_ROLE(0, "BY_ROLE", "BY_ROLE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LINUX 2618 XEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX_2618_XEN_VALUE
	 * @generated
	 * @ordered
	 */
	LINUX_2618_XEN(1, "LINUX_2618_XEN", "LINUX_2618_XEN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LINUX 2618 XEN0</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX_2618_XEN0_VALUE
	 * @generated
	 * @ordered
	 */
	LINUX_2618_XEN0(2, "LINUX_2618_XEN0", "LINUX_2618_XEN0"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LINUX 2626</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX_2626_VALUE
	 * @generated
	 * @ordered
	 */
	LINUX_2626(3, "LINUX_2626", "LINUX_2626"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LINUX 2626 XEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX_2626_XEN_VALUE
	 * @generated
	 * @ordered
	 */
	LINUX_2626_XEN(4, "LINUX_2626_XEN", "LINUX_2626_XEN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LINUX MODERN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX_MODERN_VALUE
	 * @generated
	 * @ordered
	 */
	LINUX_MODERN(5, "LINUX_MODERN", "LINUX_MODERN"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BY ROLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BY_ROLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BY_ROLE_VALUE = 0;

	/**
	 * The '<em><b>LINUX 2618 XEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX_2618_XEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LINUX_2618_XEN_VALUE = 1;

	/**
	 * The '<em><b>LINUX 2618 XEN0</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX_2618_XEN0
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LINUX_2618_XEN0_VALUE = 2;

	/**
	 * The '<em><b>LINUX 2626</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX_2626
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LINUX_2626_VALUE = 3;

	/**
	 * The '<em><b>LINUX 2626 XEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX_2626_XEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LINUX_2626_XEN_VALUE = 4;

	/**
	 * The '<em><b>LINUX MODERN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX_MODERN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LINUX_MODERN_VALUE = 5;

	/**
	 * An array of all the '<em><b>Kernel Profile</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final KernelProfile[] VALUES_ARRAY =
		new KernelProfile[] {
			BY_ROLE,
			LINUX_2618_XEN,
			LINUX_2618_XEN0,
			LINUX_2626,
			LINUX_2626_XEN,
			LINUX_MODERN,
		};

	/**
	 * A public read-only list of all the '<em><b>Kernel Profile</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<KernelProfile> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kernel Profile</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelProfile get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KernelProfile result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kernel Profile</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelProfile getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KernelProfile result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kernel Profile</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KernelProfile get(int value) {
		switch (value) {
			case BY_ROLE_VALUE: return BY_ROLE;
			case LINUX_2618_XEN_VALUE: return LINUX_2618_XEN;
			case LINUX_2618_XEN0_VALUE: return LINUX_2618_XEN0;
			case LINUX_2626_VALUE: return LINUX_2626;
			case LINUX_2626_XEN_VALUE: return LINUX_2626_XEN;
			case LINUX_MODERN_VALUE: return LINUX_MODERN;
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
	private KernelProfile(int value, String name, String literal) {
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
	
} //KernelProfile
