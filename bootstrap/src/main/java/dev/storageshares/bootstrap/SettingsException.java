package dev.storageshares.bootstrap;

/** A configuration value we refuse; its message is the one line the operator sees. */
final class SettingsException extends RuntimeException {

    SettingsException(String message) {
        super(message, null, false, false);
    }
}
