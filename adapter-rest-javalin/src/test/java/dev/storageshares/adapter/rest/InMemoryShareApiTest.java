package dev.storageshares.adapter.rest;

class InMemoryShareApiTest extends ShareApiContract {

    @Override
    protected String baseUrl() {
        return InMemoryServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return InMemoryServer.SECRET;
    }
}
