package dev.storageshares.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply the database migrations to the configured (or embedded) PostgreSQL and exit.")
final class MigrateCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Override
    public Integer call() {
        Settings settings = options.resolve(System.getenv());
        try (Database database = Database.open(settings)) {
            database.storage().migrate();
        }
        System.out.println("Migrations applied.");
        return 0;
    }
}
