package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.ShareRequestsApiContract;

/** The share requests suite against the real server on PostgreSQL. */
class PostgresShareRequestsApiTest extends ShareRequestsApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
