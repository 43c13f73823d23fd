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
 * A representation of the literals of the enumeration '<em><b>Lowest Priority Arbitration</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Chipset lowest-priority arbitration model (domain.md 4.1).
 * <!-- end-model-doc -->
 * @see org.natsume.model.NatsumePackage#getLowestPriorityArbitration()
 * @model
 * @generated
 */
public enum LowestPriorityArbitration implements Enumerator {
	/**
	 * The '<em><b>FIRST IN MASK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_IN_MASK_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_IN_MASK(0, "FIRST_IN_MASK", "FIRST_IN_MASK"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ROUND ROBIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUND_ROBIN_VALUE
	 * @generated
	 * @ordered
	 */
	ROUND_ROBIN(1, "ROUND_ROBIN", "ROUND_ROBIN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LOWEST TPR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWEST_TPR_VALUE
	 * @generated
	 * @ordered
	 */
	LOWEST_TPR(2, "LOWEST_TPR", "LOWEST_TPR"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FIRST IN MASK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_IN_MASK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_IN_MASK_VALUE = 0;

	/**
	 * The '<em><b>ROUND ROBIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROUND_ROBIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROUND_ROBIN_VALUE = 1;

	/**
	 * The '<em><b>LOWEST TPR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOWEST_TPR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOWEST_TPR_VALUE = 2;

	/**
	 * An array of all the '<em><b>Lowest Priority Arbitration</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LowestPriorityArbitration[] VALUES_ARRAY =
		new LowestPriorityArbitration[] {
			FIRST_IN_MASK,
			ROUND_ROBIN,
			LOWEST_TPR,
		};

	/**
	 * A public read-only list of all the '<em><b>Lowest Priority Arbitration</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LowestPriorityArbitration> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Lowest Priority Arbitration</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LowestPriorityArbitration get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LowestPriorityArbitration result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lowest Priority Arbitration</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LowestPriorityArbitration getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LowestPriorityArbitration result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lowest Priority Arbitration</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LowestPriorityArbitration get(int value) {
		switch (value) {
			case FIRST_IN_MASK_VALUE: return FIRST_IN_MASK;
			case ROUND_ROBIN_VALUE: return ROUND_ROBIN;
			case LOWEST_TPR_VALUE: return LOWEST_TPR;
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
	private LowestPriorityArbitration(int value, String name, String literal) {
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
	
} //LowestPriorityArbitration
