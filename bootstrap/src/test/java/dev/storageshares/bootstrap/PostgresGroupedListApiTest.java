package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.GroupedListApiContract;

/** The grouped-list suite against the real server on PostgreSQL. */
class PostgresGroupedListApiTest extends GroupedListApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
