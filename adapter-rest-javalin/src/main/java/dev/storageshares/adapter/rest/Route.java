package dev.storageshares.adapter.rest;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One endpoint: the table of these is both what Javalin serves and what /openapi.json describes,
 * so the two cannot drift apart.
 *
 * @param success the success status and message, for the OpenAPI document
 */
record Route(HandlerType method, String path, String summary, boolean authenticated, int successStatus, Handler handler) {
}
