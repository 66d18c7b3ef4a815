package dev.storageshares.bootstrap;

import java.util.Map;
import java.util.function.Function;

/**
 * One configuration value, looked up as the runtime contract says: flag, then environment
 * variable, then default. A bad value fails with one line naming both spellings.
 */
record Setting(String flag, String env, String defaultValue, boolean sensitive) {

    Setting(String flag, String env, String defaultValue) {
        this(flag, env, defaultValue, false);
    }

    String raw(Map<String, String> flags, Map<String, String> environment) {
        String fromFlag = flag == null ? null : flags.get(flag);
        if (fromFlag != null) {
            return fromFlag;
        }
        String fromEnv = environment.get(env);
        return fromEnv != null && !fromEnv.isEmpty() ? fromEnv : defaultValue;
    }

    <T> T parse(Map<String, String> flags, Map<String, String> environment, Function<String, T> parser, String expected) {
        String raw = raw(flags, environment);
        if (raw == null) {
            return null;
        }
        try {
            return parser.apply(raw.trim());
        } catch (RuntimeException e) {
            String shown = sensitive ? "the value given" : "'" + raw + "'";
            throw new SettingsException("Invalid " + name() + ": " + shown + " is not " + expected);
        }
    }

    String name() {
        return flag == null ? env : flag + " / " + env;
    }
}
