package dev.storageshares.adapter.persistence;

import java.nio.file.Path;

/** A separate process that starts the embedded database on a directory and holds it until killed. */
final class HoldsEmbeddedDatabase {
    static final String READY = "embedded database ready";

    private HoldsEmbeddedDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase.startThrowaway(Path.of(args[0]));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
