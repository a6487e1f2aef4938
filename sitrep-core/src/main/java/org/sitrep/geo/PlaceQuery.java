package org.sitrep.geo;

import java.util.OptionalDouble;

/**
 * Where the text puts a place relative to another: "12 km east of al-Bab", "Tadef, south of al-Bab",
 * "the western countryside of Aleppo", "in the Latakia province".
 * <p>
 * Read it as "the place meant lies {@code relation} (at {@code distanceKm}) of {@code anchor}". When
 * {@code mention} equals {@code anchor} the place itself is unnamed ("12 km east of al-Bab": the event is east of
 * al-Bab); otherwise {@code mention} names the place and the anchor only narrows it down (Tadef, south of al-Bab).
 *
 * @param mention    the place as the text names it (the span the query was parsed for)
 * @param relation   how the place relates to the anchor
 * @param distanceKm the distance the text gives, or null
 * @param anchor     the better-known place the text places it by
 * @param heading    for COUNTRYSIDE, OUTSKIRTS, PROVINCE and REGION: the compass part named ("western countryside"),
 *                   one of the eight directions, or null
 */
public record PlaceQuery(String mention, Relation relation, Double distanceKm, String anchor, Relation heading) {
    /** How a place relates to its anchor. */
    public enum Relation {
        AT(-1), NEAR(-1), OUTSKIRTS(-1),
        NORTH(0), NORTHEAST(45), EAST(90), SOUTHEAST(135), SOUTH(180), SOUTHWEST(225), WEST(270), NORTHWEST(315),
        COUNTRYSIDE(-1), PROVINCE(-1), REGION(-1);

        private final double bearing;

        Relation(double bearing) { this.bearing = bearing; }

        /** Degrees clockwise from north, for the eight compass directions. */
        public OptionalDouble bearing() { return bearing < 0 ? OptionalDouble.empty() : OptionalDouble.of(bearing); }

        public boolean isDirection() { return bearing >= 0; }
    }

    public PlaceQuery(String mention, Relation relation, Double distanceKm, String anchor) {
        this(mention, relation, distanceKm, anchor, null);
    }

    /** True when the text names only the anchor: the place is somewhere relative to it. */
    public boolean placeIsAnchor() { return mention != null && mention.equals(anchor); }
}
