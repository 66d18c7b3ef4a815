package dev.storageshares.adapter.rest;

class InMemoryMalformedRequestApiTest extends MalformedRequestApiContract {

    @Override
    protected String baseUrl() {
        return InMemoryServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return InMemoryServer.SECRET;
    }
}
