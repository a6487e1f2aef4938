package org.sitrep.extract;

import org.sitrep.model.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ACLED's territory rule needs to know who fights for the government: state forces, and the allies a theatre pack
 * lists (packs/NAME/government-side.tsv) with the country where the alliance holds.
 */
public final class GovernmentSide {
    private final Set<String> everywhere = new HashSet<>();
    private final Set<String> byCountry = new HashSet<>();

    public GovernmentSide(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            if (c.length < 3 || c[2].isBlank()) throw new IllegalArgumentException(file + ":" + n + ": expected actor, country, source");
            if (c[1].trim().equals("*")) everywhere.add(c[0].trim());
            else byCountry.add(c[0].trim() + "\t" + c[1].trim());
        }
    }

    /** True when {@code a} takes territory for the government of {@code country} (null country: the theatre's). */
    public boolean isGovernmentSide(Actor a, String country) {
        if (a == null) return false;
        if (a.isState() && (country == null || a.country().isEmpty() || a.country().equalsIgnoreCase(country))) return true;
        return everywhere.contains(a.name()) || byCountry.contains(a.name() + "\t" + (country == null ? "Syria" : country));
    }
}
