/*
 * sitrep: war reporting to coded conflict events.
 * Copyright (C) 2026 the sitrep authors. Licensed under the GNU GPL v3.0 or later.
 */
package org.sitrep.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Validates the Syria pack's gazetteer additions (packs/syria/places.tsv) against the OCHA
 * governorate polygons and the GeoNames cities500 extract, so that a wrong point or a wrong
 * governorate is caught before it reaches the gazetteer. Every failure names the file line.
 */
class PlacesFileTest {

  static final String HEADER =
      "name\talternate_names\tfeature_code\tlatitude\tlongitude\tcountry_code\tadmin1\tsource\tnote";
  static final int COLUMNS = 9;

  /** Rough boxes (min lat, max lat, min lon, max lon): catch swapped or mistyped coordinates. */
  static final Map<String, double[]> COUNTRY_BOXES = Map.of(
      "SY", new double[] {32.30, 37.35, 35.60, 42.40},
      "IQ", new double[] {29.05, 37.40, 38.75, 48.65},
      "LB", new double[] {33.03, 34.70, 35.08, 36.65},
      "TR", new double[] {35.80, 42.15, 25.60, 44.85},
      "JO", new double[] {29.18, 33.38, 34.95, 39.31});

  static final Pattern FEATURE_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}");
  static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}\\.\\d{1,5}");
  static final Pattern CITIES500_SOURCE = Pattern.compile("GeoNames:(\\d+) from cities500");
  static final Pattern MIDPOINT_SOURCE = Pattern.compile("midpoint of (.+) and (.+)");
  static final Pattern CITIES500_END = Pattern.compile("GeoNames (\\d+) \\(.*\\)");

  /** Border anchors (crossings, dams on the line) may sit just outside OCHA's simplified edge. */
  static final double BORDER_TOLERANCE_DEG = 0.03;
  /** Same-name cities500 row nearer than this is the same place: the row must cite it. */
  static final double SAME_PLACE_KM = 3.0;

  static final GeometryFactory GEOMETRY = new GeometryFactory();

  static Path placesFile;
  static List<Row> rows;
  static Map<String, Geometry> governorates;
  static List<City> cities500;

  record Row(int line, String[] cols) {
    String name() { return cols[0]; }
    String alternates() { return cols[1]; }
    String featureCode() { return cols[2]; }
    String latitude() { return cols[3]; }
    String longitude() { return cols[4]; }
    String country() { return cols[5]; }
    String admin1() { return cols[6]; }
    String source() { return cols[7]; }
    String where() { return placesFile.getFileName() + ":" + line + " (" + name() + ")"; }
  }

  record City(String id, String name, Set<String> names, double lat, double lon) {}

  @BeforeAll
  static void load() throws IOException {
    placesFile = packsDir().resolve("syria").resolve("places.tsv");
    assertTrue(Files.isRegularFile(placesFile), "missing " + placesFile);
    rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(placesFile, StandardCharsets.UTF_8);
    assertEquals(HEADER, lines.get(0), placesFile + ":1 header");
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      rows.add(new Row(i + 1, line.split("\t", -1)));
    }
    governorates = readGovernorates(sharedDir().resolve("data/ocha-syria-admin/syr_admin1.geojson"));
    cities500 = readCities(sharedDir().resolve("data/geonames/cities500_SY_IQ_LB_JO_TR.txt"));
  }

  @Test
  void everyRowHasNineColumnsAndTheRequiredFields() {
    List<String> errors = new ArrayList<>();
    for (Row r : rows) {
      if (r.cols().length != COLUMNS) {
        errors.add(r.where() + ": " + r.cols().length + " columns, expected " + COLUMNS);
        continue;
      }
      for (int c : new int[] {0, 2, 3, 4, 5, 6, 7}) {
        if (r.cols()[c].isBlank()) {
          errors.add(r.where() + ": empty " + HEADER.split("\t")[c]);
        }
        if (!r.cols()[c].equals(r.cols()[c].strip())) {
          errors.add(r.where() + ": stray whitespace in " + HEADER.split("\t")[c]);
        }
      }
      if (!FEATURE_CODE.matcher(r.featureCode()).matches()) {
        errors.add(r.where() + ": feature code '" + r.featureCode() + "' is not a GeoNames code");
      }
      if (!COUNTRY_BOXES.containsKey(r.country())) {
        errors.add(r.where() + ": country '" + r.country() + "' not one of " + COUNTRY_BOXES.keySet());
      }
    }
    assertNoErrors(errors);
    assertTrue(rows.size() >= 300, "only " + rows.size() + " rows; the pack should hold several hundred");
  }

  @Test
  void alternateNamesAreCleanAndDistinct() {
    List<String> errors = new ArrayList<>();
    for (Row r : columnsOk()) {
      if (r.alternates().isEmpty()) {
        continue;
      }
      Set<String> seen = new java.util.HashSet<>();
      seen.add(r.name());
      for (String alt : r.alternates().split("\\|", -1)) {
        if (alt.isBlank() || !alt.equals(alt.strip())) {
          errors.add(r.where() + ": empty or padded alternate name in '" + r.alternates() + "'");
        } else if (!seen.add(alt)) {
          errors.add(r.where() + ": alternate name '" + alt + "' repeated");
        }
      }
    }
    assertNoErrors(errors);
  }

  @Test
  void coordinatesParseAndLieInsideTheCountry() {
    List<String> errors = new ArrayList<>();
    for (Row r : columnsOk()) {
      if (!DECIMAL.matcher(r.latitude()).matches() || !DECIMAL.matcher(r.longitude()).matches()) {
        errors.add(r.where() + ": latitude/longitude '" + r.latitude() + "," + r.longitude()
            + "' are not decimal degrees with at most 5 decimals");
        continue;
      }
      double[] box = COUNTRY_BOXES.get(r.country());
      double lat = Double.parseDouble(r.latitude());
      double lon = Double.parseDouble(r.longitude());
      if (box != null && (lat < box[0] || lat > box[1] || lon < box[2] || lon > box[3])) {
        errors.add(r.where() + ": " + lat + "," + lon + " outside the box of " + r.country());
      }
    }
    assertNoErrors(errors);
  }

  @Test
  void syrianPointsLieInTheGovernorateTheyClaim() {
    assertEquals(14, governorates.size(), "OCHA admin1 governorates");
    List<String> errors = new ArrayList<>();
    for (Row r : columnsOk()) {
      if (!r.country().equals("SY") || !parses(r)) {
        continue;
      }
      Geometry claimed = governorates.get(r.admin1());
      if (claimed == null) {
        errors.add(r.where() + ": admin1 '" + r.admin1() + "' is not an OCHA governorate "
            + governorates.keySet());
        continue;
      }
      Point p = point(r);
      if (claimed.covers(p)) {
        continue;
      }
      String actual = governorates.entrySet().stream()
          .filter(e -> e.getValue().covers(p)).map(Map.Entry::getKey).findFirst().orElse(null);
      if (actual != null) {
        errors.add(r.where() + ": claims " + r.admin1() + " but the point lies in " + actual);
      } else if (claimed.distance(p) > BORDER_TOLERANCE_DEG) {
        errors.add(r.where() + ": outside Syria, " + String.format(Locale.ROOT, "%.3f",
            claimed.distance(p)) + " degrees from " + r.admin1());
      }
    }
    assertNoErrors(errors);
  }

  @Test
  void everySyrianGovernorateIsCovered() {
    Map<String, Integer> perGovernorate = new TreeMap<>();
    governorates.keySet().forEach(g -> perGovernorate.put(g, 0));
    columnsOk().stream().filter(r -> r.country().equals("SY"))
        .forEach(r -> perGovernorate.computeIfPresent(r.admin1(), (k, v) -> v + 1));
    perGovernorate.forEach((g, n) -> assertTrue(n >= 3, g + " has only " + n + " rows"));
  }

  @Test
  void noDuplicateNameInTheSameGovernorate() {
    List<String> errors = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (Row r : columnsOk()) {
      String key = fold(r.name()) + "|" + r.country() + "|" + r.admin1();
      Integer earlier = firstLine.putIfAbsent(key, r.line());
      if (earlier != null) {
        errors.add(r.where() + ": duplicates line " + earlier + " (same name and admin1)");
      }
    }
    assertNoErrors(errors);
  }

  @Test
  void placesCities500AlreadyHasCiteIt() {
    Map<String, City> byId = new HashMap<>();
    cities500.forEach(c -> byId.put(c.id(), c));
    List<String> errors = new ArrayList<>();
    for (Row r : columnsOk()) {
      if (!parses(r)) {
        continue;
      }
      double lat = Double.parseDouble(r.latitude());
      double lon = Double.parseDouble(r.longitude());
      var cited = CITIES500_SOURCE.matcher(r.source());
      if (cited.find()) {
        City c = byId.get(cited.group(1));
        if (c == null) {
          errors.add(r.where() + ": cites GeoNames:" + cited.group(1) + " which is not in cities500");
        } else if (km(lat, lon, c.lat(), c.lon()) > 0.5) {
          errors.add(r.where() + ": cites " + c.name() + " but lies "
              + String.format(Locale.ROOT, "%.1f", km(lat, lon, c.lat(), c.lon())) + " km from it");
        }
        continue;
      }
      String folded = fold(r.name());
      for (City c : cities500) {
        if (c.names().contains(folded) && km(lat, lon, c.lat(), c.lon()) < SAME_PLACE_KM) {
          errors.add(r.where() + ": cities500 already has it as " + c.name() + " (GeoNames:" + c.id()
              + "); cite it as \"GeoNames:" + c.id() + " from cities500\" or drop the row");
        }
      }
    }
    assertNoErrors(errors);
  }

  @Test
  void computedMidpointsLieMidwayBetweenTheirTwoSources() {
    List<String> errors = new ArrayList<>();
    int checked = 0;
    for (Row r : columnsOk()) {
      var m = MIDPOINT_SOURCE.matcher(r.source());
      if (!m.matches() || !parses(r)) {
        continue;
      }
      double[] a = endPoint(m.group(1));
      double[] b = endPoint(m.group(2));
      if (a == null || b == null) {
        errors.add(r.where() + ": cannot find " + (a == null ? m.group(1) : m.group(2)));
        continue;
      }
      double off = km(Double.parseDouble(r.latitude()), Double.parseDouble(r.longitude()),
          (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
      if (off > 0.5) {
        errors.add(r.where() + ": lies " + String.format(Locale.ROOT, "%.1f", off) + " km from the midpoint it cites");
      }
      checked++;
    }
    assertNoErrors(errors);
    assertTrue(checked > 0, "no row cites a midpoint");
  }

  /** A row of this file by name, or a cities500 row by id. */
  static double[] endPoint(String ref) {
    var city = CITIES500_END.matcher(ref);
    if (city.matches()) {
      return cities500.stream().filter(c -> c.id().equals(city.group(1))).findFirst()
          .map(c -> new double[] {c.lat(), c.lon()}).orElse(null);
    }
    return columnsOk().stream().filter(r -> r.name().equals(ref) && parses(r)).findFirst()
        .map(r -> new double[] {Double.parseDouble(r.latitude()), Double.parseDouble(r.longitude())}).orElse(null);
  }

  // ---------------------------------------------------------------------------------------------

  static List<Row> columnsOk() {
    return rows.stream().filter(r -> r.cols().length == COLUMNS).toList();
  }

  static boolean parses(Row r) {
    return DECIMAL.matcher(r.latitude()).matches() && DECIMAL.matcher(r.longitude()).matches();
  }

  static Point point(Row r) {
    return GEOMETRY.createPoint(new Coordinate(
        Double.parseDouble(r.longitude()), Double.parseDouble(r.latitude())));
  }

  static void assertNoErrors(List<String> errors) {
    assertTrue(errors.isEmpty(), errors.size() + " problem(s) in " + placesFile + ":\n  "
        + String.join("\n  ", errors));
  }

  /** Case, diacritics, apostrophes, hyphens and a leading Arabic article do not make a new name. */
  static String fold(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[‘’'`ʿʾ\\-]", " ").replaceAll("\\s+", " ").strip();
    return s.replaceFirst("^(al|el|ar|as|ash|at|ad|az|an|ath|adh|aḑ) ", "");
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(lat1))
        * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 6371.0 * 2 * Math.asin(Math.sqrt(a));
  }

  static Map<String, Geometry> readGovernorates(Path geojson) throws IOException {
    JsonNode root = new ObjectMapper().readTree(geojson.toFile());
    Map<String, Geometry> out = new LinkedHashMap<>();
    for (JsonNode f : root.get("features")) {
      String name = f.get("properties").get("NAME_EN").asText();
      JsonNode g = f.get("geometry");
      JsonNode coords = g.get("coordinates");
      Geometry geometry = switch (g.get("type").asText()) {
        case "Polygon" -> polygon(coords);
        case "MultiPolygon" -> {
          List<Polygon> parts = new ArrayList<>();
          coords.forEach(p -> parts.add(polygon(p)));
          yield GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
        }
        default -> throw new IllegalStateException(geojson + ": unexpected geometry for " + name);
      };
      out.put(name, geometry);
    }
    return out;
  }

  static Polygon polygon(JsonNode rings) {
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return GEOMETRY.createPolygon(shell, holes);
  }

  static LinearRing ring(JsonNode points) {
    Coordinate[] cs = new Coordinate[points.size()];
    for (int i = 0; i < points.size(); i++) {
      cs[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
    }
    return GEOMETRY.createLinearRing(cs);
  }

  static List<City> readCities(Path file) throws IOException {
    List<City> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      Set<String> names = new java.util.HashSet<>();
      names.add(fold(f[1]));
      names.add(fold(f[2]));
      for (String alt : f[3].split(",")) {
        if (!alt.isBlank()) {
          names.add(fold(alt));
        }
      }
      out.add(new City(f[0], f[1], names, Double.parseDouble(f[4]), Double.parseDouble(f[5])));
    }
    return out;
  }

  static Path packsDir() {
    String p = System.getProperty("sitrep.packs");
    return p != null && !p.isBlank() && !p.contains("${") ? Path.of(p) : Path.of("..", "packs");
  }

  static Path sharedDir() {
    String p = System.getProperty("sitrep.shared");
    return p != null && !p.isBlank() && !p.contains("${") ? Path.of(p)
        : Path.of("").toAbsolutePath().getParent().resolve("..").resolve("shared").normalize();
  }
}
