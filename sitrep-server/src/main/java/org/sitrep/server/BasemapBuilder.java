package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step: the offline base map. Neighbouring countries (Natural Earth), Syria's governorates and districts
 * (OCHA COD-AB) from the shared data folder, simplified and rounded into one small GeoJSON that the map draws
 * instead of tiles. Each feature keeps a "layer" (country, governorate, district) and its names.
 *
 * <pre>java org.sitrep.server.BasemapBuilder ../shared/data target/classes/web/basemap.geojson</pre>
 */
public final class BasemapBuilder {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private BasemapBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BasemapBuilder SHARED_DATA_DIR OUT.geojson");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        ObjectNode fc = build(data);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, MAPPER.writeValueAsString(fc));
        System.out.println("basemap: " + fc.path("features").size() + " features, " + Files.size(out) / 1024 + " KiB -> " + out);
    }

    public static ObjectNode build(Path data) throws IOException {
        ObjectNode fc = MAPPER.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        add(features, data.resolve("naturalearth/levant_countries_10m.geojson"), "country", "name", null, 0.02);
        add(features, data.resolve("ocha-syria-admin/syr_admin1.geojson"), "governorate", "NAME_EN", "NAME_AR", 0.01);
        add(features, data.resolve("ocha-syria-admin/syr_admin2.geojson"), "district", "NAME_EN", "NAME_AR", 0.01);
        return fc;
    }

    private static void add(ArrayNode features, Path file, String layer, String nameField, String arField, double tolerance) throws IOException {
        JsonNode src = MAPPER.readTree(file.toFile());
        for (JsonNode f : src.path("features")) {
            Geometry g = geometry(f.path("geometry"));
            if (g == null) continue;
            Geometry simple = TopologyPreservingSimplifier.simplify(g, tolerance);
            if (simple.isEmpty()) continue;
            ObjectNode o = features.addObject();
            o.put("type", "Feature");
            ObjectNode p = o.putObject("properties");
            p.put("layer", layer);
            p.put("name", f.path("properties").path(nameField).asText(""));
            if (arField != null) p.put("name_ar", f.path("properties").path(arField).asText(""));
            o.set("geometry", json(simple));
        }
    }

    private static Geometry geometry(JsonNode g) {
        String type = g.path("type").asText();
        if (type.equals("Polygon")) return polygon(g.path("coordinates"));
        if (type.equals("MultiPolygon")) {
            List<Polygon> ps = new ArrayList<>();
            for (JsonNode p : g.path("coordinates")) ps.add(polygon(p));
            return GEOMETRY.createMultiPolygon(ps.toArray(Polygon[]::new));
        }
        return null;
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode pts) {
        Coordinate[] cs = new Coordinate[pts.size()];
        for (int i = 0; i < pts.size(); i++) cs[i] = new Coordinate(pts.get(i).get(0).asDouble(), pts.get(i).get(1).asDouble());
        return GEOMETRY.createLinearRing(cs);
    }

    private static ObjectNode json(Geometry g) {
        ObjectNode o = MAPPER.createObjectNode();
        if (g instanceof Polygon p) {
            o.put("type", "Polygon");
            rings(o.putArray("coordinates"), p);
        } else if (g instanceof MultiPolygon m) {
            o.put("type", "MultiPolygon");
            ArrayNode cs = o.putArray("coordinates");
            for (int i = 0; i < m.getNumGeometries(); i++) rings(cs.addArray(), (Polygon) m.getGeometryN(i));
        } else {
            throw new IllegalArgumentException("unexpected geometry " + g.getGeometryType());
        }
        return o;
    }

    private static void rings(ArrayNode out, Polygon p) {
        ring(out.addArray(), p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) ring(out.addArray(), p.getInteriorRingN(i).getCoordinates());
    }

    /** Three decimals (about 100 m): finer than the simplification, a third of the bytes. */
    private static void ring(ArrayNode out, Coordinate[] cs) {
        for (Coordinate c : cs) out.addArray().add(Math.round(c.x * 1000) / 1000.0).add(Math.round(c.y * 1000) / 1000.0);
    }
}
