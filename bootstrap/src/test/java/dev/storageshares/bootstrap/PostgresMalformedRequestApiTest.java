package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.MalformedRequestApiContract;

/** The same contract against the real server on PostgreSQL. */
class PostgresMalformedRequestApiTest extends MalformedRequestApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
