package org.natsume.ui;

import java.util.List;

/**
 * One interrupt's path through a topology, as a workbench selection element: the trace views publish it when the
 * user selects an interrupt journey, and the topology editor highlights the device, its line and the notified
 * domains (domain.md §3.2). Lives here so the two UI bundles share it without depending on each other.
 */
public interface InterruptPathSelection {

    /** Canonical BDF ({@code 0000:05:00.0}) of the device that asserted, or empty when the journey has none. */
    String deviceBdf();

    /** The GSI (or MSI line number) the trace recorded for the interrupt; -1 when unknown. */
    int gsi();

    /** Names of every domain Xen notified. */
    List<String> notifiedDomains();

    /** Names of the notified domains that do not own the asserting device. */
    List<String> spuriousDomains();
}
