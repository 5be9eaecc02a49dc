package org.dyad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.article.TextHash;
import org.dyad.event.Event;
import org.dyad.merge.EventKey;
import org.dyad.merge.EventMerge;
import org.dyad.merge.Outlets;
import org.dyad.pipeline.CodedArticle;

/**
 * A DuckDB file of coded articles, their event mentions and the events those mentions make.
 *
 * <p>Writing: {@link #put} stores one coded article in one transaction: it removes the article stored under
 * the same id and any article stored with the same text (so re-ingesting never duplicates), inserts the new
 * rows, and rebuilds every event whose mentions changed. A process killed mid-ingest loses at most the
 * article it was writing; {@link #status} lets a rerun skip what is already stored.
 *
 * <p>Events are built from asserted mentions only (not negated, hypothetical or historical): those are kept
 * as mentions, with {@code event_id} NULL. Mentions with the same {@link EventKey} make one event.
 *
 * <p>Not thread-safe: one thread at a time. DuckDB lets one process open a file for writing, or several
 * processes read-only.
 */
public final class EventStore implements AutoCloseable {

    /** What the store holds of an article before it is ingested. */
    public enum Status {
        /** Nothing under its id or its text. */
        NEW,
        /** Stored under its id, or its text stored under another id, with other text or metadata: to replace. */
        CHANGED,
        /** Stored under its id with the same text, date, source and URL: nothing to do. */
        UNCHANGED
    }

    /** What {@link #put} did. */
    public record Stored(String articleId, int mentions, int assertedMentions, List<String> replaced) {
        public Stored {
            replaced = List.copyOf(replaced);
        }
    }

    /** Row counts. */
    public record Totals(long articles, long mentions, long events, long actors) {}

    /** The mentions of the events whose ids are in the array parameter, with what the merge needs of their article. */
    private static final String AFFECTED_MENTIONS = """
            SELECT m.event_id, m.mention_id, m.article_id, m.sentence, m.date, m.date_precision,
                   m.source_code, m.source_country, m.target_code, m.target_country,
                   m.cameo_base, m.cameo, m.cameo_name, m.cameo_root, m.goldstein, m.quad_class,
                   m.plover_type, m.plover_mode, m.location_text, m.location_country, m.location_lat, m.location_lon,
                   a.published, a.outlet, coalesce(nullif(a.url, ''), a.source) AS article_ref, a.ingested_at
            FROM mention m JOIN article a ON a.id = m.article_id
            WHERE list_contains(?, m.event_id)""";

    private static final int EVENT_COLUMNS = 28;

    private final Connection c;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Path file;
    private final boolean readOnly;
    private int queryTimeoutSeconds;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    /** A store over an open connection (of this package: {@link #open}, {@link #openReadOnly}, ParquetStore). */
    EventStore(Connection c, Path file, boolean readOnly) {
        this.c = c;
        this.file = file;
        this.readOnly = readOnly;
    }

