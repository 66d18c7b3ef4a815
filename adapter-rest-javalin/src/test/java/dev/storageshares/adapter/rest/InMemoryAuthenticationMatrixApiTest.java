package dev.storageshares.adapter.rest;

class InMemoryAuthenticationMatrixApiTest extends AuthenticationMatrixApiContract {

    @Override
    protected String baseUrl() {
        return InMemoryServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return InMemoryServer.SECRET;
    }
}
