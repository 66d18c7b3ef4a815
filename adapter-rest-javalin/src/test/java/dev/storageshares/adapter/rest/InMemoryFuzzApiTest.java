package dev.storageshares.adapter.rest;

class InMemoryFuzzApiTest extends FuzzApiContract {

    @Override
    protected String baseUrl() {
        return InMemoryServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return InMemoryServer.SECRET;
    }
}
