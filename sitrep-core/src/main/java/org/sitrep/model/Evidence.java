package org.sitrep.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Why an event says what it says: the sentence it was coded from and, per field, the span the value
 * was read from (offsets into the document's cleaned text).
 */
public record Evidence(String text, int start, int end, Map<String, Span> fields) {
    public Evidence {
        fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    }
}
