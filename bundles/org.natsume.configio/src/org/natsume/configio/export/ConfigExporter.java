package org.natsume.configio.export;

import java.util.List;

import org.natsume.topology.Topology;

/**
 * One export target of domain.md §7, contributed to {@code org.natsume.configio.exportTargets} (schema
 * {@code schema/exportTargets.exsd}, docs/extending.md). Implementations are stateless and pure: same topology,
 * same bytes; they have a public no-argument constructor, as the extension registry creates them.
 */
public interface ConfigExporter {

    /** The target name used on the command line ({@code xl}, {@code boot}, ...); equal to the contribution's id. */
    String id();

    /** One line for help texts. */
    String description();

    /**
     * @return the files, in a stable order, paths relative to the output directory.
     * @throws ExportRefusedException listing every reason when the target cannot express the model.
     */
    List<GeneratedFile> export(Topology topology) throws ExportRefusedException;
}
