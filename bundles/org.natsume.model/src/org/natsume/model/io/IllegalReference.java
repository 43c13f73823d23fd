package org.natsume.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.IllegalValueException;

/**
 * Turns EMF's "Value 'org.natsume.model.impl.XImpl@1a2b (id: x) …' is not legal" into what the user wrote and why it
 * is refused: an id that names an object of the wrong type, or the same object twice in a list. EMF resolves ids at
 * the end of the document and reports these without a position, so the attribute is found again in the file.
 */
final class IllegalReference {

    private IllegalReference() {
    }

    static TopologyLoadException of(Path file, IllegalValueException e) {
        EObject owner = e.getObject();
        EStructuralFeature feature = e.getFeature();
        String ownerId = owner == null ? null : EcoreUtil.getID(owner);
        String name = feature == null ? "a reference" : feature.getName();
        int[] at = e.getLine() > 0 ? new int[] {e.getLine(), e.getColumn()} : locate(file, ownerId, name);
        String of = owner == null ? "" : " of " + owner.eClass().getName() + (ownerId == null ? "" : " '" + ownerId + "'");
        String reason;
        if (e.getValue() instanceof EObject value) {
            String valueId = EcoreUtil.getID(value);
            String what = "'" + (valueId == null ? "?" : valueId) + "'";
            if (feature != null && feature.getEType().isInstance(value)) {
                reason = name + of + " lists " + what + " more than once; name each " + feature.getEType().getName() + " once";
            } else {
                reason = name + of + " refers to " + what + ", which is a " + value.eClass().getName()
                        + (feature == null ? "" : "; " + name + " must refer to a " + feature.getEType().getName());
            }
        } else {
            reason = "the value of " + name + of + " is not legal";
        }
        return new TopologyLoadException(file, at[0], at[1], reason, e);
    }

    /** Line and column of {@code name="} in the start tag of the element whose id is {@code ownerId}; 0, 0 if not found. */
    static int[] locate(Path file, String ownerId, String name) {
        if (ownerId == null) return new int[] {0, 0};
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException | OutOfMemoryError e) {
            return new int[] {0, 0};
        }
        Matcher tag = Pattern.compile("<[\\w:.-]+[^>]*?\\sid\\s*=\\s*([\"'])" + Pattern.quote(ownerId) + "\\1[^>]*>").matcher(text);
        if (!tag.find()) return new int[] {0, 0};
        Matcher attr = Pattern.compile("\\s(" + Pattern.quote(name) + ")\\s*=").matcher(text).region(tag.start(), tag.end());
        int offset = attr.find() ? attr.start(1) : tag.start();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
