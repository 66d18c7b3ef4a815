package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.ShareApiContract;

/** The share suite against the real server on PostgreSQL. */
class PostgresShareApiTest extends ShareApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
