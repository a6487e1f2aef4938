package org.sitrep.fuse;

import org.sitrep.model.Place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A place's identity for matching reports: the gazetteer id when there is one, else the name folded so that
 * news spellings meet ("al-Bab", "Al Bab", "Bāb" → "bab"; "Kafr Naha", "Kafrnaha" → "kafrnaha").
 */
public final class PlaceKey {
    private PlaceKey() {}

    /** The key the store indexes: "gaz:ID" when the gazetteer has the place itself, else "name:FOLDED". */
    public static String of(Place p) {
        if (p.ownGazetteerId() != null && !p.ownGazetteerId().isBlank()) return "gaz:" + p.ownGazetteerId();
        return "name:" + fold(p.name() == null ? p.mention() : p.name());
    }

    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\p{Lm}]+");
    private static final Pattern ARTICLE = Pattern.compile("\\b(al|el|ar|as|ash|at|ad|an|az|ez|es|ed)[- ](?=\\p{L})");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Fusion compares every pair of nearby reports: fold each spelling once. Cleared when it grows large. */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    /** Folded name: no accents, no article prefix, letters and digits only, lower case. */
    public static String fold(String name) {
        if (name == null) return "";
        String f = FOLDED.get(name);
        if (f != null) return f;
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .replace('\u2019', '\'').replace('`', '\'').toLowerCase(Locale.ROOT).trim();
        s = ARTICLE.matcher(s).replaceAll("");
        f = NOT_ALNUM.matcher(s).replaceAll("");
        if (FOLDED.size() > 100_000) FOLDED.clear();
        FOLDED.put(name, f);
        return f;
    }

    public static boolean sameName(Place a, Place b) {
        String fa = fold(a.name()), fb = fold(b.name());
        return !fa.isEmpty() && fa.equals(fb);
    }

    /** Great-circle distance in km, or +infinity when either place has no coordinates. */
    public static double distanceKm(Place a, Place b) {
        if (!a.hasCoordinates() || !b.hasCoordinates()) return Double.POSITIVE_INFINITY;
        double la1 = Math.toRadians(a.latitude()), la2 = Math.toRadians(b.latitude());
        double dla = la2 - la1, dlo = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dla / 2) * Math.sin(dla / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
