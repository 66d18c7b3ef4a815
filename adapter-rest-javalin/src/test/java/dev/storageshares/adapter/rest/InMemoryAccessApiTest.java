package dev.storageshares.adapter.rest;

class InMemoryAccessApiTest extends AccessApiContract {

    @Override
    protected String baseUrl() {
        return InMemoryServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return InMemoryServer.SECRET;
    }
}
