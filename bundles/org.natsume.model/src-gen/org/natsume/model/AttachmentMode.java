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
 * A representation of the literals of the enumeration '<em><b>Attachment Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Device attachment mode (domain.md 2.3).
 * <!-- end-model-doc -->
 * @see org.natsume.model.NatsumePackage#getAttachmentMode()
 * @model
 * @generated
 */
public enum AttachmentMode implements Enumerator {
	/**
	 * The '<em><b>NATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	NATIVE(0, "NATIVE", "NATIVE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PARAVIRTUAL VIF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAVIRTUAL_VIF_VALUE
	 * @generated
	 * @ordered
	 */
	PARAVIRTUAL_VIF(1, "PARAVIRTUAL_VIF", "PARAVIRTUAL_VIF"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PASSTHROUGH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PASSTHROUGH_VALUE
	 * @generated
	 * @ordered
	 */
	PASSTHROUGH(2, "PASSTHROUGH", "PASSTHROUGH"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EMULATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMULATED_VALUE
	 * @generated
	 * @ordered
	 */
	EMULATED(3, "EMULATED", "EMULATED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIVE_VALUE = 0;

	/**
	 * The '<em><b>PARAVIRTUAL VIF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAVIRTUAL_VIF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARAVIRTUAL_VIF_VALUE = 1;

	/**
	 * The '<em><b>PASSTHROUGH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PASSTHROUGH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PASSTHROUGH_VALUE = 2;

	/**
	 * The '<em><b>EMULATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMULATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMULATED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Attachment Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AttachmentMode[] VALUES_ARRAY =
		new AttachmentMode[] {
			NATIVE,
			PARAVIRTUAL_VIF,
			PASSTHROUGH,
			EMULATED,
		};

	/**
	 * A public read-only list of all the '<em><b>Attachment Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AttachmentMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Attachment Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttachmentMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AttachmentMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attachment Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttachmentMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AttachmentMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attachment Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttachmentMode get(int value) {
		switch (value) {
			case NATIVE_VALUE: return NATIVE;
			case PARAVIRTUAL_VIF_VALUE: return PARAVIRTUAL_VIF;
			case PASSTHROUGH_VALUE: return PASSTHROUGH;
			case EMULATED_VALUE: return EMULATED;
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
	private AttachmentMode(int value, String name, String literal) {
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
	
} //AttachmentMode
