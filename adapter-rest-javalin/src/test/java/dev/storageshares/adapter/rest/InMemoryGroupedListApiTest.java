package dev.storageshares.adapter.rest;

class InMemoryGroupedListApiTest extends GroupedListApiContract {

    @Override
    protected String baseUrl() {
        return InMemoryServer.baseUrl();
    }

    @Override
    protected byte[] jwtSecret() {
        return InMemoryServer.SECRET;
    }
}
