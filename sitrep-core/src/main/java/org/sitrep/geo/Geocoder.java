package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sitrep.geo.PlaceQuery.Relation;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;

/**
 * Turns a place name into coordinates, choosing between same-name places by the document's context: the theatre's
 * country (a foreign candidate never wins over a theatre one unless the text is about that country), governorates
 * the text names, distance to the document's other places, the kind of place the words say (airbase, hill, dam,
 * village) and population. Relative places ("12 km east of al-Bab") become estimated points with geo_precision 2
 * (3 for a province or region) that keep the anchor's gazetteer id. Thread-safe.
 */
public final class Geocoder {
    /** A bare direction ("north of X") puts the place this far from the anchor. */
    static final double DEFAULT_DIRECTION_KM = 10;
    /** "The western countryside of X": this far from X. */
    static final double COUNTRYSIDE_KM = 20;
    /** "Northern X province": this far from the governorate's centre. */
    static final double PROVINCE_PART_KM = 30;
    /** A named place further than this from the anchor the text gives is another place of the same name. */
    static final double ANCHOR_MAX_KM = 60;
    /** Below this a candidate is not taken as the place unless the context supports it. */
    static final double ACCEPT = 0.6;

    private static final Pattern ROUTE = Pattern.compile("(?i)([^-]+)-([^-]+)\\s+(?:road|highway|motorway|route)");
    private static final double ROUTE_KM = 60;

    private final Gazetteer gazetteer;
    private final AdminAreas admin;
    private final String theatre;
    private final PlaceRecognizer recognizer;
    private final RelativePlaceParser relativeParser = new RelativePlaceParser();
    private final NameKey keys = NameKey.standard();
    private final Map<String, String> countryNames;
    private final Map<String, Pattern> countryPatterns;

