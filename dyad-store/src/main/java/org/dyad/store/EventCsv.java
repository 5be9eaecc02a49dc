package org.dyad.store;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.event.Location;

/**
 * Merged events as CSV (RFC 4180 quoting): a header row of {@link #COLUMNS}, then one row per event. The
 * actors' words, the evidence and the rule are the first mention's; sectors are space-joined; absent values
 * are empty cells. The Parquet export has the same columns plus the list of mentions.
 */
final class EventCsv implements EventSink {

    /** The columns, in order. */
    static final List<String> COLUMNS = List.of(
            "event_id", "date", "date_precision",
            "source_code", "source_country", "source_sectors", "source_text", "source_name",
            "target_code", "target_country", "target_sectors", "target_text", "target_name",
            "cameo", "cameo_base", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover_type", "plover_mode",
            "num_mentions", "num_sources", "num_articles", "root_event",
            "location_text", "location_country", "location_lat", "location_lon",
            "doc_id", "sentence", "evidence_text", "trigger", "rule", "source_url", "date_added",
            "confidence");

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private final SequenceWriter out;

    EventCsv(Writer w) {
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(b::addColumn);
        try {
            out = CSV.writer(b.setUseHeader(false).build()).writeValues(w);
            out.write(COLUMNS.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(StoredEvent e) {
        Event f = e.first();
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(Long.toString(e.id()));
        row.add(e.date().map(Object::toString).orElse(""));
        row.add(e.key().precision());
        actor(row, Optional.of(e.source()));
        actor(row, e.target());
        row.add(e.cameo().code());
        row.add(e.cameo().base());
        row.add(e.cameo().root());
        row.add(e.cameo().name());
        row.add(Double.toString(e.cameo().goldstein()));
        row.add(Integer.toString(e.cameo().quadClass()));
        row.add(e.cameo().ploverType().orElse(""));
        row.add(e.cameo().ploverMode().orElse(""));
        row.add(Integer.toString(e.numMentions()));
        row.add(Integer.toString(e.numSources()));
        row.add(Integer.toString(e.numArticles()));
        row.add(Boolean.toString(e.rootEvent()));
        Optional<Location> loc = e.location();
        row.add(loc.map(Location::text).orElse(""));
        row.add(loc.map(Location::country).orElse(""));
        row.add(loc.flatMap(Location::lat).map(String::valueOf).orElse(""));
        row.add(loc.flatMap(Location::lon).map(String::valueOf).orElse(""));
        row.add(f.docId());
        row.add(Integer.toString(f.sentence()));
        row.add(f.evidence().text());
        row.add(f.evidence().trigger());
        row.add(f.rule());
        row.add(e.sourceUrl());
        row.add(e.added().toString());
        row.add(Double.toString(e.confidence()));
        try {
            out.write(row.toArray(String[]::new));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static void actor(List<String> row, Optional<Actor> actor) {
        row.add(actor.map(Actor::code).orElse(""));
        row.add(actor.map(Actor::country).orElse(""));
        row.add(actor.map(a -> String.join(" ", a.sectors())).orElse(""));
        row.add(actor.map(Actor::text).orElse(""));
        row.add(actor.map(Actor::name).orElse(""));
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
