package org.sitrep.eval;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which fields of a matched pair agree (score.py's fields, actor_ok and pair_score): sub-event type, actors
 * (either side for battles, where who started a clash is often unclear; associated actors count), the exact
 * day, coordinates within tolerance, fatalities and certainty. A field the gold leaves open is not scored.
 */
public final class FieldAgreement {
    /** The scored fields, in score.py's order. */
    public static final List<String> FIELDS =
            List.of("sub_event_type", "actor1", "actor2", "date", "coordinates", "fatalities", "certainty");

    private final MatchCriteria criteria;

    public FieldAgreement(MatchCriteria criteria) { this.criteria = criteria; }

    /** Field name to agreement; null where the gold does not score the field. */
    public Map<String, Boolean> fields(Prediction p, GoldEvent g) {
        Map<String, Boolean> f = new LinkedHashMap<>();
        f.put("sub_event_type", subEventType(p, g));
        f.put("actor1", actorOk(p, g, "actor1"));
        f.put("actor2", actorOk(p, g, "actor2"));
        LocalDate d = p.eventDate();
        f.put("date", d != null && !d.isBefore(g.date()) && !d.isAfter(g.dateUntil()));
        Double km = MatchCriteria.distanceKm(p, g);
        f.put("coordinates", !g.hasCoordinates() ? null : km != null && km <= g.tolerance());
        BigInteger dead = p.fatalities();
        f.put("fatalities", g.fatalities() == null ? null : dead != null && dead.equals(BigInteger.valueOf(g.fatalities())));
        f.put("certainty", PythonJson.equalsText(p.get("certainty"), g.certainty()));
        return f;
    }

    /** How well a candidate fits: agreeing fields, and 3 more when the place is named alike. */
    public int pairScore(Prediction p, GoldEvent g) {
        int score = 0;
        for (Boolean v : fields(p, g).values()) if (Boolean.TRUE.equals(v)) score++;
        return score + (criteria.nameMatches(p, g) ? 3 : 0);
    }

    private static boolean subEventType(Prediction p, GoldEvent g) {
        var v = p.get("sub_event_type");
        if (v == null || v.isNull()) return g.subEventTypes().contains(null);
        return v.isTextual() && g.subEventTypes().contains(v.textValue());
    }

    /** score.py's actor_ok. */
    static Boolean actorOk(Prediction p, GoldEvent g, String which) {
        List<String> want = which.equals("actor1") ? g.actor1() : g.actor2();
        if (want == null) return null;
        Set<String> ok = new HashSet<>();
        want.forEach(w -> ok.add(actorKey(w)));
        if (which.equals("actor1")) g.assocActor1().forEach(a -> ok.add(actorKey(a)));
        if (ok.contains(actorKey(p.text(which)))) return true;
        if ("Battles".equals(g.eventType())) {
            String other = which.equals("actor1") ? "actor2" : "actor1";
            return ok.contains(actorKey(p.text(other)));
        }
        if (which.equals("actor2")) {
            for (String a : p.texts("assoc_actor_2")) if (ok.contains(actorKey(a))) return true;
        }
        return false;
    }

    /** score.py's norm_actor: lower case, letters and digits only. */
    public static String actorKey(String s) {
        return (s == null ? "" : s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
