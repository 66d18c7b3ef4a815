package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.OutputApiContract;

/** The output-level suite against the real server on PostgreSQL. */
class PostgresOutputApiTest extends OutputApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
