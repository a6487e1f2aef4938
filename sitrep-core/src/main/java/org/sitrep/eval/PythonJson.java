package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON values seen the way Python sees them in score.py: its {@code json.dumps(sort_keys=True,
 * ensure_ascii=False)} (the sort key that makes the file order of predictions irrelevant), {@code str()},
 * truthiness, {@code repr(float)} and string order. Matching ties are broken by that sort key, so it must be
 * byte-identical or the two scorers pair events differently.
 */
public final class PythonJson {
    /** Python orders strings by code point; Java's compareTo orders UTF-16 units. */
    public static final Comparator<String> CODE_POINT_ORDER = PythonJson::compareCodePoints;

    private PythonJson() {}

    /** {@code json.dumps(v, sort_keys=True, ensure_ascii=False)}. */
    public static String dumps(JsonNode v) {
        StringBuilder out = new StringBuilder();
        dump(v, out);
        return out.toString();
    }

    private static void dump(JsonNode v, StringBuilder out) {
        if (v == null || v.isNull() || v.isMissingNode()) out.append("null");
        else if (v.isBoolean()) out.append(v.booleanValue() ? "true" : "false");
        else if (v.isIntegralNumber()) out.append(v.bigIntegerValue());
        else if (v.isNumber()) out.append(jsonFloat(v.doubleValue()));
        else if (v.isTextual()) quote(v.textValue(), out);
        else if (v.isArray()) {
            out.append('[');
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) out.append(", ");
                dump(v.get(i), out);
            }
            out.append(']');
        } else if (v.isObject()) {
            List<String> keys = new ArrayList<>();
            v.fieldNames().forEachRemaining(keys::add);
            keys.sort(CODE_POINT_ORDER);
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) out.append(", ");
                quote(keys.get(i), out);
                out.append(": ");
                dump(v.get(keys.get(i)), out);
            }
            out.append('}');
        } else out.append(quoteOf(v.asText()));
    }

    private static String quoteOf(String s) {
        StringBuilder b = new StringBuilder();
        quote(s, b);
        return b.toString();
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    private static String jsonFloat(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        return repr(d);
    }

    /** {@code repr(float)}: the shortest digits that read back as the same double, in Python's layout. */
    public static String repr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        String sign = d < 0 ? "-" : "";
        BigDecimal shortest = shortest(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        // value = 0.digits x 10^point
        int point = digits.length() - shortest.scale();
        String stripped = digits.replaceAll("0+$", "");
        if (stripped.isEmpty()) stripped = "0";
        digits = stripped;
        int n = digits.length();
        if (point <= -4 || point > 16) {
            String mantissa = n == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exp = point - 1;
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (point <= 0) return sign + "0." + "0".repeat(-point) + digits;
        if (point < n) return sign + digits.substring(0, point) + "." + digits.substring(point);
        return sign + digits + "0".repeat(point - n) + ".0";
    }

    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int n = 1; n <= 17; n++) {
            BigDecimal rounded = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
            BigDecimal best = null;
            // the nearest n-digit decimal may fall just outside a power of two's narrower lower half-interval
            // while its neighbour reads back: take the nearest of those that do
            BigDecimal ulp = rounded.ulp();
            for (BigDecimal c : List.of(rounded, rounded.subtract(ulp), rounded.add(ulp))) {
                if (c.signum() > 0 && c.doubleValue() == d
                        && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) best = c;
            }
            if (best != null) return best;
        }
        return exact;
    }

    /** {@code str(v)} of a parsed JSON value: how score.py turns a doc_id or a date into text. */
    public static String str(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return "None";
        if (v.isTextual()) return v.textValue();
        return repr(v);
    }

    private static String repr(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return "None";
        if (v.isBoolean()) return v.booleanValue() ? "True" : "False";
        if (v.isIntegralNumber()) return v.bigIntegerValue().toString();
        if (v.isNumber()) return repr(v.doubleValue());
        if (v.isTextual()) return pythonStringRepr(v.textValue());
        StringBuilder b = new StringBuilder();
        if (v.isArray()) {
            b.append('[');
            for (int i = 0; i < v.size(); i++) b.append(i > 0 ? ", " : "").append(repr(v.get(i)));
            return b.append(']').toString();
        }
        b.append('{');
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        boolean first = true;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            b.append(first ? "" : ", ").append(pythonStringRepr(e.getKey())).append(": ").append(repr(e.getValue()));
            first = false;
        }
        return b.append('}').toString();
    }

    private static String pythonStringRepr(String s) {
        char q = s.contains("'") && !s.contains("\"") ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        for (char c : s.toCharArray()) {
            if (c == q || c == '\\') b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return b.append(q).toString();
    }

    /** Python truthiness: null, false, 0, "", [] and {} are false. */
    public static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return false;
        if (v.isBoolean()) return v.booleanValue();
        if (v.isNumber()) return v.isIntegralNumber() ? v.bigIntegerValue().signum() != 0 : v.doubleValue() != 0;
        if (v.isTextual()) return !v.textValue().isEmpty();
        if (v.isContainerNode()) return v.size() > 0;
        return true;
    }

    /** {@code v == s} in Python for a JSON value and a text (null standing for None). */
    public static boolean equalsText(JsonNode v, String s) {
        if (s == null) return v == null || v.isNull() || v.isMissingNode();
        return v != null && v.isTextual() && v.textValue().equals(s);
    }

    /** {@code int(v)}, or null where Python raises TypeError/ValueError (score.py's as_int). */
    public static BigInteger asInt(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return null;
        if (v.isBoolean()) return v.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
        if (v.isIntegralNumber()) return v.bigIntegerValue();
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (Double.isNaN(d)) return null;
            // int(inf) raises OverflowError, which score.py does not catch: no whole number either way
            if (Double.isInfinite(d)) return null;
            return new BigDecimal(d).toBigInteger();
        }
        if (v.isTextual()) return parseInt(v.textValue());
        return null;
    }

    /** Python's {@code int(str)}: surrounding blanks, a sign, decimal digits of any script, single '_' between digits. */
    static BigInteger parseInt(String s) {
        String t = stripPython(s);
        if (t.isEmpty()) return null;
        int i = 0;
        boolean negative = false;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            negative = t.charAt(0) == '-';
            i = 1;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true; // no leading '_'
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                if (lastUnderscore) return null;
                lastUnderscore = true;
                continue;
            }
            int digit = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (digit < 0) return null;
            digits.append((char) ('0' + digit));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) return null;
        BigInteger n = new BigInteger(digits.toString());
        return negative ? n.negate() : n;
    }

    /** {@code float(v)} for a coordinate, or null where Python raises. */
    public static Double asFloat(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return null;
        if (v.isBoolean()) return v.booleanValue() ? 1.0 : 0.0;
        if (v.isNumber()) return v.doubleValue();
        if (v.isTextual()) {
            String t = stripPython(v.textValue()).replace("_", "");
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            switch (lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower) {
                case "nan" -> { return Double.NaN; }
                case "inf", "infinity" -> { return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY; }
                default -> { }
            }
            if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return null;
            return Double.parseDouble(t);
        }
        return null;
    }

    /** Python's str.isspace() characters. */
    public static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** Python's {@code str.strip()}. */
    public static String stripPython(String s) {
        int from = 0, to = s.length();
        while (from < to && isSpace(s.charAt(from))) from++;
        while (to > from && isSpace(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }

    /** score.py's {@code day(v)}: {@code date.fromisoformat(str(v)[:10])} as Python 3.11 reads it, or null. */
    public static LocalDate day(JsonNode v) {
        String s = str(v);
        int end = s.offsetByCodePoints(0, Math.min(10, s.codePointCount(0, s.length())));
        return isoDay(s.substring(0, end));
    }

    /** Python 3.11's {@code date.fromisoformat}: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; ASCII digits only. */
    public static LocalDate isoDay(String s) {
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}"))
                return LocalDate.of(year(s), Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8, 10)));
            if (s.matches("\\d{8}"))
                return LocalDate.of(year(s), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8)));
            java.util.regex.Matcher w = WEEK.matcher(s);
            if (w.matches()) {
                int year = year(s), week = Integer.parseInt(w.group(3)), dow = w.group(4) == null ? 1 : Integer.parseInt(w.group(4));
                if (dow < 1 || dow > 7) return null;
                LocalDate jan4 = LocalDate.of(year, 1, 4);
                if (week < 1 || week > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum()) return null;
                return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(java.time.DayOfWeek.of(dow));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static final java.util.regex.Pattern WEEK =
            java.util.regex.Pattern.compile("(\\d{4})(-?)W(\\d{2})(?:\\2([0-9]))?");

    private static int year(String s) {
        int y = Integer.parseInt(s.substring(0, 4));
        if (y < 1) throw new java.time.DateTimeException("year 0");
        return y;
    }

    static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i), y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
