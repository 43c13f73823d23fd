package org.natsume.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input for a file outside any workspace. The product has no workspace (org.eclipse.ui.ide and
 * core.resources are not in it), so editors open plain files through this input.
 */
public final class PathEditorInput extends PlatformObject implements IPathEditorInput {
    private final Path path;

    public PathEditorInput(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public Path file() {
        return path;
    }

    @Override
    public IPath getPath() {
        return IPath.fromOSString(path.toString());
    }

    @Override
    public boolean exists() {
        return path.toFile().exists();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return path.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return path.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathEditorInput other && other.path.equals(path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path);
    }
}
