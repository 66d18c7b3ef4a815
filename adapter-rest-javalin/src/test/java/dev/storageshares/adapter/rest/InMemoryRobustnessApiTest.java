package dev.storageshares.adapter.rest;

class InMemoryRobustnessApiTest extends RobustnessApiContract {

    @Override
    protected String baseUrl() {
        return InMemoryServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return InMemoryServer.SECRET;
    }
}
