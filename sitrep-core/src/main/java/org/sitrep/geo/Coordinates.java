package org.sitrep.geo;

/** Parsing and arithmetic of WGS84 coordinates. */
public final class Coordinates {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Coordinates() {}

    static double latitude(String s) { return parse(s, 90, "latitude"); }

    static double longitude(String s) { return parse(s, 180, "longitude"); }

    private static double parse(String s, double limit, String what) {
        double v;
        try {
            v = Double.parseDouble(s.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(what + " is not a number: '" + s + "'");
        }
        if (Double.isNaN(v) || Math.abs(v) > limit) throw new IllegalArgumentException(what + " out of range: " + s);
        return v;
    }

    /** Great-circle distance in km. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The point {@code km} away on a compass bearing (degrees clockwise from north): {lat, lon}. */
    public static double[] offset(double lat, double lon, double bearingDegrees, double km) {
        double d = km / EARTH_RADIUS_KM, b = Math.toRadians(bearingDegrees);
        double p1 = Math.toRadians(lat), l1 = Math.toRadians(lon);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
        double l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        return new double[] {round(Math.toDegrees(p2)), round(Math.toDegrees(l2))};
    }

    static double round(double v) { return Math.round(v * 1e5) / 1e5; }
}
