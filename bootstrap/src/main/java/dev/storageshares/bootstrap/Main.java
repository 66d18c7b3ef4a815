package dev.storageshares.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "storage-shares", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Container storage sharing: the REST server and its tools.",
        subcommands = {ServeCommand.class, MigrateCommand.class, TokenCommand.class})
public final class Main implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // A bad setting or an unusable environment is not a crash: one line for the operator, the
        // stack trace only at debug level.
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof SettingsException) {
                line.getErr().println(e.getMessage());
                return 2;
            }
            LOG.debug("start-up failed", e);
            line.getErr().println("storage-shares: " + oneLine(e));
            return 1;
        });
        return cli.execute(args);
    }

    private static String oneLine(Throwable e) {
        StringBuilder line = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            line.append(": ").append(cause.getMessage());
        }
        return line.toString();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
