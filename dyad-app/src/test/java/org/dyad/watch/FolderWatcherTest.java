package org.dyad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    @Test
    void aFileIsHandedOnOnceItHoldsStillAndAgainWhenItChanges(@TempDir Path dir) throws Exception {
        FolderWatcher w = FolderWatcher.unstarted(dir);
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "Armenia praised Georgia.");
        Files.createDirectories(dir.resolve("sub"));
        Path b = dir.resolve("sub").resolve("b.jsonl");
        Files.writeString(b, "{}");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.writeString(dir.resolve("notes.json"), "{}");
        Files.writeString(dir.resolve("image.png"), "x");
        assertThat(w.look()).isEmpty(); // seen once: maybe still being written
        assertThat(w.look()).containsExactly(a, b);
        assertThat(w.look()).isEmpty(); // done, unchanged
        Files.writeString(a, "Armenia praised Georgia again.");
        Files.setLastModifiedTime(a, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(w.look()).isEmpty();
        assertThat(w.look()).containsExactly(a);
        Files.delete(b);
        assertThat(w.look()).isEmpty();
        Files.writeString(b, "{}");
        assertThat(w.look()).isEmpty();
        assertThat(w.look()).containsExactly(b); // deleted and written again: new again
    }

    @Test
    void aStartedWatcherHandsOnNewFilesWithinSecondsAndStops(@TempDir Path dir) throws Exception {
        List<Path> seen = new CopyOnWriteArrayList<>();
        try (FolderWatcher w = FolderWatcher.start(dir, Duration.ofMillis(100), seen::addAll)) {
            Path f = dir.resolve("new.txt");
            Files.writeString(f, "Kazakhstan thanked Uzbekistan.");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(seen).containsExactly(f);
            w.close();
            assertThat(w.stopped()).isTrue();
        }
    }
}
