package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.FuzzApiContract;

/** The same contract against the real server on PostgreSQL. */
class PostgresFuzzApiTest extends FuzzApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
