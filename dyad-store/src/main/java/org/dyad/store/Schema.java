package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables. {@code article} holds each coded article once (by id, with a hash of its text);
 * {@code mention} every event mention coded from it (the Event JSONL contract, flattened); {@code event} one
 * row per happening, rebuilt from its mentions whenever they change; {@code actor} every actor code that
 * some stored mention names. docs/store.md describes each column.
 */
final class Schema {
    /**
     * Bumped whenever a table changes; a store of another version is refused, never silently rewritten, except the
     * one step this code knows: version 1 (event dates required) becomes 2 (undated events allowed) when opened for
     * writing; version 1 is read as it is.
     */
    static final int VERSION = 2;

    private static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
            """
            CREATE TABLE IF NOT EXISTS article (
              id VARCHAR PRIMARY KEY,
              text_hash VARCHAR NOT NULL,
              published DATE,
              title VARCHAR NOT NULL,
              byline VARCHAR NOT NULL,
              source VARCHAR NOT NULL,
              url VARCHAR NOT NULL,
              outlet VARCHAR NOT NULL,
              text VARCHAR NOT NULL,
              sentences INTEGER NOT NULL,
              tokens INTEGER NOT NULL,
              mentions INTEGER NOT NULL,
              ingested_at TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS mention (
              mention_id VARCHAR NOT NULL,
              article_id VARCHAR NOT NULL,
              sentence INTEGER NOT NULL,
              date DATE,
              date_precision VARCHAR NOT NULL,
              source_code VARCHAR NOT NULL,
              source_country VARCHAR NOT NULL,
              source_sectors VARCHAR[] NOT NULL,
              source_text VARCHAR NOT NULL,
              source_name VARCHAR NOT NULL,
              target_code VARCHAR,
              target_country VARCHAR,
              target_sectors VARCHAR[],
              target_text VARCHAR,
              target_name VARCHAR,
              cameo VARCHAR NOT NULL,
              cameo_name VARCHAR NOT NULL,
              cameo_root VARCHAR NOT NULL,
              cameo_base VARCHAR NOT NULL,
              goldstein DOUBLE NOT NULL,
              quad_class INTEGER NOT NULL,
              plover_type VARCHAR,
              plover_mode VARCHAR,
              reciprocal BOOLEAN NOT NULL,
              negated BOOLEAN NOT NULL,
              hypothetical BOOLEAN NOT NULL,
              historical BOOLEAN NOT NULL,
              historical_year INTEGER,
              location_text VARCHAR,
              location_country VARCHAR,
              location_lat DOUBLE,
              location_lon DOUBLE,
              evidence_text VARCHAR NOT NULL,
              evidence_start INTEGER NOT NULL,
              evidence_end INTEGER NOT NULL,
              trigger VARCHAR NOT NULL,
              trigger_start INTEGER NOT NULL,
              trigger_end INTEGER NOT NULL,
              rule VARCHAR NOT NULL,
              event_id BIGINT,
              confidence DOUBLE)""",
            """
            CREATE TABLE IF NOT EXISTS event (
              event_id BIGINT PRIMARY KEY,
              event_key VARCHAR NOT NULL,
              date DATE,
              date_precision VARCHAR NOT NULL,
              source_code VARCHAR NOT NULL,
              source_country VARCHAR NOT NULL,
              target_code VARCHAR,
              target_country VARCHAR,
              cameo_base VARCHAR NOT NULL,
              cameo VARCHAR NOT NULL,
              cameo_name VARCHAR NOT NULL,
              cameo_root VARCHAR NOT NULL,
              goldstein DOUBLE NOT NULL,
              quad_class INTEGER NOT NULL,
              plover_type VARCHAR,
              plover_mode VARCHAR,
              num_mentions INTEGER NOT NULL,
              num_sources INTEGER NOT NULL,
              num_articles INTEGER NOT NULL,
              root_event BOOLEAN NOT NULL,
              first_mention_id VARCHAR NOT NULL,
              first_article_id VARCHAR NOT NULL,
              location_text VARCHAR,
              location_country VARCHAR,
              location_lat DOUBLE,
              location_lon DOUBLE,
              source_url VARCHAR NOT NULL,
              date_added TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS actor (
              code VARCHAR PRIMARY KEY,
              country VARCHAR NOT NULL,
              sectors VARCHAR[] NOT NULL)""");

    private Schema() {}

    /** Creates what is missing and checks the version; throws StoreException for a store of another version. */
    static void create(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = 'schema_version'");
             ResultSet r = p.executeQuery()) {
            if (r.next()) {
                String version = r.getString(1);
                if (version.equals("1")) {
                    migrateFrom1(c);
                    return;
                }
                check(version, where);
                addConfidence(c);
                return;
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO meta VALUES ('schema_version', ?)")) {
            p.setString(1, Integer.toString(VERSION));
            p.executeUpdate();
        }
    }

    /**
     * Version 1 required every event and mention to have a date; version 2 keeps undated ones with no date, and
     * gives each mention the coder's confidence (NULL for mentions stored before there was one: read as 1).
     */
    private static void migrateFrom1(Connection c) throws SQLException {
        addConfidence(c);
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE mention ALTER COLUMN date DROP NOT NULL");
            s.execute("ALTER TABLE event ALTER COLUMN date DROP NOT NULL");
            s.execute("UPDATE meta SET value = '" + VERSION + "' WHERE key = 'schema_version'");
        }
    }

    /**
     * Adds the confidence column where it is missing: version 2 stores written by a build of 2026-12-04, before
     * the column existed, have none.
     */
    private static void addConfidence(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE mention ADD COLUMN IF NOT EXISTS confidence DOUBLE");
        }
    }

    /** Checks the version of a store opened read-only (version 1 reads as it is). */
    static void check(Connection c, String where) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = 'schema_version'");
             ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                throw new StoreException(where + " is not a Dyad store (no schema version)");
            }
            if (!r.getString(1).equals("1")) {
                check(r.getString(1), where);
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
                throw new StoreException(where + " is not a Dyad store (no meta table)");
            }
            throw e;
        }
    }

    private static void check(String version, String where) {
        if (!Integer.toString(VERSION).equals(version)) {
            throw new StoreException(where + " has store schema version " + version + "; this Dyad reads version "
                    + VERSION);
        }
    }
}
