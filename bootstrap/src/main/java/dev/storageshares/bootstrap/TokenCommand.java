package dev.storageshares.bootstrap;

import dev.storageshares.adapter.rest.TokenIssuer;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print an HS256 token signed with the configured secret (STORAGE_SHARES_JWT_SECRET, else the one in the data dir).")
final class TokenCommand implements Callable<Integer> {
    @Option(names = "--sub", required = true, paramLabel = "USER", description = "The user id (token subject).")
    String subject;

    @Option(names = "--role", paramLabel = "ROLE", description = "A role to grant, e.g. admin; repeatable.")
    List<String> roles = List.of();

    @Option(names = "--ttl", paramLabel = "DURATION", defaultValue = "1h", description = "Lifetime, e.g. 15m, 1h, 7d (default 1h).")
    String ttl;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where a generated secret is kept. Env STORAGE_SHARES_DATA_DIR, default ./data.")
    String dataDir;

    @Override
    public Integer call() {
        Map<String, String> flags = dataDir == null ? Map.of() : Map.of("--data-dir", dataDir);
        Settings settings = Settings.resolve(flags, System.getenv());
        Duration lifetime;
        try {
            lifetime = Durations.parse(ttl);
        } catch (IllegalArgumentException e) {
            throw new SettingsException("Invalid --ttl: '" + ttl + "' is not a duration like 15m, 1h or 7d");
        }
        byte[] secret = settings.jwtSecret() != null ? settings.jwtSecret()
                : JwtSecretFile.loadOrCreate(settings.dataDir()).secret();
        Set<String> granted = new LinkedHashSet<>(roles);
        System.out.println(new TokenIssuer(secret).issue(subject, granted, lifetime));
        return 0;
    }
}
