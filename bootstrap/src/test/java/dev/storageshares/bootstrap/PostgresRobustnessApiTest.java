package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.RobustnessApiContract;

/** The robustness suite against the real server on PostgreSQL. */
class PostgresRobustnessApiTest extends RobustnessApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
