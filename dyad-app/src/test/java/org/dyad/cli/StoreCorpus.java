package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;

/**
 * The store commands' test corpus, {@code store-corpus.jsonl} (our own writing): one signing told four times
 * in three articles of two outlets, and a few other events. What the coder makes of it, by hand:
 *
 * <pre>
 * steppe-1  Steppe Daily  s0 KAZ 057 UZB 2024-03-12   s2 KAZ 057 UZB 2024-03-12   s3 KAZ 051 UZB 2024-03-12
 * steppe-2  Steppe Daily  s1 KAZ 057 UZB 2024-03-12   ("on Tuesday", published Wednesday)
 * river-1   River Post    s0 KAZ 057 UZB 2024-03-12   s1 KGZ 111 UZB 2024-03-13
 *           (its URL's host, riverpost.example, is its outlet)
 * border-1  River Post    s0 UZB 112 TJK 2024-04-01   s1 TJK 016 -   2024-04-02
 * steppe-3  Steppe Daily  s0 UZB 111 KAZ 2024-03-18
 * </pre>
 *
 * 5 articles, 9 mentions, 6 events, 4 actors; the signing has NumMentions 4, NumArticles 3, NumSources 2.
 */
final class StoreCorpus {
    private StoreCorpus() {}

    record Run(int exit, String out, String err) {}

    /** Runs the CLI in this JVM (CoreNLP loads once per JVM, shared by every Dyad). */
    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Copies the corpus into {@code dir} and returns the file. */
    static Path write(Path dir) {
        Path file = dir.resolve("store-corpus.jsonl");
        try (InputStream in = StoreCorpus.class.getResourceAsStream("store-corpus.jsonl")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
