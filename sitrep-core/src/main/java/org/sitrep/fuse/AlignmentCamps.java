package org.sitrep.fuse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The side each outlet alignment speaks for (data: alignment-camps.tsv). */
public final class AlignmentCamps {
    public static final String NEUTRAL = "neutral";
    public static final String PARTY = "party";

    private final Map<String, String> camps = new HashMap<>();

    public AlignmentCamps() {
        for (String[] row : org.sitrep.data.TabularData.rows(AlignmentCamps.class, "/org/sitrep/fuse/alignment-camps.tsv", 3))
            camps.put(row[0].toLowerCase(Locale.ROOT), row[1]);
    }

    /** The camp of an alignment, empty for an alignment the data file does not list. */
    public Optional<String> campOf(String alignment) {
        return alignment == null ? Optional.empty() : Optional.ofNullable(camps.get(alignment.trim().toLowerCase(Locale.ROOT)));
    }
}
