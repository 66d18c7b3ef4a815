package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.BatchApiContract;

/** The batch suite against the real server on PostgreSQL. */
class PostgresBatchApiTest extends BatchApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
