package dev.storageshares.bootstrap;

import java.util.Locale;

enum MountDriverChoice {
    AUTO, DOCKER, NONE;

    static MountDriverChoice parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
