package dev.storageshares.domain;

/** What went wrong, in the domain's words. The REST adapter maps each code to a status once. */
public enum ErrorCode {
    VALIDATION_ERROR,
    INVALID_PATH,
    SELF_SHARE,
    /** A receiver toggled a share that does not reach the container it named. */
    NOT_TARGETED,
    CONTAINER_NOT_FOUND,
    RESOURCE_NOT_FOUND,
    INSUFFICIENT_PERMISSIONS,
    SHARE_ALREADY_EXISTS,
    /** A decision was asked for a share that is not (or no longer) awaiting one. */
    SHARE_NOT_PENDING,
    /** Another writer changed the share between our read and our write, more often than we retry. */
    CONCURRENT_MODIFICATION,
    SERVICE_UNAVAILABLE
}
