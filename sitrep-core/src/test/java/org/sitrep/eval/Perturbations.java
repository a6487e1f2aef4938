package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Predictions made at test time from a gold file by rule: each gold event becomes an EVENTS.md record, then,
 * by a seeded dice, is dropped, duplicated, shifted in time, moved, renamed, retyped, given swapped or other
 * actors, other casualties or certainty; predictions are added at the places of negative lines and at random
 * places. Nothing of the gold is kept in the repository: the values are read from ../shared when the test runs.
 */
final class Perturbations {
    private static final String[] TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians",
            "Strategic developments", "Protests", "Riots"};
    private static final String[] OTHER_ACTORS = {"Islamic State", "Syrian opposition", "Civilians (Syria)", ""};

    private final Random dice;
    private int serial;

    Perturbations(long seed) { this.dice = new Random(seed); }

    List<ObjectNode> predictions(List<JsonNode> gold) {
        List<ObjectNode> out = new ArrayList<>();
        List<JsonNode> events = gold.stream().filter(g -> !PythonJson.truthy(g.get("negative"))).toList();
        for (JsonNode g : gold) {
            if (PythonJson.truthy(g.get("negative"))) {
                if (dice.nextInt(3) == 0 && !events.isEmpty()) out.add(atNegative(g, events.get(dice.nextInt(events.size()))));
                continue;
            }
            if (dice.nextInt(7) == 0) continue; // dropped: a miss
            out.add(perturbed(g));
            if (dice.nextInt(6) == 0) out.add(perturbed(g)); // a second reading of the same fact
        }
        for (int k = dice.nextInt(4); k > 0 && !events.isEmpty(); k--) {
            // an extra: one gold event's type and day at another event's place
            ObjectNode p = perturbed(events.get(dice.nextInt(events.size())));
            JsonNode elsewhere = events.get(dice.nextInt(events.size()));
            p.put("location", elsewhere.path("location").asText());
            p.put("location_mention", elsewhere.path("location").asText());
            p.set("latitude", elsewhere.get("lat"));
            p.set("longitude", elsewhere.get("lon"));
            out.add(p);
        }
        if (dice.nextBoolean()) {
            ObjectNode orphan = perturbed(events.get(0));
            orphan.remove("doc_id"); // str(None): a document of its own
            out.add(orphan);
        }
        Collections.shuffle(out, dice);
        return out;
    }

    private ObjectNode perturbed(JsonNode g) {
        ObjectNode p = JsonLines.JSON.createObjectNode();
        p.put("event_id", "ev-" + (serial++));
        p.put("doc_id", g.get("doc").asText());
        LocalDate date = LocalDate.parse(g.get("date").asText());
        int shift = switch (dice.nextInt(10)) {
            case 0 -> -1;
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> -3;
            default -> 0;
        };
        LocalDate until = g.hasNonNull("date_until") ? LocalDate.parse(g.get("date_until").asText()) : date;
        LocalDate day = dice.nextInt(4) == 0 ? until.plusDays(shift) : date.plusDays(shift);
        p.put("event_date", dice.nextInt(12) == 0 ? day + "T06:00:00" : day.toString());
        p.put("date_from", day.toString());
        p.put("date_to", day.toString());
        p.put("time_precision", 1);
        String type = g.get("event_type").asText();
        if (dice.nextInt(10) == 0) type = TYPES[dice.nextInt(TYPES.length)];
        p.put("event_type", type);
        JsonNode subs = g.get("sub_event_type");
        p.put("sub_event_type", dice.nextInt(8) == 0 || subs.isEmpty() ? "Armed clash" : subs.get(dice.nextInt(subs.size())).asText());
        actors(p, g);
        place(p, g);
        JsonNode dead = g.get("fatalities");
        if (dead != null && !dead.isNull()) {
            switch (dice.nextInt(6)) {
                case 0 -> p.put("fatalities", dead.asInt() + 1);
                case 1 -> p.put("fatalities", dead.asText()); // a number as text: int() reads it
                case 2 -> p.put("fatalities", dead.asInt() + 0.4);
                case 3 -> p.putNull("fatalities");
                default -> p.put("fatalities", dead.asInt());
            }
        } else if (dice.nextInt(5) == 0) p.put("fatalities", dice.nextInt(4));
        else p.putNull("fatalities");
        String certainty = g.path("certainty").asText("reported");
        p.put("certainty", switch (dice.nextInt(8)) {
            case 0 -> "claimed";
            case 1 -> "reported";
            default -> certainty;
        });
        ObjectNode ev = p.putObject("evidence");
        ev.put("text", "A sentence made up by the test for event " + p.get("event_id").asText() + ".");
        ev.put("start", 0);
        ev.put("end", 10);
        ev.putObject("fields");
        return p;
    }

    private void actors(ObjectNode p, JsonNode g) {
        String a1 = first(g.get("actor1")), a2 = first(g.get("actor2"));
        ArrayNode assoc1 = p.putArray("assoc_actor_1"), assoc2 = p.putArray("assoc_actor_2");
        switch (dice.nextInt(8)) {
            case 0 -> { // sides swapped: right for battles only
                String t = a1;
                a1 = a2;
                a2 = t;
            }
            case 1 -> a1 = OTHER_ACTORS[dice.nextInt(OTHER_ACTORS.length)];
            case 2 -> { // the target named only among the associated actors
                if (a2 != null) assoc2.add(a2);
                a2 = null;
            }
            case 3 -> { // an ally of actor1 named as actor1
                JsonNode allies = g.get("assoc_actor_1");
                if (allies != null && !allies.isEmpty()) a1 = allies.get(0).asText();
            }
            case 4 -> { // spelling that only the actor key folds
                if (a1 != null) a1 = a1.toUpperCase(java.util.Locale.ROOT).replace(' ', '-');
            }
            default -> { }
        }
        if (a1 == null) p.putNull("actor1");
        else p.put("actor1", a1);
        if (a2 == null) p.putNull("actor2");
        else p.put("actor2", a2);
    }

    private void place(ObjectNode p, JsonNode g) {
        String name = g.get("location").asText();
        JsonNode alts = g.get("location_alt");
        String shown = switch (dice.nextInt(8)) {
            case 0 -> alts != null && !alts.isEmpty() ? alts.get(dice.nextInt(alts.size())).asText() : name;
            case 1 -> "the village of " + name;
            case 2 -> name.toUpperCase(java.util.Locale.ROOT).replace(' ', '-');
            case 3 -> name + "ville"; // a place the gold does not know
            case 4 -> "Al-" + name;
            default -> name;
        };
        if (dice.nextInt(6) == 0) {
            p.putNull("location");
            p.put("location_mention", shown);
        } else {
            p.put("location", shown);
            p.put("location_mention", dice.nextBoolean() ? shown : name.toLowerCase(java.util.Locale.ROOT));
        }
        JsonNode admin1 = g.get("admin1");
        if (admin1 == null || admin1.isNull() || dice.nextInt(8) == 0) p.putNull("admin1");
        else p.put("admin1", dice.nextBoolean() ? admin1.asText() + " Governorate" : admin1.asText());
        p.put("country", "Syria");
        JsonNode lat = g.get("lat"), lon = g.get("lon");
        if (lat == null || lat.isNull() || dice.nextInt(7) == 0) {
            p.putNull("latitude");
            p.putNull("longitude");
        } else {
            // north by a distance that never sits on a whole-km tolerance
            double km = new double[]{0, 0, 0, 3.3, 17.7, 63.1, 140.9}[dice.nextInt(7)];
            double moved = lat.asDouble() + km / 111.19492664455873;
            if (dice.nextInt(10) == 0) p.put("latitude", Double.toString(moved)); // text: float() reads it
            else p.put("latitude", moved);
            p.put("longitude", lon.asDouble());
        }
        p.put("geo_precision", g.path("geo_precision").asInt(1));
    }

    private ObjectNode atNegative(JsonNode negative, JsonNode anyEvent) {
        ObjectNode p = perturbed(anyEvent);
        p.put("doc_id", negative.get("doc").asText());
        p.put("location", negative.get("location").asText());
        p.put("location_mention", negative.get("location").asText());
        p.putNull("latitude");
        p.putNull("longitude");
        return p;
    }

    private static String first(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isArray()) return v.isEmpty() ? null : v.get(0).asText();
        return v.asText();
    }
}
