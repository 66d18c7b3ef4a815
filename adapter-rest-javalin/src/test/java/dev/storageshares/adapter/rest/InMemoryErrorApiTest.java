package dev.storageshares.adapter.rest;

class InMemoryErrorApiTest extends ErrorApiContract {

    @Override
    protected String baseUrl() {
        return InMemoryServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return InMemoryServer.SECRET;
    }
}
