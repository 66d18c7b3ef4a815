package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.ErrorApiContract;

/** The error suite against the real server on PostgreSQL. */
class PostgresErrorApiTest extends ErrorApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
