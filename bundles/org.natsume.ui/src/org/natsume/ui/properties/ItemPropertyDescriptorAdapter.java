package org.natsume.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One row of the Properties view for one EMF.Edit item property descriptor: display name, category, description and
 * label from the item provider; a combo for enumerations and single references (the provider's choice of values), a
 * check box for booleans, a text field for other data-typed attributes (converted with the feature's EDataType, hex
 * for the features the ecore marks as hexadecimal, {@link HexValues}; range rules from the {@link ValueValidator}),
 * nothing for read-only and many-valued features.
 */
final class ItemPropertyDescriptorAdapter extends PropertyDescriptor {
    private final Object object;
    private final IItemPropertyDescriptor item;
    private final ValueValidator validator;

    ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor item, ValueValidator validator) {
        super(item.getId(object), item.getDisplayName(object));
        this.object = object;
        this.item = item;
        this.validator = validator;
        setCategory(item.getCategory(object));
        setDescription(item.getDescription(object));
        String[] flags = item.getFilterFlags(object);
        if (flags != null) {
            setFilterFlags(flags);
        }
        IItemLabelProvider labels = item.getLabelProvider(object);
        int hexDigits = HexValues.digits(item.getFeature(object));
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = ItemPropertySource.unwrap(object, element);
                if (hexDigits > 0 && value instanceof Integer i) {
                    return HexValues.format(i, hexDigits);
                }
                if (value instanceof Collection<?> many) {
                    return many.stream().map(labels::getText).reduce((a, b) -> a + ", " + b).orElse("");
                }
                return labels.getText(value);
            }
        });
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!item.canSetProperty(object) || item.isMany(object)) {
            return null;
        }
        Object feature = item.getFeature(object);
        Collection<?> choices = item.getChoiceOfValues(object);
        if (choices != null) {
            return new ChoiceCellEditor(parent, new ArrayList<>(choices), item.getLabelProvider(object));
        }
        if (feature instanceof EAttribute attribute) {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (type == boolean.class || type == Boolean.class) {
                return new CheckboxCellEditor(parent);
            }
            return new DataTypeCellEditor(parent, object, attribute, item.getDisplayName(object), validator);
        }
        return null;
    }

    /** A combo over the provider's choices; its value is the chosen object itself. */
    private static final class ChoiceCellEditor extends ComboBoxCellEditor {
        private final List<Object> choices;

        ChoiceCellEditor(Composite parent, List<Object> choices, IItemLabelProvider labels) {
            super(parent, choices.stream().map(c -> c == null ? "" : labels.getText(c)).toArray(String[]::new),
                    SWT.READ_ONLY);
            this.choices = choices;
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index < 0 || index >= choices.size() ? null : choices.get(index);
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(Math.max(0, choices.indexOf(value)));
        }
    }

    /**
     * A text field whose value is converted to and from the attribute's data type; bad text is refused with a
     * message in the field's own words, shown on the field (an error decoration with the message as its hover) while
     * the text is bad and gone as soon as it is good again.
     */
    static final class DataTypeCellEditor extends TextCellEditor {
        private final EDataType type;
        private final int hexDigits;
        private final String label;
        private ControlDecoration decoration;
        private String problem;

        DataTypeCellEditor(Composite parent, Object owner, EAttribute attribute, String label,
                ValueValidator validator) {
            super(parent);
            this.type = attribute.getEAttributeType();
            this.hexDigits = HexValues.digits(attribute);
            this.label = label;
            setValidator(value -> {
                problem = check(String.valueOf(value), owner, attribute, validator);
                showProblem();
                return forPropertySheet(problem);
            });
        }

        /** The field's current problem in plain words, {@code null} when the text is fine. */
        String problem() {
            return problem;
        }

        private void showProblem() {
            if (text == null || text.isDisposed()) {
                return;
            }
            if (decoration == null) {
                decoration = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
                decoration.setImage(FieldDecorationRegistry.getDefault()
                        .getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
            }
            if (problem == null) {
                decoration.hide();
                decoration.hideHover();
            } else {
                decoration.setDescriptionText(problem);
                decoration.show();
                decoration.showHoverText(problem);
            }
        }

        @Override
        public void deactivate() {
            if (decoration != null) {
                decoration.hideHover();
                decoration.hide();
            }
            super.deactivate();
        }

        @Override
        public void dispose() {
            if (decoration != null) {
                decoration.dispose();
            }
            super.dispose();
        }

        private String check(String text, Object owner, EAttribute attribute, ValueValidator validator) {
            try {
                convert(text);
            } catch (RuntimeException e) {
                if (hexDigits > 0) {
                    return label + ": " + e.getMessage();
                }
                return label + ": '" + text.strip() + "' is not " + kind() + ".";
            }
            return validator.check(owner, (EStructuralFeature) attribute, text);
        }

        /** What the data type accepts, in words. */
        private String kind() {
            Class<?> c = type.getInstanceClass();
            if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class) {
                return "a whole number";
            }
            if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
                return "a number (e.g. 2.5)";
            }
            if (c != null && c.isEnum()) {
                return "one of " + java.util.Arrays.toString(c.getEnumConstants());
            }
            return "a valid " + type.getName();
        }

        /** The Properties view runs an editor's message through MessageFormat, where ' and { are syntax. */
        static String forPropertySheet(String message) {
            return message == null ? null : message.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
        }

        private Object convert(String text) {
            if (type.getInstanceClass() == String.class) {
                return text;
            }
            if (hexDigits > 0) {
                return HexValues.parse(text, hexDigits);
            }
            return EcoreUtil.createFromString(type, text.strip());
        }

        @Override
        protected Object doGetValue() {
            return convert((String) super.doGetValue());
        }

        @Override
        protected void doSetValue(Object value) {
            if (hexDigits > 0 && value instanceof Integer i) {
                super.doSetValue(HexValues.format(i, hexDigits));
                return;
            }
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
        }
    }
}
