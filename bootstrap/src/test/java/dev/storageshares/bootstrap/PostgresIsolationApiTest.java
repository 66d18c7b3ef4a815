package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.IsolationApiContract;

/** The same contract against the real server on PostgreSQL. */
class PostgresIsolationApiTest extends IsolationApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
