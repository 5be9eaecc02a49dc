/**
 * Merging event mentions into events, shared by every writer of events (the DuckDB store, the Spark job): the
 * merge key and event id ({@link org.dyad.merge.EventKey}), the outlet an article counts as
 * ({@link org.dyad.merge.Outlets}) and the rule that makes one event row of the mentions with one id
 * ({@link org.dyad.merge.EventMerge}). No storage here.
 */
package org.dyad.merge;
