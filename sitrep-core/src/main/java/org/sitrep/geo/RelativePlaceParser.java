package org.sitrep.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sitrep.geo.PlaceQuery.Relation;
import org.sitrep.model.Span;

/**
 * Reads the words around a place mention, within its sentence, for where the text puts the place:
 * <ul>
 *   <li>before the mention, the mention being the anchor: "12 km east of X", "north of X", "near X",
 *       "on the outskirts of X", "in the western countryside of X", "the province of X";</li>
 *   <li>after it: "X's western countryside", "X province/governorate", "X region";</li>
 *   <li>after it, the mention being the place and another name the anchor: "X, south of Y", "X, 5 km west of Y",
 *       "X near Y", "X in the countryside of Y", "X in (the) Y province", "X, in Y's eastern countryside".</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class RelativePlaceParser {
    private static final String DIR = "(north[\\s-]?east|north[\\s-]?west|south[\\s-]?east|south[\\s-]?west|north|south|east|west)(?:ern|ward|wards)?";
    private static final String NUM = "(\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+few|several|a\\s+couple\\s+of)";
    private static final String UNIT = "(km|kms|kilometres?|kilometers?|miles?|mi)";
    private static final String ART = "(?:(?:al|el|as|ash|ad|ar|az|at|an|ez|es|ed|er|ul)[-\\s’'])";
    /** A proper name: capitalised words (or Arabic script), articles allowed inside ("Ras al-Ain", "al-Bab"). */
    private static final String NAME = "((?:" + ART + ")?[\\p{Lu}\\u0600-\\u06FF][\\p{L}\\p{M}’'\\-]*(?:\\s+(?:" + ART
            + ")?[\\p{Lu}\\u0600-\\u06FF][\\p{L}\\p{M}’'\\-]*){0,3})";
    private static final String KIND = "(?:(?:an?|the)\\s+)?(?:(?:small|large|strategic|nearby|key)\\s+)?"
            + "(?:(?:town|village|city|hill|neighbou?rhood|district|area|base|airbase|suburb|locality|settlement|camp)\\s+)?";
    private static final String ABOUT = "(?:(?:about|some|roughly|around|approximately|nearly|almost)\\s+)?";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // before the mention (the mention is the anchor); matched against the sentence up to the mention
    private static final Pattern B_DISTANCE = Pattern.compile("\\b" + NUM + "\\s*-?\\s*" + UNIT + "\\s+(?:to\\s+the\\s+)?" + DIR
            + "\\s+of\\s+(?:the\\s+)?(?:(?:town|village|city|base|airbase)\\s+of\\s+)?$", CI);
    private static final Pattern B_DIRECTION = Pattern.compile("\\b" + DIR
            + "\\s+of\\s+(?:the\\s+)?(?:(?:town|village|city|base|airbase)\\s+of\\s+)?$", CI);
    private static final Pattern B_OUTSKIRTS = Pattern.compile("\\b(?:" + DIR + "\\s+)?(?:outskirts|edges?|entrances?)\\s+of\\s+(?:the\\s+)?(?:(?:town|village|city)\\s+of\\s+)?$", CI);
    private static final Pattern B_COUNTRYSIDE = Pattern.compile("\\b(?:" + DIR + "\\s+)?(?:countryside|rural\\s+areas?|suburbs|environs|hinterland|rif)\\s+of\\s+(?:the\\s+)?$", CI);
    private static final Pattern B_NEAR = Pattern.compile("\\b(?:near|nearby|close\\s+to|in\\s+the\\s+vicinity\\s+of|vicinity\\s+of|around|outside|next\\s+to|not\\s+far\\s+from|on\\s+the\\s+road\\s+to)\\s+(?:the\\s+)?$", CI);
    private static final Pattern B_PROVINCE = Pattern.compile("\\b(?:" + DIR + "\\s+)?(?:province|governorate)\\s+of\\s+$", CI);
    private static final Pattern B_REGION = Pattern.compile("\\b(?:" + DIR + "\\s+)?(?:region|plains?)\\s+of\\s+(?:the\\s+)?$", CI);
    private static final Pattern B_DIR_ADJ = Pattern.compile("\\b(?:in|across|of|from|into|over|throughout)\\s+(?:the\\s+)?" + DIR + "\\s+$", CI);
    // after the mention (the mention is the anchor)
    private static final Pattern A_COUNTRYSIDE = Pattern.compile("^(?:['’]s)?\\s+(?:" + DIR + "\\s+)?(countryside|suburbs|outskirts|rural\\s+areas?|environs)\\b", CI);
    private static final Pattern A_PROVINCE = Pattern.compile("^\\s+(?:province|governorate)\\b", CI);
    private static final Pattern A_REGION = Pattern.compile("^\\s+(?:region|plains?)\\b", CI);
    private static final Pattern A_AREA = Pattern.compile("^\\s+(?:area|vicinity|surroundings)\\b", CI);
    // after the mention, with another anchor
    private static final String LEAD = "^\\s*,?\\s*" + KIND;
    private static final Pattern X_DIRECTION = Pattern.compile(LEAD + "(?:(?:which\\s+is|located|situated|lying|lies)\\s+)?" + ABOUT
            + "(?:" + NUM + "\\s*-?\\s*" + UNIT + "\\s+)?(?:to\\s+the\\s+)?" + "(?i:" + DIR + ")\\s+of\\s+(?:the\\s+)?" + NAME);
    private static final Pattern X_NEAR = Pattern.compile(LEAD + "(?i:near|close\\s+to|outside|in\\s+the\\s+vicinity\\s+of|on\\s+the\\s+outskirts\\s+of)\\s+(?:the\\s+)?" + NAME);
    private static final Pattern X_COUNTRYSIDE_OF = Pattern.compile(LEAD + "(?:(?i:in|of)\\s+)?(?:the\\s+)?(?:(?i:" + DIR + ")\\s+)?(?i:countryside|suburbs|rural\\s+areas?)\\s+of\\s+(?:the\\s+)?" + NAME);
    private static final Pattern X_COUNTRYSIDE = Pattern.compile(LEAD + "(?i:in|of)\\s+(?:the\\s+)?(?:(?i:" + DIR + ")\\s+)?" + NAME
            + "(?:['’]s)?\\s+(?:(?i:" + DIR + ")\\s+)?(?i:countryside|suburbs|rural\\s+areas?)");
    private static final Pattern X_PROVINCE_OF = Pattern.compile(LEAD + "(?:(?i:in|of)\\s+)?(?:the\\s+)?(?:(?i:" + DIR + ")\\s+)?(?i:province|governorate)\\s+of\\s+" + NAME);
    private static final Pattern X_PROVINCE = Pattern.compile(LEAD + "(?:(?i:in|of)\\s+)?(?:the\\s+)?(?:(?i:" + DIR + ")\\s+)?" + NAME
            + "\\s+(?i:province|governorate)");

    private static final Pattern LIST = Pattern.compile("^(?:\\s+(?:farms?|villages?|towns?|areas?|hills?|camps?|neighbou?rhoods?|districts?))?"
            + "(?:\\s*(?:,\\s*and|,|and)\\s+" + NAME + ")+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s|\\n");
    private static final int WINDOW = 160;

    /** The relation the text gives around the mention, or empty when it names the place plainly. */
    public Optional<PlaceQuery> parse(String text, Span mention) {
        String m = mention.of(text);
        String before = sentenceBefore(text, mention.start());
        String after = sentenceAfter(text, mention.end());

        Matcher x;
        if ((x = B_DISTANCE.matcher(before)).find())
            return q(m, direction(x.group(3)), km(x.group(1), x.group(2)), m, null);
        if ((x = B_OUTSKIRTS.matcher(before)).find()) return q(m, Relation.OUTSKIRTS, null, m, direction(x.group(1)));
        if ((x = B_COUNTRYSIDE.matcher(before)).find()) return q(m, Relation.COUNTRYSIDE, null, m, direction(x.group(1)));
        if ((x = B_PROVINCE.matcher(before)).find()) return q(m, Relation.PROVINCE, null, m, direction(x.group(1)));
        if ((x = B_REGION.matcher(before)).find()) return q(m, Relation.REGION, null, m, direction(x.group(1)));
        if ((x = B_DIRECTION.matcher(before)).find()) return q(m, direction(x.group(1)), null, m, null);
        if (B_NEAR.matcher(before).find()) return q(m, Relation.NEAR, null, m, null);

        Matcher dirAdj = B_DIR_ADJ.matcher(before);
        Relation adjHeading = dirAdj.find() ? direction(dirAdj.group(1)) : null;
        if ((x = A_COUNTRYSIDE.matcher(after)).find()) {
            Relation heading = x.group(1) != null ? direction(x.group(1)) : adjHeading;
            Relation r = x.group(2).toLowerCase(Locale.ROOT).startsWith("outskirts") ? Relation.OUTSKIRTS : Relation.COUNTRYSIDE;
            return q(m, r, null, m, heading);
        }
        if (A_PROVINCE.matcher(after).find()) return q(m, Relation.PROVINCE, null, m, adjHeading);
        if (A_REGION.matcher(after).find()) return q(m, Relation.REGION, null, m, adjHeading);
        if (A_AREA.matcher(after).find()) return q(m, Relation.NEAR, null, m, null);

        Optional<PlaceQuery> shared = afterAnchor(m, after);
        if (shared.isPresent()) return shared;
        // "A and B in the Nawa countryside": a list shares the relation after its last item
        Matcher list = LIST.matcher(after);
        if (list.find() && list.end() > 0) {
            Optional<PlaceQuery> last = afterAnchor(m, after.substring(list.end()));
            if (last.isPresent()) return last;
        }
        if (adjHeading != null) return q(m, Relation.COUNTRYSIDE, null, m, adjHeading);
        return Optional.empty();
    }

    /** The relation to another place that follows the mention: "X, south of Y", "X in the Y province". */
    private static Optional<PlaceQuery> afterAnchor(String m, String after) {
        Matcher x;
        if ((x = X_DIRECTION.matcher(after)).find())
            return q(m, direction(x.group(3)), x.group(1) == null ? null : km(x.group(1), x.group(2)), anchor(x.group(4)), null);
        if ((x = X_NEAR.matcher(after)).find()) return q(m, Relation.NEAR, null, anchor(x.group(1)), null);
        if ((x = X_COUNTRYSIDE_OF.matcher(after)).find()) return q(m, Relation.COUNTRYSIDE, null, anchor(x.group(2)), direction(x.group(1)));
        if ((x = X_PROVINCE_OF.matcher(after)).find()) return q(m, Relation.PROVINCE, null, anchor(x.group(2)), direction(x.group(1)));
        if ((x = X_COUNTRYSIDE.matcher(after)).find())
            return q(m, Relation.COUNTRYSIDE, null, anchor(x.group(2)), direction(x.group(3) != null ? x.group(3) : x.group(1)));
        if ((x = X_PROVINCE.matcher(after)).find()) return q(m, Relation.PROVINCE, null, anchor(x.group(2)), direction(x.group(1)));
        return Optional.empty();
    }

    private static Optional<PlaceQuery> q(String mention, Relation r, Double km, String anchor, Relation heading) {
        if (r == null || anchor == null || anchor.isBlank()) return Optional.empty();
        return Optional.of(new PlaceQuery(mention, r, km, anchor, heading));
    }

    /** Trailing possessive and punctuation off a captured anchor name. */
    private static String anchor(String name) {
        if (name == null) return null;
        String s = name.trim().replaceAll("['’]s$", "").replaceAll("[-'’]+$", "");
        return s.isEmpty() ? null : s;
    }

    static Relation direction(String word) {
        if (word == null) return null;
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "").replaceAll("(ern|wards?)$", "");
        return switch (w) {
            case "north" -> Relation.NORTH;
            case "northeast" -> Relation.NORTHEAST;
            case "east" -> Relation.EAST;
            case "southeast" -> Relation.SOUTHEAST;
            case "south" -> Relation.SOUTH;
            case "southwest" -> Relation.SOUTHWEST;
            case "west" -> Relation.WEST;
            case "northwest" -> Relation.NORTHWEST;
            default -> null;
        };
    }

    private static Double km(String number, String unit) {
        String n = number.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        double v = switch (n) {
            case "one" -> 1; case "two" -> 2; case "three" -> 3; case "four" -> 4; case "five" -> 5;
            case "six" -> 6; case "seven" -> 7; case "eight" -> 8; case "nine" -> 9; case "ten" -> 10;
            case "a few", "several", "a couple of" -> 3;
            default -> Double.parseDouble(n.replace(',', '.'));
        };
        return unit.toLowerCase(Locale.ROOT).startsWith("mi") ? v * 1.609344 : v;
    }

    private static String sentenceBefore(String text, int end) {
        int from = Math.max(0, end - WINDOW);
        String s = text.substring(from, end);
        Matcher m = SENTENCE_END.matcher(s);
        int cut = 0;
        while (m.find()) cut = m.end();
        return s.substring(cut);
    }

    private static String sentenceAfter(String text, int start) {
        String s = text.substring(start, Math.min(text.length(), start + WINDOW));
        Matcher m = SENTENCE_END.matcher(s);
        return m.find() ? s.substring(0, m.start()) : s;
    }
}
