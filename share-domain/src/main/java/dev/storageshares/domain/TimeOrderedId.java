package dev.storageshares.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 24 lowercase hex characters laid out like a MongoDB ObjectId: 4 bytes of epoch seconds, 5 random
 * bytes fixed per process, 3 bytes of a counter. Sorting the text sorts by creation second, and two
 * processes never collide because their random parts differ.
 */
public final class TimeOrderedId {
    private static final int LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PROCESS_PART = randomBytes(5);
    private static final AtomicInteger COUNTER = new AtomicInteger(RANDOM.nextInt());

    private TimeOrderedId() {
    }

    public static String next(Instant now) {
        byte[] bytes = new byte[12];
        int seconds = (int) now.getEpochSecond();
        bytes[0] = (byte) (seconds >>> 24);
        bytes[1] = (byte) (seconds >>> 16);
        bytes[2] = (byte) (seconds >>> 8);
        bytes[3] = (byte) seconds;
        System.arraycopy(PROCESS_PART, 0, bytes, 4, 5);
        int count = COUNTER.getAndIncrement();
        bytes[9] = (byte) (count >>> 16);
        bytes[10] = (byte) (count >>> 8);
        bytes[11] = (byte) count;
        return HexFormat.of().formatHex(bytes);
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.length() == LENGTH && Characters.isLowerHex(value);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
