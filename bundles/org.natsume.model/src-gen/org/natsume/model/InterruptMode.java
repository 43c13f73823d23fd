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
 * A representation of the literals of the enumeration '<em><b>Interrupt Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a function interrupts.
 * <!-- end-model-doc -->
 * @see org.natsume.model.NatsumePackage#getInterruptMode()
 * @model
 * @generated
 */
public enum InterruptMode implements Enumerator {
	/**
	 * The '<em><b>INTX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTX_VALUE
	 * @generated
	 * @ordered
	 */
	INTX(0, "INTX", "INTX"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MSI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSI_VALUE
	 * @generated
	 * @ordered
	 */
	MSI(1, "MSI", "MSI"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MSIX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSIX_VALUE
	 * @generated
	 * @ordered
	 */
	MSIX(2, "MSIX", "MSIX"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTX_VALUE = 0;

	/**
	 * The '<em><b>MSI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MSI_VALUE = 1;

	/**
	 * The '<em><b>MSIX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MSIX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MSIX_VALUE = 2;

	/**
	 * An array of all the '<em><b>Interrupt Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InterruptMode[] VALUES_ARRAY =
		new InterruptMode[] {
			INTX,
			MSI,
			MSIX,
		};

	/**
	 * A public read-only list of all the '<em><b>Interrupt Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InterruptMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interrupt Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterruptMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterruptMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interrupt Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterruptMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterruptMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interrupt Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterruptMode get(int value) {
		switch (value) {
			case INTX_VALUE: return INTX;
			case MSI_VALUE: return MSI;
			case MSIX_VALUE: return MSIX;
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
	private InterruptMode(int value, String name, String literal) {
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
	
} //InterruptMode
