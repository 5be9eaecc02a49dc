package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad serve}'s refusals: nothing is bound and no store is opened when the options are unsafe. */
class ServeCommandTest {
    @Test
    void beyondLoopbackWithoutATokenItRefusesToStart(@TempDir Path dir) {
        Path db = dir.resolve("s.duckdb");
        CodeCommandTest.Run r = CodeCommandTest.run("serve", "--db", db.toString(), "--host", "0.0.0.0", "--port", "0");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("beyond loopback").contains("--token").contains("--public");
        assertThat(db).doesNotExist();
    }

    @Test
    void aShortTokenIsRefused(@TempDir Path dir) {
        CodeCommandTest.Run r = CodeCommandTest.run("serve", "--db", dir.resolve("s.duckdb").toString(),
                "--token", "x", "--port", "0");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("at least 16 characters");
    }
}
