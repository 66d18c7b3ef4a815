package dev.storageshares.bootstrap;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest; "dev" when run from classes. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"storage-shares " + (version == null ? "dev" : version)};
    }
}
