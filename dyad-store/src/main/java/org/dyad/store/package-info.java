/**
 * The event store: coded articles kept in an embedded DuckDB file, mentions of the same happening merged
 * into one event, queries over the events and exports (JSONL, PLOVER JSON, CSV, GDELT 2.0 TSV, Parquet).
 *
 * <p>No null crosses this package's public API: absent values are {@link java.util.Optional}. Dates are
 * event dates as coded (the day the text says the thing happened), not publication dates. Every SQL value
 * goes through a {@link java.sql.PreparedStatement} parameter.
 */
package org.dyad.store;
