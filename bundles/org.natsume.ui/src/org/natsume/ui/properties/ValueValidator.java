package org.natsume.ui.properties;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Extra checking of a typed-in property value, beyond "does it parse as the feature's data type": for example a BDF
 * must satisfy the Bdf parser. Returns an error message naming what is wrong, or {@code null} when the text is fine.
 */
@FunctionalInterface
public interface ValueValidator {
    ValueValidator NONE = (owner, feature, text) -> null;

    String check(Object owner, EStructuralFeature feature, String text);
}
