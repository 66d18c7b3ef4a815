package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.AuthenticationMatrixApiContract;

/** The same contract against the real server on PostgreSQL. */
class PostgresAuthenticationMatrixApiTest extends AuthenticationMatrixApiContract {

    @Override
    protected String baseUrl() {
        return RunningServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return RunningServer.SECRET;
    }
}
