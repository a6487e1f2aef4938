package org.sitrep.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Country names (countries.tsv): never an event's place, only the context of one. */
final class Countries {
    private final Map<String, String> codes = new HashMap<>();

    Countries() {
        for (String[] row : LexiconFile.rows("countries.tsv", 2)) codes.put(key(row[0]), row[1]);
    }

    boolean isCountry(String name) { return codes.containsKey(key(name)); }

    Optional<String> code(String name) { return Optional.ofNullable(codes.get(key(name))); }

    private static String key(String s) { return s.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").trim(); }
}
