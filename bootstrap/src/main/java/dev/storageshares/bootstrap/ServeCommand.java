package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.TokenIssuer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the REST server (embedded PostgreSQL unless --database-url is given).")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    /** Long enough for a first afternoon with the API; operators mint their own with `token`. */
    private static final Duration STARTUP_TOKEN_TTL = Duration.ofHours(24);

    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = options.resolve(System.getenv());
        JwtSecretFile.Loaded secret = settings.jwtSecret() != null
                ? new JwtSecretFile.Loaded(settings.jwtSecret(), false)
                : JwtSecretFile.loadOrCreate(settings.dataDir());
        Server server = Server.start(settings, secret.secret());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down");
            server.close();
            stopped.countDown();
        }, "shutdown"));

        String url = "http://" + settings.bind() + ":" + server.port();
        LOG.info("Storage Shares listening on {} (API at {}/api/v1)", url, url);
        if (settings.jwtSecret() == null) {
            String token = new TokenIssuer(secret.secret()).issue("admin", Set.of("admin"), STARTUP_TOKEN_TTL);
            LOG.info("Admin token (valid {}h; secret kept in {}): {}", STARTUP_TOKEN_TTL.toHours(),
                    settings.dataDir().resolve(JwtSecretFile.FILE_NAME), token);
        }
        stopped.await();
        return 0;
    }
}
