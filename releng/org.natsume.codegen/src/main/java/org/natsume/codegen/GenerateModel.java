package org.natsume.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model code (bundles/org.natsume.model/src-gen) and the EMF.Edit item providers
 * (bundles/org.natsume.model.edit/src-gen) from model/natsume.ecore, without Eclipse, using only Maven Central jars.
 *
 * <p>The ecore is the single source: {@code natsume.genmodel} is (re)built from it on every run — options below,
 * property categories and descriptions from the {@code http://www.natsume.org/model/edit} and GenModel
 * {@code documentation} annotations of each feature — then reconciled and handed to the EMF generator. The generated
 * src-gen folders are emptied first so that renamed or deleted classes leave nothing behind; hand-written code lives in
 * src/ and is never touched.
 *
 * <p>Usage: {@code mvn -f releng/org.natsume.codegen/pom.xml compile exec:java} (argument: repository root).
 */
public final class GenerateModel {

    static final String MODEL_BUNDLE = "org.natsume.model";
    static final String EDIT_BUNDLE = "org.natsume.model.edit";
    static final String EDIT_ANNOTATION = "http://www.natsume.org/model/edit";
    static final String GENMODEL_ANNOTATION = "http://www.eclipse.org/emf/2002/GenModel";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        System.exit(generate(root, new BasicMonitor.Printing(System.out)) ? 0 : 1);
    }

    /**
     * Regenerates both bundles under {@code root} (a repository root, or a copy of one: the build's
     * {@code GeneratedCodeIsUpToDateTest} runs this on a copy and compares). Returns false, after printing why, when
     * the ecore is missing, the genmodel is invalid or the generator reports an error.
     */
    public static boolean generate(Path root, org.eclipse.emf.common.util.Monitor monitor) throws IOException {
        Path modelBundle = root.resolve("bundles").resolve(MODEL_BUNDLE);
        Path editBundle = root.resolve("bundles").resolve(EDIT_BUNDLE);
        if (!Files.isRegularFile(modelBundle.resolve("model/natsume.ecore"))) {
            System.err.println("No bundles/" + MODEL_BUNDLE + "/model/natsume.ecore under " + root);
            return false;
        }

        // Standalone registrations that Eclipse would do through extension points.
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        mapBundle(MODEL_BUNDLE, modelBundle);
        mapBundle(EDIT_BUNDLE, editBundle);

        ResourceSet rs = new ResourceSetImpl();
        Map<String, Object> factories = rs.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        rs.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        URI ecoreUri = URI.createPlatformResourceURI("/" + MODEL_BUNDLE + "/model/natsume.ecore", true);
        URI genModelUri = URI.createPlatformResourceURI("/" + MODEL_BUNDLE + "/model/natsume.genmodel", true);
        EPackage ePackage = (EPackage) rs.getResource(ecoreUri, true).getContents().get(0);

        GenModel genModel = buildGenModel(ePackage);
        Resource genResource = rs.createResource(genModelUri);
        genResource.getContents().add(genModel);
        applyEditAnnotations(genModel);
        genResource.save(Map.of());
        System.out.println("Wrote " + genModelUri);

        genModel.reconcile();
        genModel.setCanGenerate(true);
        org.eclipse.core.runtime.IStatus valid = genModel.validate();
        if (valid.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR) {
            System.err.println("genmodel is invalid: " + valid.getMessage());
            return false;
        }

        clean(modelBundle.resolve("src-gen"));
        clean(editBundle.resolve("src-gen"));
        Generator generator = new Generator();
        generator.setInput(genModel);
        List<Diagnostic> problems = new ArrayList<>();
        problems.add(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor));
        problems.add(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, monitor));
        boolean failed = false;
        for (Diagnostic d : problems) {
            if (d.getSeverity() >= Diagnostic.ERROR) {
                System.err.println(d);
                failed = true;
            }
        }
        if (!failed) {
            registerLabelledFactory(editBundle.resolve("plugin.xml"));
        }
        System.out.println(failed ? "Generation FAILED" : "Generated model and edit code.");
        return !failed;
    }

    private static void mapBundle(String bundle, Path folder) {
        EcorePlugin.getPlatformResourceMap().put(bundle, URI.createFileURI(folder.toString() + "/"));
    }

    /** All generator options in one place; the genmodel file is their output, not an input. */
    static GenModel buildGenModel(EPackage ePackage) {
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.setModelName("Natsume");
        genModel.setModelPluginID(MODEL_BUNDLE);
        genModel.setModelDirectory("/" + MODEL_BUNDLE + "/src-gen");
        genModel.setEditPluginID(EDIT_BUNDLE);
        genModel.setEditDirectory("/" + EDIT_BUNDLE + "/src-gen");
        genModel.setEditPluginClass("org.natsume.model.provider.NatsumeEditPlugin");
        genModel.setEditorPluginID("org.natsume.model.editor");
        genModel.setTestsDirectory("");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setCopyrightText("Natsume Workbench. Generated from model/natsume.ecore; do not edit, "
                + "run releng/org.natsume.codegen instead (docs/model.md).");
        genModel.setCopyrightFields(false);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setCodeFormatting(false);
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setCreationIcons(false);
        genModel.setCreationCommands(true);
        genModel.setRichClientPlatform(true);
        genModel.setNonNLSMarkers(true);
        genModel.setForceOverwrite(true);
        genModel.getForeignModel().add("natsume.ecore");
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setBasePackage("org.natsume");
        genPackage.setPrefix("Natsume");
        genPackage.setFileExtensions("natsume");
        genPackage.setMultipleEditorPages(false);
        return genModel;
    }

    /** Copies property categories and descriptions from the ecore annotations into the genmodel; every feature notifies. */
    static void applyEditAnnotations(GenModel genModel) {
        for (GenPackage gp : genModel.getGenPackages()) {
            for (GenClass gc : gp.getGenClasses()) {
                for (GenFeature gf : gc.getGenFeatures()) {
                    EAnnotation edit = gf.getEcoreFeature().getEAnnotation(EDIT_ANNOTATION);
                    if (edit != null && edit.getDetails().get("category") != null) {
                        gf.setPropertyCategory(edit.getDetails().get("category"));
                    }
                    EAnnotation doc = gf.getEcoreFeature().getEAnnotation(GENMODEL_ANNOTATION);
                    if (doc != null && doc.getDetails().get("documentation") != null) {
                        gf.setPropertyDescription(doc.getDetails().get("documentation"));
                    }
                    // NatsumeLabels show references and counts (a VCPU's pinning, a line's sharers), so every
                    // change of an object may change its label: the providers announce every feature, and
                    // NatsumeEditAdapterFactory turns each announcement into a label update.
                    gf.setNotify(true);
                    if (gf.getEcoreFeature().isTransient()) {
                        gf.setProperty(org.eclipse.emf.codegen.ecore.genmodel.GenPropertyKind.READONLY_LITERAL);
                    }
                }
            }
        }
    }

    /**
     * The edit bundle registers {@code org.natsume.model.edit.NatsumeEditAdapterFactory} (generated providers plus the
     * Natsume labels, hand-written in src/) instead of the bare generated factory, so that every EMF.Edit client that
     * asks the registry gets the readable labels. Done here because the generator rewrites its plugin.xml section.
     */
    static void registerLabelledFactory(Path pluginXml) throws IOException {
        String generated = "class=\"org.natsume.model.provider.NatsumeItemProviderAdapterFactory\"";
        String labelled = "class=\"org.natsume.model.edit.NatsumeEditAdapterFactory\"";
        String xml = Files.readString(pluginXml);
        if (xml.contains(generated)) {
            Files.writeString(pluginXml, xml.replace(generated, labelled));
        } else if (!xml.contains(labelled)) {
            throw new IOException(pluginXml + ": no item provider adapter factory registration found");
        }
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }
}
