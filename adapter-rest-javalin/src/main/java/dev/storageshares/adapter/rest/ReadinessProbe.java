package dev.storageshares.adapter.rest;

/** Whether the server can do its work right now (the database answers). */
@FunctionalInterface
public interface ReadinessProbe {

    boolean isReady();
}
