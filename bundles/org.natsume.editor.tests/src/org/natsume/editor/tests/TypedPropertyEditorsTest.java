package org.natsume.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.natsume.model.Domain;
import org.natsume.model.RedirectionEntry;
import org.natsume.model.ioapic.PinProgramming;

/**
 * The Properties view's editors are typed: a check box for a boolean (an IO-APIC pin's Masked), and number fields
 * that refuse bad text and out-of-range values with the field's own message (not EMF's "not a valid EInt"), and
 * accept good text again at once.
 */
class TypedPropertyEditorsTest extends SharedExampleEditorTest {

    private IPropertySource source(EObject o) {
        return new org.natsume.ui.properties.ItemPropertySourceProvider(editor.editingDomain().getAdapterFactory(),
                new org.natsume.editor.validation.PropertyRules()).getPropertySource(o);
    }

    private static IPropertyDescriptor named(IPropertySource s, String feature) {
        return Arrays.stream(s.getPropertyDescriptors()).filter(d -> d.getId().toString().contains(feature)
                || d.getDisplayName().replace(" ", "").equalsIgnoreCase(feature)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + feature + " among " + Arrays.stream(
                        s.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList()));
    }

    @Test
    void memoryRefusesTextAndNegativeSizesWithTheFieldsMessage() {
        Domain guestB = EditorFixture.domain(t, "guestB");
        IPropertyDescriptor memory = named(source(guestB), "memoryMiB");
        CellEditor cell = memory.createPropertyEditor(editor.getSite().getShell());
        try {
            String notANumber = MessageFormat.format(cell.getValidator().isValid("abc"), "");
            assertTrue(notANumber.contains("'abc' is not a whole number"), notANumber);
            assertFalse(notANumber.contains("EInt"), notANumber);
            String negative = MessageFormat.format(cell.getValidator().isValid("-512"), "");
            assertTrue(negative.startsWith("Memory must be at least 1 MiB"), negative);
            assertNull(cell.getValidator().isValid("1024"));

            cell.setValue(512);
            cell.activate();
            Text field = (Text) cell.getControl();
            field.setText("-512");
            assertFalse(cell.isValueValid(), "the typed value is refused at the field");
            assertTrue(MessageFormat.format(cell.getErrorMessage(), "").startsWith("Memory must be"));
            field.setText("768");
            assertTrue(cell.isValueValid(), "the message goes as soon as the text is good");
            assertNull(cell.getErrorMessage());
        } finally {
            cell.dispose();
        }
    }

    @Test
    void aPinsMaskedIsACheckBox() {
        RedirectionEntry pin = PinProgramming.entry(t.getMachine(), 20).orElseThrow();
        CellEditor cell = named(source(pin), "masked").createPropertyEditor(editor.getSite().getShell());
        try {
            assertTrue(cell instanceof CheckboxCellEditor, cell.getClass().getName());
        } finally {
            cell.dispose();
        }
        assertEquals(false, pin.isMasked());
    }
}