    public Geocoder(Gazetteer gazetteer, AdminAreas admin, String theatreCountryCode) {
        this.gazetteer = gazetteer;
        this.admin = admin;
        this.theatre = theatreCountryCode == null ? "" : theatreCountryCode.toUpperCase(Locale.ROOT);
        this.recognizer = new PlaceRecognizer(gazetteer);
        this.countryNames = loadCountryNames();
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (String name : countryNames.keySet())
            patterns.put(name, Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])"));
        this.countryPatterns = patterns;
    }

    public PlaceRecognizer recognizer() { return recognizer; }

    /** Candidates for a name (it may carry a kind word: "Kuweires airbase"), best first. */
    public List<GeoCandidate> geocode(String query, GeoContext context, int max) {
        return ranked(query, context == null ? GeoContext.empty() : context).stream().limit(max).map(this::candidate).toList();
    }

    /** The place a mention means, never null: a gazetteer place, a relative estimate, a governorate, or unknown. */
    public Place resolve(String mention, Optional<PlaceQuery> relative, GeoContext context) {
        GeoContext ctx = context == null ? GeoContext.empty() : context;
        if (relative != null && relative.isPresent()) {
            Place p = resolveRelative(mention, relative.get(), ctx);
            if (p != null) return p;
        }
        Optional<Ranked> best = best(mention, ctx);
        if (best.isPresent()) {
            GazetteerEntry e = best.get().entry();
            List<String> wanted = new ArrayList<>();
            FeatureWords.standard().strip(NameKey.clean(mention), wanted);
            // "Manbij bridge" found only as Manbij: a feature the gazetteer lacks, near the place it is named after
            if (!wanted.isEmpty() && wanted.stream().noneMatch(f -> e.featureCode().startsWith(f)))
                return located(mention, mention, e.latitude(), e.longitude(), e.countryCode(), Math.max(2, precision(e)), e.id(),
                        null, null, ctx);
            return place(e, mention, precision(e));
        }
        Optional<Route> route = route(mention, ctx);
        if (route.isPresent()) {
            Route r = route.get();
            return located(mention, mention, r.latitude(), r.longitude(), r.countryCode(), r.precision(), r.anchorId(), null, null, ctx);
        }
        // "Mosul Dam", "Tishrin bridge": a feature the gazetteer lacks, named after a place it knows
        String bare = FeatureWords.standard().withoutTrailing(NameKey.clean(mention));
        Optional<Ranked> named = bare == null ? Optional.empty() : best(bare, ctx);
        if (named.isPresent()) {
            GazetteerEntry a = named.get().entry();
            return located(mention, mention, a.latitude(), a.longitude(), a.countryCode(), Math.max(2, precision(a)), a.id(),
                    null, null, ctx);
        }
        if (admin != null) {
            Optional<AdminArea> g = admin.governorate(mention);
            if (g.isPresent()) return governoratePlace(g.get(), mention, null);
        }
        return fallback(mention, ctx);
    }

    /**
     * A mention found in a text, with the relation the words around it give ("12 km east of al-Bab"), resolved
     * in the document's context: the one call an event coder needs per place.
     */
    public Place resolve(String text, PlaceMention mention, GeoContext context) {
        Optional<PlaceQuery> relative = relativeParser.parse(text, mention.span());
        Place p = resolve(mention.text(), relative, context);
        if (p.hasCoordinates() || admin == null) return p;
        // unknown and unanchored, and the text names several governorates: the one named nearest in its sentence
        return sentenceGovernorate(text, mention).map(g -> governoratePlace(g, mention.text(), null)).orElse(p);
    }

    private Optional<AdminArea> sentenceGovernorate(String text, PlaceMention mention) {
        int from = mention.span().start(), to = mention.span().end();
        int start = Math.max(Math.max(text.lastIndexOf(". ", from), text.lastIndexOf('\n', from)) + 1, from - 300);
        int endDot = text.indexOf(". ", to), endLine = text.indexOf('\n', to);
        int end = Math.min(text.length(), Math.min(to + 300, Math.min(endDot < 0 ? text.length() : endDot, endLine < 0 ? text.length() : endLine)));
        String sentence = text.substring(Math.max(0, start), end);
        AdminArea best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention m : recognizer.find(sentence)) {
            Optional<AdminArea> g = admin.governorate(m.text());
            int d = Math.abs(m.span().start() + Math.max(0, start) - from);
            if (g.isPresent() && d < bestDistance && !m.text().equals(mention.text())) { best = g.get(); bestDistance = d; }
        }
        return Optional.ofNullable(best);
    }

    /** The context of a document: governorates and countries it names, and its places that have one reading. */
    public GeoContext contextOf(String text) {
        Set<String> admin1 = new LinkedHashSet<>();
        List<GazetteerEntry> places = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> counts = countryCounts(text);
        String hint = countryHint(counts);
        for (PlaceMention m : recognizer.find(text)) {
            if (admin != null) admin.governorate(m.text()).ifPresent(g -> admin1.add(g.admin1()));
            if (!seen.add(keys.key(m.text())) || places.size() >= 40) continue;
            List<GazetteerEntry> found = gazetteer.lookup(m.text()).stream()
                    .filter(e -> !e.isAdminArea())
                    // a small place in a country the text never names is noise, not context
                    .filter(e -> e.countryCode().equals(theatre) || counts.containsKey(e.countryCode()) || e.population() >= FOREIGN_POPULATION)
                    .toList();
            // one reading, or one in the country the text is about (the hinted one first, then the theatre)
            List<GazetteerEntry> hinted = found.stream().filter(e -> e.countryCode().equals(hint)).toList();
            List<GazetteerEntry> home = found.stream().filter(e -> e.countryCode().equals(theatre)).toList();
            if (found.size() == 1) places.add(found.get(0));
            else if (hint != null) { if (hinted.size() == 1) places.add(hinted.get(0)); }
            else if (home.size() == 1) places.add(home.get(0));
        }
        for (Matcher m = FOREIGN_PROVINCE.matcher(text); m.find(); ) {
            String name = m.group(1);
            if (admin == null || admin.governorate(name).isEmpty()) admin1.add(name);
        }
        return new GeoContext(admin1, hint, places, counts.keySet());
    }

    private static final Pattern FOREIGN_PROVINCE = Pattern.compile("\\b([\\p{Lu}][\\p{L}'’-]+(?:\\s[\\p{Lu}][\\p{L}'’-]+)?)\\s+(?:province|governorate)\\b");

    /** A foreign country the text names more often than the theatre's. */
    private String countryHint(Map<String, Integer> counts) {
        int home = counts.getOrDefault(theatre, 0);
        return counts.entrySet().stream()
                .filter(e -> !e.getKey().equals(theatre) && e.getValue() > home)
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** How often the text names each country, by ISO code. */
    private Map<String, Integer> countryCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, Pattern> e : countryPatterns.entrySet()) {
            // the patterns are the names as written: a text without the name cannot match, and indexOf is far
            // cheaper than a regex scan (hundreds of names, every document)
            if (!text.contains(e.getKey())) continue;
            Matcher m = e.getValue().matcher(text);
            int n = 0;
            while (m.find()) n++;
            if (n > 0) counts.merge(countryNames.get(e.getKey()), n, Integer::sum);
        }
        return counts;
    }

    // ---------------------------------------------------------------------------------------------- ranking

    private record Ranked(GazetteerEntry entry, double score, String why, boolean supported, double match) {}

    private Optional<Ranked> best(String mention, GeoContext ctx) {
        List<Ranked> r = ranked(mention, ctx);
        if (r.isEmpty()) return Optional.empty();
        Ranked top = r.get(0);
        if (!(top.match() >= ACCEPT || top.supported() && top.match() >= 0.45)) return Optional.empty();
        Set<String> readings = new java.util.HashSet<>();
        for (Ranked x : r) readings.add(x.entry().id());
        return foreignWithoutReason(top.entry(), ctx, readings) ? Optional.empty() : Optional.of(top);
    }

    /** Big foreign places (Mosul, Gaziantep) are taken; a small one only when the text names its country near the document's places. */
    static final long FOREIGN_POPULATION = 100_000;

    /**
     * A small place abroad that the text gives no reason for: in a Syrian report "al-Sur" is a Deir ez-Zor
     * district, not the Turkish town of Sur.
     */
    private boolean foreignWithoutReason(GazetteerEntry e, GeoContext ctx, Set<String> readings) {
        String cc = e.countryCode();
        if (theatre.isEmpty() || cc.equals(theatre) || cc.isEmpty()) return false;
        boolean named = ctx.namedCountries().contains(cc) || cc.equals(ctx.countryHint());
        boolean huge = e.population() >= 500_000 || e.featureCode().equals("PPLC");
        boolean big = e.population() >= FOREIGN_POPULATION || e.featureCode().equals("PPLA");
        double nearest = Double.MAX_VALUE;
        for (GazetteerEntry p : ctx.documentPlaces())
            if (!readings.contains(p.id())) nearest = Math.min(nearest, Coordinates.distanceKm(e.latitude(), e.longitude(), p.latitude(), p.longitude()));
        boolean alone = nearest == Double.MAX_VALUE;
        boolean reason = huge || nearest < 30 || named && (alone || nearest < 250) || big && (alone || nearest < 300);
        return !reason;
    }

    private List<Ranked> ranked(String query, GeoContext ctx) {
        String q = NameKey.clean(query).trim();
        List<String> wantedFeatures = new ArrayList<>();
        String bare = FeatureWords.standard().strip(q, wantedFeatures);
        Map<String, ScoredEntry> found = new LinkedHashMap<>();
        for (String name : new LinkedHashSet<>(List.of(q, bare))) {
            if (name.isBlank()) continue;
            for (ScoredEntry s : gazetteer.candidates(name, 40)) found.merge(s.entry().id(), s, (a, b) -> a.score() >= b.score() ? a : b);
        }
        Set<String> foreignOk = new LinkedHashSet<>();
        if (ctx.countryHint() != null) foreignOk.add(ctx.countryHint());
        boolean exactExists = found.values().stream().anyMatch(s -> s.score() >= 1.0);
        List<Ranked> out = new ArrayList<>();
        for (ScoredEntry s : found.values()) out.add(rank(s, ctx, wantedFeatures, found.keySet(), exactExists));
        boolean theatreHasOne = out.stream().anyMatch(r -> r.entry().countryCode().equals(theatre) && r.match() >= ACCEPT);
        out.sort(Comparator.comparing((Ranked r) -> theatreHasOne && !r.entry().countryCode().equals(theatre)
                        && !foreignOk.contains(r.entry().countryCode()))
                .thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
                .thenComparing(r -> r.entry().id()));
        return out;
    }

    private Ranked rank(ScoredEntry s, GeoContext ctx, List<String> wantedFeatures, Set<String> readings, boolean exactExists) {
        GazetteerEntry e = s.entry();
        double score = s.score();
        // a name spelled exactly as some place is most likely that place, not a misspelling of another
        if (exactExists && s.score() < 1.0) score -= 0.15;
        StringBuilder why = new StringBuilder(s.reason());
        boolean supported = false;
        String cc = e.countryCode();
        if (!theatre.isEmpty() || ctx.countryHint() != null) {
            if (cc.equals(ctx.countryHint())) { score += 0.25; why.append("; in ").append(countryName(cc)).append(" the text is about"); }
            else if (cc.equals(theatre)) { score += 0.2; why.append("; in the theatre (").append(countryName(cc)).append(")"); }
            else score -= 0.15;
        }
        if (e.admin1() != null && containsIgnoreCase(ctx.admin1Hints(), e.admin1())) {
            score += 0.25;
            supported = true;
            why.append("; in ").append(e.admin1()).append(" named in the text");
        }
        double nearest = Double.MAX_VALUE;
        String nearestName = null;
        for (GazetteerEntry p : ctx.documentPlaces()) {
            if (readings.contains(p.id())) continue; // another reading of the same name supports nothing
            double d = Coordinates.distanceKm(e.latitude(), e.longitude(), p.latitude(), p.longitude());
            if (d < nearest) { nearest = d; nearestName = p.name(); }
        }
        if (nearest < 30) { score += 0.25; supported = true; why.append(String.format(Locale.ROOT, "; %.0f km from %s", nearest, nearestName)); }
        else if (nearest < 80) { score += 0.12; supported = true; why.append(String.format(Locale.ROOT, "; %.0f km from %s", nearest, nearestName)); }
        else if (nearest < 400 && !ctx.documentPlaces().isEmpty()) score += 0.03;
        if (!wantedFeatures.isEmpty()) {
            if (wantedFeatures.stream().anyMatch(f -> e.featureCode().startsWith(f))) { score += 0.3; why.append("; a ").append(e.featureCode()); }
            else score -= 0.1;
        }
        if (e.population() > 0) score += Math.min(0.12, Math.log10(e.population() + 1) / 60);
        if (e.isPopulatedPlace()) score += 0.03;
        if (e.isAdminArea()) score -= 0.02 * (4 - Math.min(3, adminLevel(e)));
        return new Ranked(e, Math.round(score * 1000) / 1000.0, why.toString(), supported, s.score());
    }

    private static int adminLevel(GazetteerEntry e) {
        String fc = e.featureCode();
        return fc.length() > 3 && Character.isDigit(fc.charAt(3)) ? fc.charAt(3) - '0' : 3;
    }

    // ---------------------------------------------------------------------------------------------- relative places

    private Place resolveRelative(String mention, PlaceQuery q, GeoContext ctx) {
        Relation r = q.relation();
        if (r == Relation.PROVINCE && admin != null) {
            Optional<AdminArea> g = admin.governorate(q.anchor());
            if (g.isPresent()) {
                if (!q.placeIsAnchor()) {
                    Optional<Ranked> own = best(mention, ctx.withAdmin1(g.get().admin1()));
                    if (own.isPresent() && g.get().admin1().equalsIgnoreCase(own.get().entry().admin1()))
                        return place(own.get().entry(), mention, precision(own.get().entry()));
                }
                return governoratePlace(g.get(), mention, q.heading());
            }
        }
        if (r == Relation.COUNTRYSIDE && q.heading() == null && admin != null) {
            // "the Damascus countryside" is its own governorate (Rif Dimashq)
            Optional<AdminArea> own = admin.governorate(q.anchor() + " countryside");
            Optional<AdminArea> city = admin.governorate(q.anchor());
            if (own.isPresent() && city.isPresent() && !own.get().pcode().equals(city.get().pcode()))
                return governoratePlace(own.get(), mention, null);
        }
        Optional<Ranked> anchor = best(q.anchor(), ctx);
        Optional<Route> line = anchor.isEmpty() && (r == Relation.NEAR || r == Relation.AT) ? route(q.anchor(), ctx) : Optional.empty();
        if (line.isPresent()) {
            // "secured the Homs-Hama highway and captured X": near the road, no finer than the road's own point
            Route l = line.get();
            return located(mention, mention, l.latitude(), l.longitude(), l.countryCode(), Math.max(2, l.precision()), l.anchorId(),
                    null, null, ctx);
        }
        if (anchor.isEmpty()) {
            if (admin != null && (r == Relation.COUNTRYSIDE || r == Relation.REGION || r == Relation.PROVINCE)) {
                Optional<AdminArea> g = admin.governorate(q.anchor());
                if (g.isPresent()) return governoratePlace(g.get(), mention, q.heading());
            }
            return null;
        }
        GazetteerEntry a = anchor.get().entry();
        if (!q.placeIsAnchor()) {
            Optional<Ranked> own = best(mention, ctx.withPlace(a));
            if (own.isPresent() && Coordinates.distanceKm(own.get().entry().latitude(), own.get().entry().longitude(),
                    a.latitude(), a.longitude()) <= ANCHOR_MAX_KM)
                return place(own.get().entry(), mention, precision(own.get().entry()));
        }
        double lat = a.latitude(), lon = a.longitude();
        int precision = 2;
        if (r.isDirection()) {
            double km = q.distanceKm() != null ? q.distanceKm() : DEFAULT_DIRECTION_KM;
            double[] p = Coordinates.offset(lat, lon, r.bearing().getAsDouble(), km);
            lat = p[0];
            lon = p[1];
        } else if (r == Relation.COUNTRYSIDE || r == Relation.OUTSKIRTS || r == Relation.REGION || r == Relation.PROVINCE) {
            if (q.heading() != null && q.heading().isDirection()) {
                double km = r == Relation.OUTSKIRTS ? 3 : COUNTRYSIDE_KM;
                double[] p = Coordinates.offset(lat, lon, q.heading().bearing().getAsDouble(), km);
                lat = p[0];
                lon = p[1];
            }
            if (r == Relation.OUTSKIRTS) precision = q.heading() == null ? 1 : 2;
            if (r == Relation.REGION || r == Relation.PROVINCE) precision = 3;
            // "the Sheikh Miskeen countryside" is around a town; "the Aleppo countryside" may be a whole province
            if (r == Relation.COUNTRYSIDE && q.heading() == null && (a.isAdminArea() || admin != null && admin.isGovernorateName(a.name())))
                precision = 3;
        }
        String name = q.placeIsAnchor() ? describe(q, a.name()) : mention;
        return located(name, mention, lat, lon, a.countryCode(), precision, a.id(), null, null, ctx);
    }

    private static String describe(PlaceQuery q, String anchorName) {
        String rel = q.relation().name().toLowerCase(Locale.ROOT);
        if (q.relation().isDirection())
            return (q.distanceKm() != null ? String.format(Locale.ROOT, "%.0f km ", q.distanceKm()) : "") + rel + " of " + anchorName;
        String h = q.heading() == null ? "" : q.heading().name().toLowerCase(Locale.ROOT) + " ";
        return switch (q.relation()) {
            case NEAR -> "near " + anchorName;
            case OUTSKIRTS -> h + "outskirts of " + anchorName;
            case COUNTRYSIDE -> h + "countryside of " + anchorName;
            default -> anchorName;
        };
    }

    // ---------------------------------------------------------------------------------------------- places

    private Place place(GazetteerEntry e, String mention, int precision) {
        return located(e.name(), mention, e.latitude(), e.longitude(), e.countryCode(), precision, e.id(), e.admin1(), e.admin2(), null);
    }

    /** A point with its admin areas by point-in-polygon; outside Syria the entry's or the text's province. */
    private Place located(String name, String mention, double lat, double lon, String cc, int precision, String id,
                          String admin1Fallback, String admin2Fallback, GeoContext ctx) {
        String a1, a2;
        Optional<AdminArea> area = admin == null ? Optional.empty() : abroad(cc) ? admin.locateWithin(lat, lon) : admin.locate(lat, lon);
        if (area.isPresent()) {
            a1 = area.get().admin1();
            a2 = area.get().admin2();
            cc = "SY";
        } else {
            a1 = admin1Fallback;
            a2 = admin2Fallback;
            if (a1 == null && ctx != null && !"SY".equals(cc)) a1 = foreignProvince(ctx);
        }
        return new Place(name, mention, lat, lon, a1, a2, countryName(cc), precision, id);
    }

    /** A stretch of ground between two known towns: its representative point. */
    private record Route(double latitude, double longitude, String countryCode, int precision, String anchorId) {}

    /** "the Homs-Hama road" the gazetteer lacks: the stretch between the two towns it joins. */
    private Optional<Route> route(String name, GeoContext ctx) {
        Matcher m = ROUTE.matcher(NameKey.clean(name).trim());
        return m.matches() ? midway(m.group(1), m.group(2), ctx) : Optional.empty();
    }

    /**
     * Midway between two towns, the way a line gets one representative point; a stretch longer than a district (over
     * {@value #ROUTE_KM} km) is only region-precise, and one across the country is no place at all.
     */
    private Optional<Route> midway(String from, String to, GeoContext ctx) {
        Optional<Ranked> a = best(from, ctx), b = best(to, ctx);
        if (a.isEmpty() || b.isEmpty()) return Optional.empty();
        GazetteerEntry x = a.get().entry(), y = b.get().entry();
        double km = Coordinates.distanceKm(x.latitude(), x.longitude(), y.latitude(), y.longitude());
        if (km > 3 * ROUTE_KM) return Optional.empty();
        return Optional.of(new Route(round((x.latitude() + y.latitude()) / 2), round((x.longitude() + y.longitude()) / 2), x.countryCode(),
                km > ROUTE_KM ? 3 : 2, x.id()));
    }

    /**
     * "between Raqqa and Tabqa": the ground between two places, named "Raqqa-Tabqa" as reports
     * write it; empty when either is unknown or they lie too far apart for a midpoint to mean anything.
     */
    public Optional<Place> between(String from, String to, GeoContext context) {
        GeoContext ctx = context == null ? GeoContext.empty() : context;
        String name = from + "-" + to;
        return midway(from, to, ctx).map(r -> located(name, from + " and " + to, r.latitude(), r.longitude(), r.countryCode(),
                r.precision(), r.anchorId(), null, null, ctx));
    }

    private static double round(double degrees) { return Math.round(degrees * 1e5) / 1e5; }

    private Place governoratePlace(AdminArea g, String mention, Relation heading) {
        double lat = g.latitude(), lon = g.longitude();
        // ACLED puts an event known only by its province at the provincial capital: the town of the governorate's name
        if (heading == null) {
            for (GazetteerEntry e : gazetteer.lookup(g.name())) {
                if (e.isPopulatedPlace() && g.admin1().equals(e.admin1())) { lat = e.latitude(); lon = e.longitude(); break; }
            }
        }
        if (heading != null && heading.isDirection()) {
            double[] p = Coordinates.offset(lat, lon, heading.bearing().getAsDouble(), PROVINCE_PART_KM);
            if (admin.locate(p[0], p[1]).map(a -> a.admin1().equals(g.admin1())).orElse(false)) { lat = p[0]; lon = p[1]; }
        }
        return new Place(g.name(), mention, lat, lon, g.admin1(), null, countryName("SY"), 3, "ocha:" + g.pcode());
    }

    /** Unknown and unanchored: the governorate the text names (precision 3), else no coordinates. */
    private Place fallback(String mention, GeoContext ctx) {
        if (admin != null && ctx.admin1Hints().size() >= 1) {
            List<AdminArea> named = ctx.admin1Hints().stream().map(admin::governorate).flatMap(Optional::stream).distinct().toList();
            if (named.size() == 1) return governoratePlace(named.get(0), mention, null);
            String foreign = foreignProvince(ctx);
            if (named.isEmpty() && foreign != null) return Place.unknown(mention, foreign, countryName(ctx.countryHint()));
        }
        // an unknown place is taken to be where the document's places are: the theatre unless they all lie abroad
        String cc = theatre;
        if (ctx.countryHint() != null && !ctx.documentPlaces().isEmpty()
                && ctx.documentPlaces().stream().noneMatch(p -> p.countryCode().equals(theatre))) cc = ctx.countryHint();
        return Place.unknown(mention, null, cc.isEmpty() ? null : countryName(cc));
    }

    private String foreignProvince(GeoContext ctx) {
        List<String> foreign = ctx.admin1Hints().stream().filter(h -> admin == null || admin.governorate(h).isEmpty()).toList();
        return foreign.size() == 1 ? foreign.get(0) : null;
    }

    /** A place the gazetteer puts in another country than the one the boundaries cover. */
    private static boolean abroad(String cc) { return cc != null && !cc.isEmpty() && !cc.equals("SY"); }

    static int precision(GazetteerEntry e) {
        String fc = e.featureCode();
        if (fc.equals("ADM1") || fc.equals("ADM2") || fc.equals("PCLI")) return 3;
        if (fc.equals("ADM3") || fc.startsWith("RGN") || fc.equals("AREA") || fc.equals("MTS") || fc.equals("VAL")
                || fc.equals("PLN") || fc.equals("DSRT") || fc.equals("RD") || fc.equals("STM")) return 2;
        return 1;
    }

    private GeoCandidate candidate(Ranked r) {
        GazetteerEntry e = r.entry();
        String a1 = e.admin1(), a2 = e.admin2();
        if (admin != null && (a1 == null || e.countryCode().equals("SY"))) {
            Optional<AdminArea> area = abroad(e.countryCode()) ? admin.locateWithin(e.latitude(), e.longitude())
                    : admin.locate(e.latitude(), e.longitude());
            if (area.isPresent()) { a1 = area.get().admin1(); a2 = area.get().admin2(); }
        }
        return new GeoCandidate(e.name(), e.latitude(), e.longitude(), a1, a2, countryName(e.countryCode()), e.featureCode(),
                precision(e), e.id(), r.score(), r.why());
    }

    static String countryName(String cc) {
        if (cc == null || cc.isBlank()) return null;
        String n = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
        return n == null || n.isBlank() ? cc : n;
    }

    private static boolean containsIgnoreCase(Set<String> set, String v) {
        for (String s : set) if (s.equalsIgnoreCase(v)) return true;
        return false;
    }

    private static Map<String, String> loadCountryNames() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] f : rows("countries.tsv", 3)) for (String n : f[1].split("\\|")) out.put(n.trim(), f[0].trim());
        return out;
    }

    /** A data file beside this package whose last required column (its source or reason) must be filled. */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> out = org.sitrep.data.TabularData.rows(Geocoder.class, resource, columns);
        for (String[] f : out)
            if (f[columns - 1].isBlank()) throw new IllegalStateException(resource + ": a row without its " + columns + "th column: " + f[0]);
        return out;
    }
}
