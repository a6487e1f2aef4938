package org.sitrep.store;

/** A WGS84 box, west/south/east/north as in GeoJSON and the REST API's bbox=W,S,E,N. */
public record BoundingBox(double west, double south, double east, double north) {
    public BoundingBox {
        if (south > north) throw new IllegalArgumentException("bbox south > north: " + south + " > " + north);
        if (west > east) throw new IllegalArgumentException("bbox west > east: " + west + " > " + east);
        if (south < -90 || north > 90 || west < -180 || east > 180) throw new IllegalArgumentException("bbox outside WGS84 range");
    }

    /** Parses "W,S,E,N". */
    public static BoundingBox parse(String s) {
        String[] p = s.split(",");
        if (p.length != 4) throw new IllegalArgumentException("bbox must be W,S,E,N: " + s);
        try {
            return new BoundingBox(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()),
                    Double.parseDouble(p[2].trim()), Double.parseDouble(p[3].trim()));
        } catch (NumberFormatException x) {
            throw new IllegalArgumentException("bbox must be four numbers W,S,E,N: " + s);
        }
    }
}
