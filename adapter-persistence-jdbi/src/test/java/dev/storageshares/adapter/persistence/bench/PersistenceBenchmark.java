package dev.storageshares.adapter.persistence.bench;

import dev.storageshares.adapter.persistence.EmbeddedDatabase;
import dev.storageshares.adapter.persistence.PostgresStorage;
import dev.storageshares.adapter.persistence.RequestDao;
import dev.storageshares.adapter.persistence.ShareDao;
import dev.storageshares.adapter.persistence.ShareGroupDao;
import dev.storageshares.domain.catalog.Container;
import dev.storageshares.domain.catalog.ContainerCatalog;
import dev.storageshares.domain.catalog.ContainerId;
import dev.storageshares.domain.catalog.UserId;
import dev.storageshares.domain.paging.PageRequest;
import dev.storageshares.domain.share.RequestScope;
import dev.storageshares.domain.share.ShareFilter;
import dev.storageshares.domain.share.ShareGroups;
import dev.storageshares.domain.share.ShareQueries;
import dev.storageshares.domain.share.ShareStatus;
import dev.storageshares.domain.share.Visibility;
import java.lang.reflect.Method;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads 1,000,000 shares over 100,000 containers in 10,000 projects into a real (embedded)
 * PostgreSQL and measures the hot reads through the adapter. Not a test: run it with
 * scripts/bench-persistence.sh and write the numbers into docs/benchmarks.md.
 *
 * <p>With a data directory argument the database is kept in {@code DIR/postgres}, where
 * {@code serve --data-dir DIR} finds it: scripts/bench-rest.sh loads once and loads the server with it.
 * {@code -Dbench.shares=N} loads N shares instead, keeping the shape (one project per 100 shares, so
 * each container receives as many shares as at one million); {@code -Dbench.loadOnly=true} stops after loading.
 * A kept database that already holds shares is measured as it is, not loaded again (a load takes minutes);
 * {@code -Dbench.queries=N} times N calls per query instead of 20,000, e.g. for a quick look at the plans.
 */
public final class PersistenceBenchmark {
    private static final int SHARES = Integer.getInteger("bench.shares", 1_000_000);
    private static final int PROJECTS = SHARES / 100;
    private static final int CONTAINERS_PER_PROJECT = 10;
    private static final int QUERIES = Integer.getInteger("bench.queries", 20_000);

