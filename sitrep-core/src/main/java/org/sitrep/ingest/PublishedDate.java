package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a published date as outlets write it in metadata (ISO date or date-time, RFC 1123,
 * "January 28, 2016", "28 Jan 2016", "2016/01/28", "20160128") and refuses absurd ones:
 * a year-0 or year-2999 date is a broken CMS field, and taking it as the reference date would
 * shift every relative date ("last weekend") of the article.
 */
final class PublishedDate {
    static final int FIRST_YEAR = 1800;

    private static final Pattern ISO = Pattern.compile("^([+-]?\\d{4,})-(\\d{1,2})-(\\d{1,2})(?:$|[T ].*)");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:$|[T ].*)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T.*)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "^(?:[A-Za-z]+,?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b.*");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "^(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b.*");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private PublishedDate() {}

    /**
     * @return the date as written (the outlet's local date for a date-time with an offset)
     * @throws IllegalArgumentException with a one-line reason when unreadable or absurd
     */
    static LocalDate parse(String raw) {
        if (raw == null || raw.isBlank()) throw new IllegalArgumentException("empty published date");
        String s = raw.strip();
        LocalDate date = read(s);
        if (date == null) throw new IllegalArgumentException("unreadable published date '" + shorten(s) + "'");
        int lastYear = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        if (date.getYear() < FIRST_YEAR || date.getYear() > lastYear) {
            throw new IllegalArgumentException("absurd published date " + shorten(s)
                    + " (outside " + FIRST_YEAR + ".." + lastYear + ")");
        }
        return date;
    }

    private static LocalDate read(String s) {
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
            m = SLASHED.matcher(s);
            if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
            m = COMPACT.matcher(s);
            if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches() && month(m.group(1)) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches() && month(m.group(2)) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate of(String year, String month, String day) {
        if (year.length() > 6) return null;
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static Integer month(String name) {
        if (name.length() < 3) return null;
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
