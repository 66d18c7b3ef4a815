package dev.storageshares.adapter.rest;

class InMemoryShareRequestsApiTest extends ShareRequestsApiContract {

    @Override
    protected String baseUrl() {
        return InMemoryServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return InMemoryServer.SECRET;
    }
}
