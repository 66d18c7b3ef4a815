package dev.storageshares.application.share;

import dev.storageshares.domain.ShareException;
import dev.storageshares.domain.Validation;
import dev.storageshares.domain.catalog.RealmId;
import dev.storageshares.domain.paging.Cursor;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.Label;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareStatus;
import dev.storageshares.domain.share.TargetType;
import java.time.Instant;

/**
 * List query parameters as the caller sent them (null = not given), judged all at once.
 *
 * @param limit raw text, so that "abc" and "0" are reported the same way as other bad values
 */
public record ListFilters(String targetType, String label, String status, String enabled, String includeExpired,
                          String realmId, String limit, String cursor) {

    public static ListFilters none() {
        return new ListFilters(null, null, null, null, null, null, null, null);
    }

    public static ListFilters paging(String limit, String cursor) {
        return new ListFilters(null, null, null, null, null, null, limit, cursor);
    }

    public ShareFilter toFilter(Instant now) {
        Validation v = new Validation();
        TargetType type = v.field(targetType, () -> TargetType.fromWire(targetType));
        Label exactLabel = v.field(label, () -> new Label(label));
        ShareStatus exactStatus = v.field(status, () -> ShareStatus.fromWire(status));
        Boolean isEnabled = v.field(enabled, () -> bool("enabled", enabled));
        Boolean withExpired = v.field(includeExpired, () -> bool("include_expired", includeExpired));
        RealmId realm = v.field(realmId, () -> new RealmId(realmId));
        v.field(limit, this::limitValue);
        v.field(cursor, () -> Cursor.decode(cursor));
        v.throwIfInvalid();
        return new ShareFilter(type, exactLabel, exactStatus, isEnabled, Boolean.TRUE.equals(withExpired), realm, now);
    }

    /** The filters of the global incoming list, judged together with the paging. */
    public IncomingFilter toIncomingFilter() {
        Validation v = new Validation();
        RealmId realm = v.field(realmId, () -> new RealmId(realmId));
        ShareStatus exactStatus = v.field(status, () -> ShareStatus.fromWire(status));
        v.field(limit, this::limitValue);
        v.field(cursor, () -> Cursor.decode(cursor));
        v.throwIfInvalid();
        return new IncomingFilter(realm, exactStatus);
    }

    /**
     * @param realm  of the receiving containers; null for every realm
     * @param status the only status to list; null for every status but rejected
     */
    public record IncomingFilter(RealmId realm, ShareStatus status) {
    }

    public PageRequest pageRequest() {
        return new PageRequest(limitValue(), cursor == null ? null : Cursor.decode(cursor));
    }

    private int limitValue() {
        if (limit == null) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            return PageRequest.first(Integer.parseInt(limit)).limit();
        } catch (NumberFormatException e) {
            throw ShareException.invalidField("limit", "must be between 1 and " + PageRequest.MAX_LIMIT);
        }
    }

    private static Boolean bool(String field, String raw) {
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ShareException.invalidField(field, "must be true or false");
        };
    }
}