    /** Opens the store for writing, creating the file and its tables when missing. */
    public static EventStore open(Path file) {
        Objects.requireNonNull(file, "file");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot create store " + file + ": no folder " + parent);
        }
        Connection c = connect(file, false);
        try {
            Schema.create(c, file.toString());
            try (Statement st = c.createStatement()) {
                st.execute("SET threads TO 1"); // a writer runs many tiny statements: parallel plans only cost
            }
            return new EventStore(c, file, false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e instanceof StoreException se ? se : new StoreException("cannot open store " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** Opens an existing store for reading; several processes may read at once while none writes. */
    public static EventStore openReadOnly(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no store at " + file + " (dyad ingest creates one; --db names another)");
        }
        Connection c = connect(file, true);
        try {
            Schema.check(c, file.toString());
            return new EventStore(c, file, true);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e instanceof StoreException se ? se : new StoreException("cannot read store " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Opens a Spark output folder (dyad-spark's CodeJob: {@code articles/}, {@code mentions/}, {@code events/},
     * {@code meta/}) as a read-only store, so that the queries, exports and web UI work on cluster output: the tables
     * are DuckDB views over its Parquet files, in a database held in memory. See ParquetStore.
     */
    public static EventStore openParquet(Path dir) {
        return ParquetStore.open(dir);
    }

    private static Connection connect(Path file, boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) {
                throw new StoreException("store " + file + " is in use by another process (DuckDB allows one "
                        + "writer, or readers only): " + firstLine(m), e);
            }
            throw new StoreException("cannot open store " + file + ": " + firstLine(m), e);
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Another connection to this same open database, for reading only: DuckDB serves many readers in one process
     * beside the one writer, each reader seeing what was committed when its query began. Its queries give up after
     * {@code queryTimeoutSeconds} (0: never) with a {@link QueryTimeoutException}. Close it before this store.
     */
    public EventStore reader(int queryTimeoutSeconds) {
        try {
            EventStore r = new EventStore(c.unwrap(org.duckdb.DuckDBConnection.class).duplicate(), file, true);
            r.queryTimeoutSeconds = queryTimeoutSeconds;
            return r;
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * How many writes this store object has committed: a reader's answer computed at one generation still holds
     * while the generation is the same (what a cache of answers keys on). Thread-safe.
     */
    public long generation() {
        return generation.get();
    }

    /** How long a query may run, in seconds; 0 for no limit. */
    int queryTimeoutSeconds() {
        return queryTimeoutSeconds;
    }

    /** The file (for a Parquet folder, the folder). */
    public Path file() {
        return file;
    }

    /** Whether this store refuses {@link #put} (opened read-only, or a Parquet folder). */
    public boolean readOnly() {
        return readOnly;
    }

    /** The JDBC connection, for the queries and exports of this package. */
    Connection connection() {
        return c;
    }

    // ------------------------------------------------------------------------------------------- writing

    /** Whether {@code article} is stored already, by id or by text. */
    public Status status(Article article) {
        String hash = TextHash.of(article.text());
        try {
            PreparedStatement p = prepared(
                    "SELECT id, text_hash, published, source, url FROM article WHERE id = ? OR text_hash = ?");
            p.setString(1, article.id());
            p.setString(2, hash);
            Status status = Status.NEW;
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    boolean same = r.getString(1).equals(article.id()) && r.getString(2).equals(hash)
                            && Objects.equals(StoredRows.date(r, 3), article.published().orElse(null))
                            && r.getString(4).equals(article.source()) && r.getString(5).equals(article.url());
                    status = same ? Status.UNCHANGED : Status.CHANGED;
                    if (same) {
                        break;
                    }
                }
            }
            return status;
        } catch (SQLException e) {
            throw new StoreException("reading " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores a coded article in one transaction, replacing what was stored under its id or with its text, and
     * rebuilds the events its old and new mentions belong to.
     */
    public Stored put(CodedArticle coded) {
        if (readOnly) {
            throw new IllegalStateException("store opened read-only");
        }
        Article a = coded.article();
        String hash = TextHash.of(a.text());
        try {
            c.setAutoCommit(false);
            try {
                List<String> old = strings("SELECT id FROM article WHERE id = ? OR text_hash = ? ORDER BY id",
                        a.id(), hash);
                Set<Long> affected = new LinkedHashSet<>();
                Set<String> oldActors = new LinkedHashSet<>();
                if (!old.isEmpty()) {
                    Array ids = c.createArrayOf("VARCHAR", old.toArray());
                    PreparedStatement p = prepared("SELECT DISTINCT event_id, source_code, target_code "
                            + "FROM mention WHERE list_contains(?, article_id)");
                    p.setArray(1, ids);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            long id = r.getLong(1);
                            if (!r.wasNull()) {
                                affected.add(id);
                            }
                            oldActors.add(r.getString(2));
                            Optional.ofNullable(r.getString(3)).ifPresent(oldActors::add);
                        }
                    }
                    update("DELETE FROM mention WHERE list_contains(?, article_id)", ids);
                    update("DELETE FROM article WHERE list_contains(?, id)", ids);
                }
                insertArticle(coded, hash);
                int asserted = 0;
                List<Event> events = coded.events();
                for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
                    List<Event> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT));
                    PreparedStatement p = prepared(rows("INSERT INTO mention VALUES ", MENTION_COLUMNS, chunk.size(),
                            ""));
                    int i = 1;
                    for (Event e : chunk) {
                        Optional<Long> eventId = EventKey.eventId(e);
                        eventId.ifPresent(affected::add);
                        asserted += eventId.isPresent() ? 1 : 0;
                        i = MentionRows.bind(c, p, i, e, eventId);
                    }
                    p.executeUpdate();
                }
                if (!affected.isEmpty()) {
                    Array ids = c.createArrayOf("BIGINT", affected.toArray());
                    update("DELETE FROM event WHERE list_contains(?, event_id)", ids);
                    rebuild(ids);
                }
                actors(coded.events(), oldActors);
                c.commit();
                generation.incrementAndGet();
                List<String> replaced = new ArrayList<>(old);
                return new Stored(a.id(), coded.events().size(), asserted, replaced);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("storing " + a.id() + " in " + file + ": " + firstLine(
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** Inserts the event rows of the given event ids, merged from their mentions (none left: no row). */
    private void rebuild(Array ids) throws SQLException {
        PreparedStatement q = prepared(AFFECTED_MENTIONS);
        q.setArray(1, ids);
        List<EventMerge.MentionRow> mentions = new ArrayList<>();
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                mentions.add(new EventMerge.MentionRow(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4),
                        StoredRows.date(r, 5), r.getString(6), r.getString(7), r.getString(8),
                        Optional.ofNullable(r.getString(9)), Optional.ofNullable(r.getString(10)), r.getString(11),
                        r.getString(12), r.getString(13), r.getString(14), r.getDouble(15), r.getInt(16),
                        Optional.ofNullable(r.getString(17)), Optional.ofNullable(r.getString(18)),
                        Optional.ofNullable(r.getString(19)), Optional.ofNullable(r.getString(20)),
                        StoredRows.optionalDouble(r, "location_lat"), StoredRows.optionalDouble(r, "location_lon"),
                        Optional.ofNullable(StoredRows.date(r, 23)), r.getString(24), r.getString(25),
                        r.getTimestamp(26).toInstant()));
            }
        }
        List<EventMerge.EventRow> events = EventMerge.merge(mentions);
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            List<EventMerge.EventRow> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT));
            PreparedStatement p = prepared(rows("INSERT INTO event VALUES ", EVENT_COLUMNS, chunk.size(), ""));
            int i = 1;
            for (EventMerge.EventRow e : chunk) {
                EventMerge.MentionRow f = e.first();
                EventMerge.MentionRow k = e.code();
                p.setLong(i++, e.eventId());
                p.setString(i++, e.key());
                setDate(p, i++, Optional.ofNullable(f.date()));
                p.setString(i++, f.precision());
                p.setString(i++, f.sourceCode());
                p.setString(i++, f.sourceCountry());
                setString(p, i++, f.targetCode());
                setString(p, i++, f.targetCountry());
                p.setString(i++, f.base());
                p.setString(i++, k.cameo());
                p.setString(i++, k.cameoName());
                p.setString(i++, k.root());
                p.setDouble(i++, k.goldstein());
                p.setInt(i++, k.quadClass());
                setString(p, i++, k.ploverType());
                setString(p, i++, k.ploverMode());
                p.setInt(i++, e.mentions());
                p.setInt(i++, e.sources());
                p.setInt(i++, e.articles());
                p.setBoolean(i++, e.root());
                p.setString(i++, f.mentionId());
                p.setString(i++, f.articleId());
                setString(p, i++, e.located().flatMap(EventMerge.MentionRow::locationText));
                setString(p, i++, e.located().flatMap(EventMerge.MentionRow::locationCountry));
                setDouble(p, i++, e.located().flatMap(EventMerge.MentionRow::lat));
                setDouble(p, i++, e.located().flatMap(EventMerge.MentionRow::lon));
                p.setString(i++, f.articleRef());
                p.setTimestamp(i++, Timestamp.from(e.added()));
            }
            p.executeUpdate();
        }
    }

    private void insertArticle(CodedArticle coded, String hash) throws SQLException {
        Article a = coded.article();
        PreparedStatement p = prepared("INSERT INTO article VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        p.setString(1, a.id());
        p.setString(2, hash);
        if (a.published().isPresent()) {
            p.setObject(3, a.published().get());
        } else {
            p.setNull(3, Types.DATE);
        }
        p.setString(4, a.title());
        p.setString(5, a.byline());
        p.setString(6, a.source());
        p.setString(7, a.url());
        p.setString(8, Outlets.of(a));
        p.setString(9, a.text());
        p.setInt(10, coded.sentences());
        p.setInt(11, coded.tokens());
        p.setInt(12, coded.events().size());
        p.setTimestamp(13, Timestamp.from(Instant.now()));
        p.executeUpdate();
    }

    private static final int MENTION_COLUMNS = 41;
    /** Mentions per INSERT statement: one statement for most articles, and few cached statement shapes. */
    private static final int ROWS_PER_INSERT = 16;

    /** {@code INSERT ... VALUES (?, ...), (?, ...) suffix} for {@code rows} rows of {@code columns} values. */
    private static String rows(String insert, int columns, int rows, String suffix) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        return insert + String.join(", ", java.util.Collections.nCopies(rows, row)) + suffix;
    }

    private void actors(List<Event> events, Set<String> oldActors) throws SQLException {
        Map<String, Actor> seen = new java.util.LinkedHashMap<>();
        for (Event e : events) {
            seen.putIfAbsent(e.source().code(), e.source());
            e.target().ifPresent(t -> seen.putIfAbsent(t.code(), t));
        }
        if (!seen.isEmpty()) {
            PreparedStatement p = prepared(rows("INSERT INTO actor VALUES ", 3, seen.size(), " ON CONFLICT DO NOTHING"));
            int i = 1;
            for (Actor a : seen.values()) {
                p.setString(i++, a.code());
                p.setString(i++, a.country());
                p.setArray(i++, c.createArrayOf("VARCHAR", a.sectors().toArray()));
            }
            p.executeUpdate();
        }
        oldActors.removeAll(seen.keySet());
        if (!oldActors.isEmpty()) {
            update("""
                    DELETE FROM actor WHERE list_contains(?, code)
                      AND code NOT IN (SELECT source_code FROM mention
                                       UNION ALL SELECT target_code FROM mention WHERE target_code IS NOT NULL)""",
                    c.createArrayOf("VARCHAR", oldActors.toArray()));
        }
    }

    // ------------------------------------------------------------------------------------------- reading

    /** How many articles, mentions, events and actors the store holds. */
    public Totals totals() {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM mention), "
                     + "(SELECT count(*) FROM event), (SELECT count(*) FROM actor)")) {
            r.next();
            return new Totals(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
        } catch (SQLException e) {
            throw new StoreException("reading " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every stored mention, asserted or not, as the coder made it, in article id and sentence order. */
    public void mentions(Consumer<Event> sink) {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT * FROM mention ORDER BY article_id, sentence, evidence_start, mention_id");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                sink.accept(StoredRows.mention(r));
            }
        } catch (SQLException e) {
            throw new StoreException("reading " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every event with its mentions, in date then event id order. */
    public void events(Consumer<StoredEvent> sink) {
        String events = "SELECT * FROM event ORDER BY date, event_id";
        String mentions = """
                SELECT m.* FROM mention m JOIN event e ON e.event_id = m.event_id
                JOIN article a ON a.id = m.article_id
                ORDER BY e.date, e.event_id, coalesce(a.published, DATE '9999-12-31'), m.article_id, m.sentence,
                         m.mention_id""";
        try (PreparedStatement pe = c.prepareStatement(events);
             PreparedStatement pm = c.prepareStatement(mentions);
             ResultSet re = pe.executeQuery();
             ResultSet rm = pm.executeQuery()) {
            boolean more = rm.next();
            while (re.next()) {
                long id = re.getLong("event_id");
                List<Event> list = new ArrayList<>();
                while (more && rm.getLong("event_id") == id) {
                    list.add(StoredRows.mention(rm));
                    more = rm.next();
                }
                sink.accept(StoredRows.event(re, list));
            }
        } catch (SQLException e) {
            throw new StoreException("reading " + file + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    private List<String> strings(String sql, String... params) throws SQLException {
        PreparedStatement p = prepared(sql);
        for (int i = 0; i < params.length; i++) {
            p.setString(i + 1, params[i]);
        }
        List<String> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private void update(String sql, Array param) throws SQLException {
        PreparedStatement p = prepared(sql);
        p.setArray(1, param);
        p.executeUpdate();
    }

    /** The statement for {@code sql}, prepared once per store (DuckDB plans it once); closed with the store. */
    PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            statements.put(sql, p);
        }
        return p;
    }

    private static void setString(PreparedStatement p, int i, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            p.setString(i, v.get());
        } else {
            p.setNull(i, Types.VARCHAR);
        }
    }

    private static void setDate(PreparedStatement p, int i, Optional<LocalDate> v) throws SQLException {
        if (v.isPresent()) {
            p.setObject(i, v.get());
        } else {
            p.setNull(i, Types.DATE);
        }
    }

    private static void setDouble(PreparedStatement p, int i, Optional<Double> v) throws SQLException {
        if (v.isPresent()) {
            p.setDouble(i, v.get());
        } else {
            p.setNull(i, Types.DOUBLE);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // already failing: the first error is the one to report
        }
    }

    /** Closes the file; DuckDB checkpoints its write-ahead log into it. */
    @Override
    public void close() {
        try {
            for (PreparedStatement p : statements.values()) {
                p.close();
            }
            c.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + file + ": " + e.getMessage(), e);
        }
    }
}
