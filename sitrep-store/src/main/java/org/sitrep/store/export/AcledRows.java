package org.sitrep.store.export;

import org.sitrep.fuse.Disagreement;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;

/**
 * An event as one row of ACLED's 31 columns in ACLED's order, then sitrep's own columns. ACLED's derived
 * fields come from data files: disorder_type and civilian targeting per sub-event type (acled-disorder.tsv),
 * the interaction's order of actor types (acled-inter.tsv), ISO code and region per country (countries.tsv).
 * Fatalities: ACLED writes 0 when no figure is known; "fatalities_known" keeps the difference.
 */
public final class AcledRows {
    /** A column's name and its type in typed outputs (Parquet). */
    public record Column(String name, String sqlType) {}

    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
            "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

    public static final List<Column> COLUMNS;

    static {
        Map<String, String> types = Map.of("event_date", "DATE", "year", "INTEGER", "time_precision", "INTEGER", "iso", "INTEGER",
                "latitude", "DOUBLE", "longitude", "DOUBLE", "geo_precision", "INTEGER", "fatalities", "INTEGER", "timestamp", "BIGINT");
        List<Column> cs = new ArrayList<>();
        for (String c : ACLED_COLUMNS) cs.add(new Column(c, types.getOrDefault(c, "VARCHAR")));
        cs.addAll(List.of(new Column("fatalities_known", "BOOLEAN"), new Column("doc_id", "VARCHAR"),
                new Column("date_from", "DATE"), new Column("date_to", "DATE"), new Column("location_mention", "VARCHAR"),
                new Column("gazetteer_id", "VARCHAR"), new Column("certainty", "VARCHAR"), new Column("claim_source", "VARCHAR"),
                new Column("source_url", "VARCHAR"), new Column("evidence_text", "VARCHAR"), new Column("evidence_start", "INTEGER"),
                new Column("evidence_end", "INTEGER"), new Column("report_ids", "VARCHAR"), new Column("report_count", "INTEGER"),
                new Column("outlet_count", "INTEGER"), new Column("across_camps", "BOOLEAN"),
                new Column("independently_confirmed", "BOOLEAN"), new Column("disagreements", "VARCHAR")));
        COLUMNS = List.copyOf(cs);
    }

    private final Map<String, String> disorder = new HashMap<>();
    private final Set<String> alwaysCivilian = new HashSet<>();
    private final Map<String, Integer> interCode = new HashMap<>();
    private final Map<String, String[]> countries = new HashMap<>();

    public AcledRows() {
        for (String[] r : org.sitrep.data.TabularData.rows(AcledRows.class, "/org/sitrep/store/export/acled-disorder.tsv", 4)) {
            disorder.put(r[0], r[1]);
            if ("yes".equals(r[2])) alwaysCivilian.add(r[0]);
        }
        for (String[] r : org.sitrep.data.TabularData.rows(AcledRows.class, "/org/sitrep/store/export/acled-inter.tsv", 3)) interCode.put(r[0], Integer.parseInt(r[1]));
        for (String[] r : org.sitrep.data.TabularData.rows(AcledRows.class, "/org/sitrep/store/export/countries.tsv", 4))
            countries.put(r[0].toLowerCase(Locale.ROOT), new String[]{r[1], r[2]});
    }

    public static List<String> header() { return COLUMNS.stream().map(Column::name).toList(); }

    /** One report's row; the fused-event columns stay empty. */
    public List<Object> row(Event e) { return row(e, null); }

    /** A fused event's row: its chosen fields, every outlet in "source", and the fused-event columns filled. */
    public List<Object> row(FusedEvent f) { return row(f.asEvent(), f); }

    private List<Object> row(Event e, FusedEvent f) {
        String sub = e.subEventType().label();
        String disorderType = disorder.getOrDefault(sub, "");
        String inter1 = inter(e.actor1()), inter2 = inter(e.actor2());
        boolean civilians = alwaysCivilian.contains(sub) || (disorderType.contains("Political violence")
                && ("Civilians".equals(inter1) || "Civilians".equals(inter2)));
        String[] country = e.place().country() == null ? null : countries.get(e.place().country().toLowerCase(Locale.ROOT));
        LocalDate day = e.date().eventDate();
        List<Object> v = new ArrayList<>();
        v.add(e.eventId());
        v.add(day);
        v.add(day.getYear());
        v.add(e.date().precision());
        v.add(disorderType);
        v.add(e.eventType().label());
        v.add(sub);
        v.add(name(e.actor1()));
        v.add(String.join("; ", e.assocActor1()));
        v.add(inter1);
        v.add(name(e.actor2()));
        v.add(String.join("; ", e.assocActor2()));
        v.add(inter2);
        v.add(interaction(inter1, inter2));
        v.add(civilians ? "Civilian targeting" : "");
        v.add(country == null ? null : Integer.parseInt(country[0]));
        v.add(country == null ? "" : country[1]);
        v.add(nz(e.place().country()));
        v.add(nz(e.place().admin1()));
        v.add(nz(e.place().admin2()));
        v.add("");
        v.add(nz(e.place().name()));
        v.add(e.place().latitude());
        v.add(e.place().longitude());
        v.add(e.place().geoPrecision());
        v.add(nz(e.source()));
        v.add("");
        v.add(nz(e.notes()));
        v.add(e.fatalities() == null ? 0 : e.fatalities());
        v.add("");
        v.add(null);
        v.add(e.fatalities() != null);
        v.add(f == null ? e.docId() : f.reports().stream().map(Event::docId).distinct().sorted().collect(Collectors.joining("; ")));
        v.add(e.date().from());
        v.add(e.date().to());
        v.add(nz(e.place().mention()));
        v.add(e.place().gazetteerId());
        v.add(e.certainty().label());
        v.add(e.claimSource());
        v.add(e.sourceUrl());
        v.add(e.evidence().text());
        v.add(e.evidence().start());
        v.add(e.evidence().end());
        v.add(f == null ? null : String.join("; ", f.reportIds()));
        v.add(f == null ? null : f.reports().size());
        v.add(f == null ? null : f.corroboration().outlets());
        v.add(f == null ? null : f.corroboration().acrossCamps());
        v.add(f == null ? null : f.corroboration().independentlyConfirmed());
        v.add(f == null ? null : f.disagreements().stream().map(Disagreement::describe).collect(Collectors.joining(" | ")));
        return v;
    }

    /** ACLED's text interaction: the lower actor-type code first, "X only" for a lone actor. */
    String interaction(String inter1, String inter2) {
        if (inter1 == null || inter1.isEmpty()) return inter2 == null || inter2.isEmpty() ? "" : inter2 + " only";
        if (inter2 == null || inter2.isEmpty()) return inter1 + " only";
        int c1 = interCode.getOrDefault(inter1, 99), c2 = interCode.getOrDefault(inter2, 99);
        boolean swap = c2 < c1 || (c1 == c2 && inter2.compareTo(inter1) < 0);
        return swap ? inter2 + "-" + inter1 : inter1 + "-" + inter2;
    }

    private static String inter(Actor a) { return a == null ? "" : a.inter(); }

    private static String name(Actor a) { return a == null ? "" : a.name(); }

    private static String nz(String s) { return s == null ? "" : s; }
}
