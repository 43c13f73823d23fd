package org.natsume.sweep;

/** What a running sweep tells its user; called from worker threads, one call at a time. */
public interface SweepProgress {

    /** {@code skipped} cells of {@code total} were found finished in the output folder. */
    void started(int total, int skipped);

    /** A cell finished ({@code done} of {@code total}, counting skipped ones); {@code ok} false when a run failed. */
    void cellDone(Cell cell, boolean ok, int done, int total);

    SweepProgress NONE = new SweepProgress() {
        @Override
        public void started(int total, int skipped) {
        }

        @Override
        public void cellDone(Cell cell, boolean ok, int done, int total) {
        }
    };
}
