package org.dyad.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A query's answer: named columns and rows of values (String, Long, Integer, Double, Boolean, LocalDate; null
 * for an absent value). Immutable.
 */
public record ResultTable(List<String> columns, List<List<Object>> rows) {
    public ResultTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + r.size() + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
