package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Syria's OCHA administrative areas (governorates, districts, sub-districts) with their polygons: which areas a
 * point lies in (point-in-polygon over an STR-tree of the sub-districts) and a governorate by any spelling.
 * Immutable after {@link #load}; safe for concurrent reads.
 */
public final class AdminAreas {
    /** Points this close (degrees, ~2 km) outside every polygon still get the nearest area: coastal and border rounding. */
    private static final double SNAP_DEGREES = 0.02;
    private static final Pattern ADMIN_WORDS = Pattern.compile(
            "(?i)\\b(the|province|governorate|governate|muhafazat|muhafazah|mohafaza|countryside|region|city|of|'s)\\b");

    private final GeometryFactory geometries = new GeometryFactory();
    private final List<AdminArea> areas = new ArrayList<>();
    private final STRtree subDistricts = new STRtree();
    private final Map<String, AdminArea> governoratesByKey = new HashMap<>();
    private final List<AdminArea> governorates = new ArrayList<>();
    private final NameKey keys = NameKey.standard();

    private record Shape(AdminArea area, PreparedGeometry geometry, Geometry raw) {}

    private AdminAreas() {}

    /** Loads {@code syr_admin1..3.geojson} from an OCHA COD-AB directory. */
    public static AdminAreas load(Path ochaDir) {
        AdminAreas a = new AdminAreas();
        JsonFactory json = new JsonFactory();
        for (int level = 1; level <= 3; level++) {
            Path file = ochaDir.resolve("syr_admin" + level + ".geojson");
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": missing OCHA boundary file");
            // streamed: a tree of half a million coordinate nodes costs more than a second at start-up
            try (JsonParser p = json.createParser(file.toFile())) {
                int n = 0;
                while (p.nextToken() != null) {
                    if (p.currentToken() != JsonToken.FIELD_NAME || !"features".equals(p.currentName())) continue;
                    if (p.nextToken() != JsonToken.START_ARRAY) throw new IllegalArgumentException(file + ": features is not an array");
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        n++;
                        Map<String, String> props = new HashMap<>();
                        String type = null;
                        Object coords = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String field = p.currentName();
                            p.nextToken();
                            if (field.equals("properties")) {
                                while (p.nextToken() == JsonToken.FIELD_NAME) {
                                    String k = p.currentName();
                                    p.nextToken();
                                    if (p.currentToken().isScalarValue()) props.put(k, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
                                    else p.skipChildren();
                                }
                            } else if (field.equals("geometry") && p.currentToken() == JsonToken.START_OBJECT) {
                                while (p.nextToken() == JsonToken.FIELD_NAME) {
                                    String k = p.currentName();
                                    p.nextToken();
                                    if (k.equals("type")) type = p.getText();
                                    else if (k.equals("coordinates")) coords = nested(p);
                                    else p.skipChildren();
                                }
                            } else {
                                p.skipChildren();
                            }
                        }
                        Geometry g;
                        try {
                            g = a.geometry(type, coords);
                        } catch (RuntimeException e) {
                            throw new IllegalArgumentException(file + ": feature " + n + ": bad geometry: " + e.getMessage(), e);
                        }
                        AdminArea area = a.area(level, props, g);
                        a.areas.add(area);
                        if (level == 3) a.subDistricts.insert(g.getEnvelopeInternal(), new Shape(area, PreparedGeometryFactory.prepare(g), g));
                        if (level == 1) a.governorates.add(area);
                    }
                    break;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        }
        a.subDistricts.build();
        a.indexGovernorateNames();
        return a;
    }

    /** A GeoJSON coordinates value: a position as double[], deeper levels as lists. */
    private static Object nested(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) throw new IOException("coordinates: expected an array");
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double x = p.getDoubleValue();
            p.nextToken();
            double y = p.getDoubleValue();
            while (p.nextToken() != JsonToken.END_ARRAY) { } // a third (height) value is ignored
            return new double[] {x, y};
        }
        List<Object> out = new ArrayList<>();
        while (t != JsonToken.END_ARRAY) {
            out.add(nested(p));
            t = p.nextToken();
        }
        return out;
    }

    /** Every governorate, district and sub-district, with its representative point. */
    public List<AdminArea> areas() { return List.copyOf(areas); }

    public List<AdminArea> governorates() { return List.copyOf(governorates); }

    /**
     * The governorate, district and sub-district containing a point (level-3 area), or empty outside Syria. A
     * point up to ~2 km outside the boundaries (coast, rounded border points) gets the nearest area: use
     * {@link #locateWithin} for places known to lie abroad.
     */
    public Optional<AdminArea> locate(double lat, double lon) {
        Optional<AdminArea> inside = locateWithin(lat, lon);
        if (inside.isPresent()) return inside;
        Point pt = geometries.createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<Shape> near = subDistricts.query(new Envelope(lon - SNAP_DEGREES, lon + SNAP_DEGREES, lat - SNAP_DEGREES, lat + SNAP_DEGREES));
        Shape best = null;
        double bestDistance = SNAP_DEGREES;
        for (Shape s : near) {
            double d = s.raw().distance(pt);
            if (d <= bestDistance) { bestDistance = d; best = s; }
        }
        return Optional.ofNullable(best).map(Shape::area);
    }

    /** The level-3 area strictly containing the point (its boundary included), without snapping. */
    public Optional<AdminArea> locateWithin(double lat, double lon) {
        Point pt = geometries.createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<Shape> hits = subDistricts.query(new Envelope(lon, lon, lat, lat));
        for (Shape s : hits) if (s.geometry().covers(pt)) return Optional.of(s.area());
        return Optional.empty();
    }

    /**
     * A governorate by any spelling: OCHA's English and Arabic names, the aliases in {@code admin1-aliases.tsv},
     * with words like "province", "governorate", "countryside" ignored ("Latakia province", "Deir Ezzor", "إدلب").
     */
    public Optional<AdminArea> governorate(String name) {
        if (name == null) return Optional.empty();
        AdminArea whole = governoratesByKey.get(keys.key(name));
        if (whole != null) return Optional.of(whole);
        String stripped = ADMIN_WORDS.matcher(NameKey.clean(name)).replaceAll(" ").trim();
        if (stripped.isEmpty()) return Optional.empty();
        String k = keys.key(stripped);
        if (k.isEmpty()) return Optional.empty();
        AdminArea exact = governoratesByKey.get(k);
        if (exact != null) return Optional.of(exact);
        if (k.length() < 5) return Optional.empty();
        // one edit apart, and unambiguous: Idleb/Idlib, Tartous/Tartus
        AdminArea found = null;
        for (Map.Entry<String, AdminArea> e : governoratesByKey.entrySet()) {
            if (e.getKey().length() >= 5 && EditDistance.atMost(k, e.getKey(), 1)) {
                if (found != null && !found.pcode().equals(e.getValue().pcode())) return Optional.empty();
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** True when the name is a governorate's, so "Aleppo" may mean the city or the province. */
    public boolean isGovernorateName(String name) { return governorate(name).isPresent(); }

    private void indexGovernorateNames() {
        Map<String, AdminArea> byPcode = new HashMap<>();
        for (AdminArea g : governorates) {
            byPcode.put(g.pcode(), g);
            governoratesByKey.put(keys.key(g.name()), g);
            governoratesByKey.put(keys.key(g.nameAr()), g);
            for (String alt : g.alternateNames()) governoratesByKey.putIfAbsent(keys.key(alt), g);
        }
        String resource = "admin1-aliases.tsv";
        try (InputStream in = AdminAreas.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource org/sitrep/geo/" + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                AdminArea g = f.length >= 3 ? byPcode.get(f[1].trim()) : null;
                if (g == null) throw new IllegalStateException(resource + ":" + n + ": expected alias<TAB>known pcode<TAB>source");
                governoratesByKey.putIfAbsent(keys.key(f[0]), g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AdminArea area(int level, Map<String, String> p, Geometry g) {
        String name = text(p, "NAME_EN");
        Set<String> alts = new LinkedHashSet<>();
        for (String f : new String[] {"NAM_EN_REF", "NAM_AR_REF"}) {
            String v = text(p, f);
            if (v != null && !v.equalsIgnoreCase(name) && !v.equals(text(p, "NAME_AR"))) alts.add(v);
        }
        Point c = g.getCentroid();
        // a plain point-in-polygon scan: Geometry.covers() would build a full intersection matrix per area
        if (!SimplePointInAreaLocator.isContained(c.getCoordinate(), g)) c = g.getInteriorPoint();
        String admin1 = level == 1 ? name : text(p, "ADM1_EN");
        String admin2 = level == 2 ? name : level == 3 ? text(p, "ADM2_EN") : null;
        String admin3 = level == 3 ? name : null;
        return new AdminArea(level, text(p, "PCODE"), name, text(p, "NAME_AR"), List.copyOf(alts), admin1, admin2, admin3,
                round(c.getY()), round(c.getX()));
    }

    private static double round(double v) { return Math.round(v * 1e5) / 1e5; }

    private static String text(Map<String, String> p, String field) {
        String v = p.get(field);
        if (v == null) return null;
        String s = v.trim();
        return s.isEmpty() || s.equalsIgnoreCase("<Null>") ? null : s;
    }

    @SuppressWarnings("unchecked")
    private Geometry geometry(String type, Object coords) {
        if (type == null || !(coords instanceof List)) throw new IllegalArgumentException("no type or coordinates");
        List<Object> c = (List<Object>) coords;
        return switch (type) {
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[c.size()];
                for (int i = 0; i < parts.length; i++) parts[i] = polygon((List<Object>) c.get(i));
                yield geometries.createMultiPolygon(parts);
            }
            default -> throw new IllegalArgumentException("unsupported geometry type " + type.toLowerCase(Locale.ROOT));
        };
    }

    @SuppressWarnings("unchecked")
    private Polygon polygon(List<Object> rings) {
        LinearRing shell = ring((List<Object>) rings.get(0));
        LinearRing[] holes = new LinearRing[Math.max(0, rings.size() - 1)];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring((List<Object>) rings.get(i));
        return geometries.createPolygon(shell, holes);
    }

    private LinearRing ring(List<Object> pts) {
        Coordinate[] cs = new Coordinate[pts.size()];
        for (int i = 0; i < cs.length; i++) {
            double[] xy = (double[]) pts.get(i);
            cs[i] = new Coordinate(xy[0], xy[1]);
        }
        return geometries.createLinearRing(cs);
    }
}
