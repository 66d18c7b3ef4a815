package dev.storageshares.domain.share;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The difference between two versions of a share in what its creator may edit, as history records it. */
final class CreatorFieldChanges {

    private CreatorFieldChanges() {
    }

    static Map<String, Object> between(Share before, Share after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        putIfChanged(changes, "mode", before.mode().wireName(), after.mode().wireName());
        putIfChanged(changes, "alias", text(before.alias().orElse(null)), text(after.alias().orElse(null)));
        putIfChanged(changes, "label", text(before.label().orElse(null)), text(after.label().orElse(null)));
        putIfChanged(changes, "description", text(before.description().orElse(null)),
                text(after.description().orElse(null)));
        putIfChanged(changes, "enabled", before.enabled(), after.enabled());
        putIfChanged(changes, "expires_at", epoch(before), epoch(after));
        return changes;
    }

    private static void putIfChanged(Map<String, Object> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, after);
        }
    }

    private static String text(Object valueObject) {
        return valueObject == null ? null : valueObject.toString();
    }

    private static Long epoch(Share share) {
        return share.expiresAt().map(ExpiresAt::epochSecond).orElse(null);
    }
}
