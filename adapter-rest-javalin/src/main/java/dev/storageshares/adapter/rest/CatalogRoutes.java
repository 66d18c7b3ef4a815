package dev.storageshares.adapter.rest;

import static dev.storageshares.adapter.rest.Exchange.caller;
import static dev.storageshares.adapter.rest.Exchange.jsonBody;
import static dev.storageshares.adapter.rest.Exchange.respond;

import dev.storageshares.adapter.rest.json.Requests;
import dev.storageshares.adapter.rest.json.Views;
import dev.storageshares.application.StorageShares;
import dev.storageshares.application.catalog.DeleteContainer;
import dev.storageshares.application.catalog.DeleteProject;
import dev.storageshares.application.catalog.GetContainer;
import dev.storageshares.application.catalog.GetProject;
import dev.storageshares.application.catalog.SaveContainer;
import dev.storageshares.application.catalog.SaveProject;
import dev.storageshares.application.catalog.Saved;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.Project;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;

/** The platform tells us what exists: docs/api.md §8, admin tokens only. */
final class CatalogRoutes {
    private static final String PROJECT = "/api/v1/admin/projects/{projectId}";
    private static final String CONTAINER = "/api/v1/admin/containers/{containerId}";

    private final StorageShares app;

    CatalogRoutes(StorageShares app) {
        this.app = app;
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.PUT, PROJECT, "Create or replace a project", true, 200, this::saveProject),
                new Route(HandlerType.GET, PROJECT, "Get a project", true, 200, this::getProject),
                new Route(HandlerType.DELETE, PROJECT, "Delete a project, its containers and dependent shares", true, 200, this::deleteProject),
                new Route(HandlerType.PUT, CONTAINER, "Create or replace a container", true, 200, this::saveContainer),
                new Route(HandlerType.GET, CONTAINER, "Get a container", true, 200, this::getContainer),
                new Route(HandlerType.DELETE, CONTAINER, "Delete a container and dependent shares", true, 200, this::deleteContainer));
    }

    private void saveProject(Context ctx) {
        Saved<Project> saved = app.saveProject().handle(new SaveProject.Command(caller(ctx), ctx.pathParam("projectId"),
                Requests.project(jsonBody(ctx))));
        respond(ctx, saved.created() ? 201 : 200, saved.created() ? "Project created successfully"
                : "Project updated successfully", Views.project(saved.entry()));
    }

    private void getProject(Context ctx) {
        respond(ctx, 200, "Project retrieved successfully",
                Views.project(app.getProject().handle(new GetProject.Command(caller(ctx), ctx.pathParam("projectId")))));
    }

    private void deleteProject(Context ctx) {
        app.deleteProject().handle(new DeleteProject.Command(caller(ctx), ctx.pathParam("projectId")));
        respond(ctx, 200, "Project deleted successfully", null);
    }

    private void saveContainer(Context ctx) {
        Saved<Container> saved = app.saveContainer().handle(new SaveContainer.Command(caller(ctx),
                ctx.pathParam("containerId"), Requests.container(jsonBody(ctx))));
        respond(ctx, saved.created() ? 201 : 200, saved.created() ? "Container created successfully"
                : "Container updated successfully", Views.container(saved.entry()));
    }

    private void getContainer(Context ctx) {
        respond(ctx, 200, "Container retrieved successfully", Views.container(app.getContainer().handle(
                new GetContainer.Command(caller(ctx), ctx.pathParam("containerId")))));
    }

    private void deleteContainer(Context ctx) {
        app.deleteContainer().handle(new DeleteContainer.Command(caller(ctx), ctx.pathParam("containerId")));
        respond(ctx, 200, "Container deleted successfully", null);
    }
}
