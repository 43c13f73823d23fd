package org.natsume.timeline.live;

import org.natsume.trace.journey.JourneyTable;
import org.natsume.trace.lod.TraceLod;

/**
 * Takes a live run's new events into the level-of-detail summaries and the journey table on a background thread
 * (issue "Scale": nothing per event on the UI thread). The simulation records a few million events per second;
 * summarising them costs a few hundred ms per second of wall time, which on the UI thread would make the views lag
 * and stutter. Both structures are synchronised and read only what the store has published, so the UI thread keeps
 * drawing while this thread ingests in small batches; the UI's own update then finds almost nothing left to do.
 */
public final class LiveIngest implements Runnable {

    private static final long PERIOD_MS = 20;

    private final LiveRun run;
    private final TraceLod lod;
    private final JourneyTable table;

    private LiveIngest(LiveRun run, TraceLod lod, JourneyTable table) {
        this.run = run;
        this.lod = lod;
        this.table = table;
    }

    /** Starts ingesting until the run ends; returns the daemon thread. */
    public static Thread start(LiveRun run, TraceLod lod, JourneyTable table) {
        Thread t = new Thread(new LiveIngest(run, lod, table), "Natsume live trace ingest");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
        return t;
    }

    @Override
    public void run() {
        try {
            while (run.isLive()) {
                lod.update();
                table.update();
                Thread.sleep(PERIOD_MS);
            }
            lod.update();
            table.update();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
