package dev.storageshares.adapter.rest;

class InMemoryIsolationApiTest extends IsolationApiContract {

    @Override
    protected String baseUrl() {
        return InMemoryServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return InMemoryServer.SECRET;
    }
}
