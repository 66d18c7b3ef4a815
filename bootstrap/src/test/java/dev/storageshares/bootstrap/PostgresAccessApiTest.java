package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.AccessApiContract;

/** The access suite against the real server on PostgreSQL. */
class PostgresAccessApiTest extends AccessApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
