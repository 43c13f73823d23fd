package org.natsume.model.io;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a model file can fit in the Java heap, and the message when it cannot. A loaded XMI model takes several
 * times its file size (objects, strings, the id map, the parser's buffers), so a file larger than the heap divided by
 * {@link #BYTES_PER_FILE_BYTE} is refused before loading instead of running the JVM out of memory half-way.
 */
public final class HeapBudget {

    /**
     * Heap bytes a loaded model needs per byte of its file: a saved synthetic(1024) model (328 kB) retains 1.2 MB
     * after loading (3.7 times), rounded up. A file below the bound can still fail on a heap mostly in use;
     * {@link TopologyStore#load} catches that and gives the same advice.
     */
    public static final int BYTES_PER_FILE_BYTE = 4;

    private HeapBudget() {
    }

    /** The reason a file of {@code fileBytes} cannot be loaded into a heap of {@code maxHeapBytes}, if it cannot. */
    public static Optional<String> tooLarge(long fileBytes, long maxHeapBytes) {
        if (maxHeapBytes == Long.MAX_VALUE || fileBytes <= maxHeapBytes / BYTES_PER_FILE_BYTE) return Optional.empty();
        return Optional.of("the file (" + mib(fileBytes) + ") is too large to load into the Java heap (" + mib(maxHeapBytes)
                + "; a model needs about " + BYTES_PER_FILE_BYTE + " times its file size). " + advice(fileBytes));
    }

    /** What to tell the user when the heap ran out while working on a file of {@code fileBytes}. */
    public static String outOfMemory(long fileBytes) {
        return "the Java heap (" + mib(Runtime.getRuntime().maxMemory()) + ") ran out while loading the file ("
                + mib(fileBytes) + "). " + advice(fileBytes);
    }

    /** How to give the product more heap, with a size that would fit {@code fileBytes}. */
    public static String advice(long fileBytes) {
        long gib = Math.max(1, (fileBytes * BYTES_PER_FILE_BYTE * 2 + (1L << 30) - 1) >> 30);
        return "Raise the heap, e.g. NATSUME_HEAP=" + gib + "g ./natsume ... (the launcher passes it as -Xmx)";
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
