package org.natsume.configio.export;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file an exporter produces. {@code relativePath} is relative to the output directory and uses '/' only;
 * exporters build it from sanitised names (see {@code internal.FileNames}) so a model name can never point outside
 * the output directory.
 */
public record GeneratedFile(String relativePath, String content, boolean executable) {

    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.endsWith("/") || relativePath.contains("\\")
                || java.util.Arrays.stream(relativePath.split("/")).anyMatch(s -> s.isEmpty() || s.equals("..") || s.equals("."))) {
            throw new IllegalArgumentException("unsafe generated file path: '" + relativePath + "'");
        }
    }

    public static GeneratedFile text(String relativePath, String content) {
        return new GeneratedFile(relativePath, content, false);
    }

    public static GeneratedFile script(String relativePath, String content) {
        return new GeneratedFile(relativePath, content, true);
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
