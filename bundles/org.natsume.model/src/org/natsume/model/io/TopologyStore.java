package org.natsume.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.natsume.model.NatsumePackage;
import org.natsume.model.Topology;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes {@code .natsume} files (XMI) without needing OSGi: the package and the extension are registered on
 * the resource set this class creates. Saving is atomic (temp file in the same folder, then rename), so a failed save
 * leaves the previous file untouched. Element order is the containment order and ids are stable, so saving the same
 * model twice gives the same bytes.
 */
public final class TopologyStore {

    /** File extension of topology files, without the dot. */
    public static final String EXTENSION = "natsume";

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private static final org.eclipse.emf.ecore.xmi.XMLParserPool PARSER_POOL =
            new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl();

    private TopologyStore() {
    }

    /** A resource set that knows the Natsume package and the {@code .natsume} extension. */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(NatsumePackage.eNS_URI, NatsumePackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new XMIResourceFactoryImpl());
        rs.getLoadOptions().putAll(loadOptions());
        return rs;
    }

    /** Registers the package and extension globally (for code that uses its own ResourceSet outside OSGi). */
    public static void registerStandalone() {
        EPackage.Registry.INSTANCE.put(NatsumePackage.eNS_URI, NatsumePackage.eINSTANCE);
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(EXTENSION,
                new XMIResourceFactoryImpl());
    }

    static Map<Object, Object> loadOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        o.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        o.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        o.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        // no DTD at all: entities could rename objects (an external one expands to "" when unreadable) or read
        // other files; a model file never needs one (docs/model.md)
        o.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(DISALLOW_DOCTYPE, Boolean.TRUE));
        return o;
    }

    static Map<Object, Object> saveOptions() {
        Map<Object, Object> o = new HashMap<>();
        o.put(XMLResource.OPTION_ENCODING, "UTF-8");
        o.put(XMLResource.OPTION_LINE_WIDTH, 120);
        o.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        o.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return o;
    }

    /**
     * Loads the topology in {@code file}.
     *
     * @throws TopologyLoadException with file, line and column when the file is missing, not XML, not a Natsume
     *         topology, or has a reference to an id that does not exist
     */
    public static Topology load(Path file) throws TopologyLoadException {
        Path abs = file.toAbsolutePath();
        if (!Files.isRegularFile(abs)) {
            throw new TopologyLoadException(file, 0, 0,
                    Files.exists(abs) ? "not a regular file" : "file not found", null);
        }
        long size;
        try {
            size = Files.size(abs);
        } catch (IOException e) {
            throw new TopologyLoadException(file, 0, 0, "cannot read the file (" + e.getMessage() + ")", e);
        }
        java.util.Optional<String> tooLarge = HeapBudget.tooLarge(size, Runtime.getRuntime().maxMemory());
        if (tooLarge.isPresent()) throw new TopologyLoadException(file, 0, 0, tooLarge.get(), null);
        try {
            return loadXmi(file, abs);
        } catch (OutOfMemoryError e) {
            // the half-loaded resource is garbage once this frame is left, so the heap is free again for the message
            throw new TopologyLoadException(file, 0, 0, HeapBudget.outOfMemory(size), null);
        }
    }

    private static Topology loadXmi(Path file, Path abs) throws TopologyLoadException {
        ResourceSet rs = newResourceSet();
        // created through the factory directly: any file name works, not only *.natsume
        Resource resource = new XMIResourceFactoryImpl().createResource(URI.createFileURI(abs.toString()));
        // id → object map: without it every id reference is resolved by a scan of the whole file
        ((org.eclipse.emf.ecore.resource.impl.ResourceImpl) resource).setIntrinsicIDToEObjectMap(new HashMap<>());
        rs.getResources().add(resource);
        try {
            resource.load(rs.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            throw positioned(file, e, resource.getErrors());
        }
        if (!resource.getErrors().isEmpty()) {
            throw positioned(file, null, resource.getErrors());
        }
        List<EObject> contents = resource.getContents();
        if (contents.isEmpty()) {
            throw new TopologyLoadException(file, 0, 0, "the file contains no model", null);
        }
        if (!(contents.get(0) instanceof Topology topology)) {
            throw new TopologyLoadException(file, 0, 0, "the root element is a "
                    + contents.get(0).eClass().getName() + ", expected a natsume:Topology", null);
        }
        return topology;
    }

    private static TopologyLoadException positioned(Path file, Exception e, List<Resource.Diagnostic> errors) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof SAXParseException sax) {
                String what = sax.getMessage() != null && sax.getMessage().contains(DISALLOW_DOCTYPE)
                        ? "a DOCTYPE (DTD) is not allowed in a model file: its entities could change names or read other"
                                + " files; remove the <!DOCTYPE ...> declaration"
                        : "malformed XML: " + sax.getMessage();
                return new TopologyLoadException(file, sax.getLineNumber(), sax.getColumnNumber(), what, e);
            }
            if (t instanceof IllegalValueException illegal) {
                return IllegalReference.of(file, illegal);
            }
            if (t instanceof XMIException x) {
                return new TopologyLoadException(file, x.getLine(), x.getColumn(), explain(x), e);
            }
            if (t.getCause() == t) {
                break;
            }
            t = t instanceof WrappedException w ? w.exception() : t.getCause();
        }
        if (!errors.isEmpty()) {
            Resource.Diagnostic d = errors.get(0);
            if (d instanceof IllegalValueException illegal) {
                TopologyLoadException first = IllegalReference.of(file, illegal);
                if (errors.size() == 1) return first;
                return new TopologyLoadException(file, first.line(), first.column(),
                        first.reason() + " (and " + (errors.size() - 1) + " more problems)", e);
            }
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more problems)" : "";
            return new TopologyLoadException(file, d.getLine(), d.getColumn(), explain(clean(d.getMessage())) + more,
                    e);
        }
        return new TopologyLoadException(file, 0, 0, e == null ? "unreadable file" : explain(clean(e.getMessage())),
                e);
    }

    /** The parser's encoding error as EMF passes it on: its internal class name, then the reason. */
    private static final java.util.regex.Pattern PARSER_ENCODING_ERROR =
            java.util.regex.Pattern.compile(
                    "(?:[\\w$]+\\.)+\\w*(?:MalformedByteSequence|CharConversion)Exception: (.*)",
                    java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern UNKNOWN_PACKAGE =
            java.util.regex.Pattern.compile("Package with uri '([^']*)' not found\\.?");

    /**
     * Rewords the two EMF messages a user meets when the file is not a topology at all: a binary or non-UTF-8 file
     * (EMF reports the parser's internal exception class) and XML of another format (EMF names a package URI).
     */
    private static String explain(XMIException x) {
        for (Throwable c = x; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof java.io.CharConversionException) {
                return "not a text XML file (" + c.getMessage() + "); expected a natsume:Topology XML document";
            }
        }
        return explain(clean(x.getMessage()));
    }

    private static String explain(String message) {
        java.util.regex.Matcher encoding = PARSER_ENCODING_ERROR.matcher(message);
        if (encoding.matches()) {
            return "not a text XML file (" + encoding.group(1) + "); expected a natsume:Topology XML document";
        }
        java.util.regex.Matcher m = UNKNOWN_PACKAGE.matcher(message);
        if (m.matches()) {
            String uri = m.group(1);
            return "not a Natsume topology: the root element is "
                    + ("null".equals(uri) || uri.isEmpty() ? "in no XML namespace" : "in namespace '" + uri + "'")
                    + ", expected natsume:Topology in namespace '" + NatsumePackage.eNS_URI + "'";
        }
        return message;
    }

    /** EMF's toString of a model object: {@code org.natsume.model.impl.NicImpl@1a2b3c (id: nic-a) (name: …)}. */
    private static final java.util.regex.Pattern OBJECT_TO_STRING = java.util.regex.Pattern.compile(
            "(?:[\\w$]+\\.)+(\\w+?)Impl@[0-9a-f]+(?: \\(id: ([^)]*)\\))?(?: \\([^)]*\\))*");

    /**
     * EMF messages often repeat the file URI and position; the exception message already has them. A model object
     * in a message is named by type and id, never by Java class and identity hash.
     */
    private static String clean(String message) {
        if (message == null) {
            return "unreadable file";
        }
        message = OBJECT_TO_STRING.matcher(message).replaceAll(
                m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + (m.group(2) == null ? "" : " " + m.group(2))));
        return message.replaceAll("\\s*\\(file:[^)]*\\)\\s*$", "").replaceAll("\\s*\\(.*line: \\d+, column: \\d+\\)\\s*$", "");
    }

    /**
     * Writes {@code topology} to {@code file} atomically ({@link org.natsume.io.AtomicFile}): a symbolic link is
     * written through, an existing file keeps its mode, a new one gets the umask's. Objects without an id get one
     * first. If anything fails, the previous content of {@code file} is unchanged and no temp file is left behind.
     */
    public static void save(Topology topology, Path file) throws IOException {
        Ids.ensureIds(topology);
        Path abs = org.natsume.io.AtomicFile.resolveLinks(file.toAbsolutePath());
        Resource resource = topology.eResource();
        if (resource == null) {
            resource = new XMIResourceFactoryImpl().createResource(URI.createFileURI(abs.toString()));
            newResourceSet().getResources().add(resource);
            resource.getContents().add(topology);
        }
        Resource r = resource;
        try {
            org.natsume.io.AtomicFile.write(abs, out -> {
                r.save(out, saveOptions());
                requireSelfContained(topology, file);
            });
        } catch (WrappedException e) {
            throw new IOException("cannot save " + file + ": " + e.exception().getMessage(), e.exception());
        } catch (RuntimeException e) {
            throw new IOException("cannot save " + file + ": " + e.getMessage(), e);
        }
        // the resource keeps the name the user gave (the link, if it is one), so the next save goes through it again
        resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
    }

    /**
     * A reference to an object outside the topology (e.g. a device that was deleted but is still attached) would be
     * written as a dangling id and fail on the next load, so it fails the save instead.
     */
    private static void requireSelfContained(Topology topology, Path file) throws IOException {
        Map<EObject, java.util.Collection<org.eclipse.emf.ecore.EStructuralFeature.Setting>> external =
                org.eclipse.emf.ecore.util.EcoreUtil.ExternalCrossReferencer.find(topology);
        if (!external.isEmpty()) {
            Map.Entry<EObject, java.util.Collection<org.eclipse.emf.ecore.EStructuralFeature.Setting>> e =
                    external.entrySet().iterator().next();
            org.eclipse.emf.ecore.EStructuralFeature.Setting s = e.getValue().iterator().next();
            throw new IOException("cannot save " + file + ": " + org.natsume.model.validation.ModelPath.of(
                    s.getEObject()) + "." + s.getEStructuralFeature().getName() + " refers to a "
                    + e.getKey().eClass().getName() + " that is not part of the topology (deleted?)"
                    + (external.size() > 1 ? " (and " + (external.size() - 1) + " more)" : ""));
        }
    }

    /** The XMI text of a topology (for tests and the CLI); does not touch the file system. */
    public static String toXmi(Topology topology) throws IOException {
        Ids.ensureIds(topology);
        Resource resource = topology.eResource();
        if (resource == null) {
            resource = new XMIResourceFactoryImpl().createResource(URI.createURI("memory:/topology." + EXTENSION));
            newResourceSet().getResources().add(resource);
            resource.getContents().add(topology);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        resource.save(out, saveOptions());
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
