package org.dyad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.ResultTable;

/** JSON for the API: result tables as arrays of objects, dates and times as ISO strings. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** The rows of {@code t}, each an object of column name to value. */
    static List<Map<String, Object>> rows(ResultTable t) {
        List<Map<String, Object>> out = new ArrayList<>(t.rows().size());
        for (List<Object> r : t.rows()) {
            out.add(row(t.columns(), r));
        }
        return out;
    }

    static Map<String, Object> row(List<String> columns, List<Object> r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            m.put(columns.get(i), value(r.get(i)));
        }
        return m;
    }

    static Object value(Object v) {
        if (v instanceof Temporal t) {
            return t.toString();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(Json::value).toList();
        }
        return v;
    }
}
