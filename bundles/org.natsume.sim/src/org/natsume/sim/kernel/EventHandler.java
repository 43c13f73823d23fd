package org.natsume.sim.kernel;

/** Receives the events a component scheduled for itself. {@code kind} is the component's own event code. */
@FunctionalInterface
public interface EventHandler {
    void handle(int kind, long arg);
}
