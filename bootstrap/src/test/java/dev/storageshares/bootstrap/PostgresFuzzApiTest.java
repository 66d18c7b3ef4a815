package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.FuzzApiContract;

/**
 * The fuzz against the real server on PostgreSQL. The in-memory run
 * sends the full 10,000; here a shorter run of the same seeds reaches what only a real store can
 * fail on (timestamps, text encodings, constraint races) in a fraction of the time.
 */
class PostgresFuzzApiTest extends FuzzApiContract {

    @Override
    protected int requests() {
        return 4_000;
    }

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
