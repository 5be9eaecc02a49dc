package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.event.Event;
import org.dyad.io.PetrarchEventWriter;
import org.dyad.io.SentenceIssues;

/**
 * Merged events in PETRARCH2's event file layout ({@link PetrarchEventWriter#line}): one line per event, its
 * ids every sentence that mentions it (across articles), its issues counted over those sentences, its URL and
 * story source those of its first article.
 */
final class PetrarchEvents implements EventSink {
    private final Writer out;
    private final Map<String, ArticleInfo> articles;
    private final PetrarchEventWriter issues;

    PetrarchEvents(Writer out, Map<String, ArticleInfo> articles) {
        this.out = out;
        this.articles = articles;
        this.issues = new PetrarchEventWriter(Writer.nullWriter(), SentenceIssues.defaults());
    }

    @Override
    public void write(StoredEvent e) {
        List<String> ids = new ArrayList<>();
        Set<String> sentences = new LinkedHashSet<>();
        for (Event m : e.mentions()) {
            ids.add(PetrarchEventWriter.sentenceId(m.docId(), m.sentence()));
            sentences.add(m.docId() + "\u0000" + m.sentence() + "\u0000" + m.evidence().text());
        }
        List<String> texts = sentences.stream().map(s -> s.substring(s.lastIndexOf('\u0000') + 1)).toList();
        ArticleInfo first = articles.get(e.first().docId());
        String line = PetrarchEventWriter.line(e.date(), e.source().code(), e.target().map(a -> a.code()).orElse(""),
                e.cameo().code(), issues.issueCounts(texts), ids, first == null ? "" : first.url(),
                first == null ? "" : first.source());
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
