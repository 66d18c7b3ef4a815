package dev.storageshares.domain;

/**
 * The character classes the value objects allow, checked with plain loops. Stored values pass these
 * checks again each time a row becomes a value object, on every read, so they are kept to a single
 * pass over the text: no regular expression, no stream.
 */
public final class Characters {

    private Characters() {
    }

    /** A-Z a-z 0-9 and the characters of {@code punctuation}; true for the empty string. */
    public static boolean isAlphanumericOr(String value, String punctuation) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && punctuation.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** a-z 0-9 and the characters of {@code punctuation}. */
    public static boolean isLowerAlphanumericOr(String value, String punctuation) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && punctuation.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** 0-9 a-f only. */
    public static boolean isLowerHex(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    public static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
