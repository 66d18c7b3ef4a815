package dev.storageshares.domain.share;

/** Everything that can happen to a share, as named on the wire and in webhooks. */
public enum EventType {
    CREATED("share.created"),
    UPDATED("share.updated"),
    DELETED("share.deleted"),
    MOUNT_TOGGLED("share.mount_toggled"),
    EXPIRING("share.expiring"),
    EXPIRED("share.expired"),
    FAILED("share.failed"),
    RECOVERED("share.recovered"),
    /** Created pending: the target's receivers must decide. */
    REQUESTED("share.requested"),
    APPROVED("share.approved"),
    REJECTED("share.rejected");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static EventType fromWire(String value) {
        for (EventType type : values()) {
            if (type.wireName.equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown event type " + value);
    }
}
