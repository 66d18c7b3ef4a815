package dev.storageshares.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static String captureOut(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTokenCommandSignsWithTheSecretKeptInTheDataDirectory() throws Exception {
        Path dataDir = Files.createTempDirectory("storage-shares-token-");

        String token = captureOut(() -> assertThat(Main.run("token", "--sub", "alice", "--role", "admin", "--ttl", "15m",
                "--data-dir", dataDir.toString())).isZero()).trim();

        DecodedJWT jwt = JWT.decode(token);
        assertThat(jwt.getSubject()).isEqualTo("alice");
        assertThat(jwt.getClaim("roles").asList(String.class)).containsExactly("admin");
        assertThat(jwt.getAlgorithm()).isEqualTo("HS256");
        assertThat(Files.readString(dataDir.resolve("jwt-secret"))).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void aBadTtlIsOneLineAndExitCodeTwo() {
        assertThat(Main.run("token", "--sub", "alice", "--ttl", "forever")).isEqualTo(2);
    }

    @Test
    void versionAndHelpAnswer() {
        assertThat(captureOut(() -> Main.run("--version"))).startsWith("storage-shares ");
        assertThat(captureOut(() -> Main.run("--help"))).contains("serve").contains("migrate").contains("token");
    }
}
