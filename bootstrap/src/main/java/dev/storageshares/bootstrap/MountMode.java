package dev.storageshares.bootstrap;

import java.util.Locale;

/** How the Docker driver makes a share appear in a target: mount propagation, or recreating it. */
enum MountMode {
    LIVE, RECREATE;

    static MountMode parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