    public static void main(String[] args) throws Exception {
        Path dataDir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("ss-bench-");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("postgres"));
             PostgresStorage storage = PostgresStorage.connect(db.jdbcUrl(), db.user(), db.password())) {
            storage.migrate();
            if (loaded(db.jdbcUrl())) {
                System.out.println("measuring the shares already in " + dataDir);
            } else {
                long loadStart = System.nanoTime();
                load(db.jdbcUrl());
                System.out.printf("loaded %,d shares in %.1f s%n", SHARES, (System.nanoTime() - loadStart) / 1e9);
            }
            if (Boolean.getBoolean("bench.loadOnly")) {
                return;
            }

            ContainerCatalog catalog = storage.catalog();
            ShareQueries shares = storage.queries();
            Random random = new Random(7);
            Instant now = Instant.now();
            Container[] containers = new Container[PROJECTS * CONTAINERS_PER_PROJECT];
            for (int i = 0; i < containers.length; i++) {
                containers[i] = catalog.findContainer(new ContainerId(containerId(i))).orElseThrow();
            }
            measure("incomingCandidates(random container)", i ->
                    shares.incomingCandidates(containers[random.nextInt(containers.length)], now));
            measure("listBySource(random container, first page)", i ->
                    shares.listBySource(containers[random.nextInt(containers.length)].id(), ShareFilter.none(now),
                            PageRequest.first(100)));
            measure("listVisible(random user, first page)", i ->
                    shares.listVisible(readableBy(random), ShareFilter.none(now), PageRequest.first(100)));
            measure("listIncomingVisible(random user, first page)", i ->
                    shares.listIncomingVisible(readableBy(random), null, null, now, PageRequest.first(100)));
            measure("listVisible(admin, first page)", i ->
                    shares.listVisible(new Visibility.Everything(), ShareFilter.none(now), PageRequest.first(100)));
            measure("listIncomingVisible(admin, first page)", i ->
                    shares.listIncomingVisible(new Visibility.Everything(), null, null, now, PageRequest.first(100)));
            measure("listIncomingVisible(random user, rejected only)", i -> shares.listIncomingVisible(
                    readableBy(random), null, ShareStatus.REJECTED, now, PageRequest.first(100)));
            measure("listRequests(random user, first page)", i -> shares.listRequests(
                    new RequestScope.DecidableBy(new UserId("user" + random.nextInt(PROJECTS))), now,
                    PageRequest.first(100)));
            measure("listRequests(admin, first page)", i ->
                    shares.listRequests(new RequestScope.Everything(), now, PageRequest.first(100)));
            ShareGroups groups = storage.shareGroups();
            measure("groupsBySource(random container, first page)", i ->
                    groups.groupsBySource(containers[random.nextInt(containers.length)].id(), ShareFilter.none(now),
                            PageRequest.first(100)));
            measure("groupsVisible(random user, first page)", i ->
                    groups.groupsVisible(readableBy(random), ShareFilter.none(now), PageRequest.first(100)));
            measure("groupsVisible(admin, first page)", i ->
                    groups.groupsVisible(new Visibility.Everything(), ShareFilter.none(now), PageRequest.first(100)));
            explain(db.jdbcUrl(), containers[12345], now);
        }
    }

    private static void measure(String name, IntConsumer call) {
        for (int i = 0; i < QUERIES / 10; i++) {
            call.accept(i);
        }
        long[] nanos = new long[QUERIES];
        long start = System.nanoTime();
        for (int i = 0; i < QUERIES; i++) {
            long t = System.nanoTime();
            call.accept(i);
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("%-55s %8.0f q/s  p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", name, QUERIES / seconds,
                nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 99 / 100] / 1e6, nanos[QUERIES - 1] / 1e6);
    }

    private static boolean loaded(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet any = connection.createStatement().executeQuery("select exists (select 1 from shares)")) {
            return any.next() && any.getBoolean(1);
        }
    }

    private static void load(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url)) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder projects = new StringBuilder();
            StringBuilder members = new StringBuilder();
            StringBuilder containers = new StringBuilder();
            for (int p = 0; p < PROJECTS; p++) {
                projects.append("p").append(p).append("\tr1\tProject ").append(p).append(p % 10 == 0 ? "\ttrue" : "\tfalse")
                        .append('\n');
                members.append("p").append(p).append("\tuser").append(p).append("\towner\n");
                for (int c = 0; c < CONTAINERS_PER_PROJECT; c++) {
                    String id = containerId(p * CONTAINERS_PER_PROJECT + c);
                    containers.append(id).append("\tr1\tp").append(p).append("\tuser").append(p).append('\t')
                            .append(id).append('\t').append(id).append('\n');
                }
            }
            copy.copyIn("copy projects (id, realm_id, name, accepts_share_requests) from stdin", new StringReader(projects.toString()));
            copy.copyIn("copy project_members (project_id, user_id, role) from stdin", new StringReader(members.toString()));
            copy.copyIn("copy containers (id, realm_id, project_id, owner_id, name, runtime_ref) from stdin",
                    new StringReader(containers.toString()));
            Random random = new Random(11);
            long baseSeconds = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
            int batch = 100_000;
            for (int from = 0; from < SHARES; from += batch) {
                StringBuilder rows = new StringBuilder();
                for (int i = from; i < Math.min(SHARES, from + batch); i++) {
                    int source = random.nextInt(PROJECTS * CONTAINERS_PER_PROJECT);
                    boolean toProject = random.nextInt(10) < 3;
                    int target = (source + 1 + random.nextInt(PROJECTS * CONTAINERS_PER_PROJECT - 1)) % (PROJECTS * CONTAINERS_PER_PROJECT);
                    String created = Instant.ofEpochSecond(baseSeconds + i).toString();
                    // Every tenth share expires some day in the coming year: none is due, so a server
                    // started on this data measures requests, not an expiry backlog.
                    String expires = random.nextInt(10) == 0
                            ? Instant.now().plus(Duration.ofDays(2 + random.nextInt(365))).toString() : "\\N";
                    rows.append(shareId(i)).append('\t').append(containerId(source)).append("\t/data/s").append(i).append('\t')
                            .append(toProject ? "project\t\\N\tp" + random.nextInt(PROJECTS) : "container\t" + containerId(target) + "\t\\N")
                            .append("\treadonly\t\\N\t\\N\t\\N\ttrue\t").append(state(i)).append('\t').append(expires)
                            .append("\tfalse\tfalse\tuser0\t").append(created).append('\t').append(created).append("\t0\t")
                            .append(decision(i, created)).append('\n');
                }
                copy.copyIn("copy shares (id, source_container_id, source_path, target_type, target_container_id, "
                        + "target_project_id, mode, alias, label, description, enabled, status, status_message, expires_at, "
                        + "expiry_notified, expiry_announced, created_by, created_at, updated_at, version, decided_by, "
                        + "decided_at, decision_reason) from stdin",
                        new StringReader(rows.toString()));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
        }
    }

    /** One share in a hundred is a pending request and one in two hundred a rejected one. */
    private static String state(int i) {
        return i % 100 == 7 ? "pending\tAwaiting approval" : i % 200 == 13 ? "rejected\tRejected" : "active\t\\N";
    }

    private static String decision(int i, String created) {
        return i % 200 == 13 ? "user0\t" + created + "\t\\N" : "\\N\t\\N\t\\N";
    }

    /** Explains the adapter's own SQL, read from the DAO, so the plans shown are the plans served. */
    private static void explain(String url, Container container, Instant now) throws Exception {
        Jdbi jdbi = Jdbi.create(url);
        ShareDao.Keyset firstPage = new ShareDao.Keyset(null, null, PageRequest.DEFAULT_LIMIT + 1);
        ShareDao.Filter noFilter = new ShareDao.Filter(null, null, null, null, false, null, now);
        String member = "user" + container.project().value().substring(1);
        jdbi.useHandle(handle -> {
            print(handle.createQuery(explained("incomingCandidates")).bind("container", container.id().value())
                    .bind("project", container.project().value()).bind("now", now), "incoming view of one container");
            print(handle.createQuery(explained("bySource")).bind("source", container.id().value())
                    .bindMethods(noFilter).bindMethods(firstPage), "outgoing list of one container, first page");
            print(handle.createQuery(explained("bySourceReadableBy")).bind("user", member).bindMethods(noFilter)
                    .bindMethods(firstPage), "outgoing list across a member's containers, first page");
            print(handle.createQuery(explained("incomingReadableBy")).bind("user", member).bind("realm", (String) null)
                    .bind("status", (String) null).bind("now", now).bindMethods(firstPage),
                    "incoming list across a member's containers, first page");
            print(handle.createQuery(explained("incomingReadableBy")).bind("user", member).bind("realm", (String) null)
                    .bind("status", "rejected").bind("now", now).bindMethods(firstPage),
                    "incoming list across a member's containers, rejected only, first page");
            print(handle.createQuery(explained(RequestDao.class, "decidableBy")).bind("user", member).bind("now", now)
                    .bindMethods(firstPage), "share requests a member may decide, first page");
            print(handle.createQuery(explained(RequestDao.class, "all")).bind("now", now).bindMethods(firstPage),
                    "share requests (admin), first page");
            print(handle.createQuery(explained("bySourceOfAny")).bindMethods(noFilter).bindMethods(firstPage),
                    "outgoing list across all containers (admin), first page");
            print(handle.createQuery(explained("incomingOfAny")).bind("realm", (String) null).bind("status", (String) null)
                    .bind("now", now).bindMethods(firstPage), "incoming list across all containers (admin), first page");
            print(handle.createQuery(explained(ShareGroupDao.class, "bySource")).bind("source", container.id().value())
                    .bindMethods(noFilter).bindMethods(firstPage), "outgoing groups of one container, first page");
            print(handle.createQuery(explained(ShareGroupDao.class, "bySourceReadableBy")).bind("user", member)
                    .bindMethods(noFilter).bindMethods(firstPage), "outgoing groups across a member's containers, first page");
            print(handle.createQuery(explained(ShareGroupDao.class, "bySourceOfAny")).bindMethods(noFilter)
                    .bindMethods(firstPage), "outgoing groups across all containers (admin), first page");
        });
    }

    private static String explained(String daoMethod) {
        return explained(ShareDao.class, daoMethod);
    }

    private static String explained(Class<?> dao, String daoMethod) {
        Method method = Arrays.stream(dao.getMethods()).filter(m -> m.getName().equals(daoMethod))
                .findFirst().orElseThrow();
        return "explain (analyze, buffers) " + method.getAnnotation(SqlQuery.class).value();
    }

    private static void print(Query query, String title) {
        System.out.println("--- EXPLAIN ANALYZE: " + title);
        query.mapTo(String.class).forEach(System.out::println);
    }

    private static Visibility readableBy(Random random) {
        return new Visibility.ReadableBy(new UserId("user" + random.nextInt(PROJECTS)));
    }

    private static String containerId(int i) {
        return "c" + i;
    }

    private static String shareId(int i) {
        return String.format("%08x", i) + HexFormat.of().formatHex(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
}
