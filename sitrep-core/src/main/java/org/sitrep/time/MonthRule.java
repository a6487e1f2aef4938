package org.sitrep.time;

import org.sitrep.model.DateRange;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole months, precision 3: "in December", "December 2016", "mid-May", "since May" (the 1st of May up to
 * the published date), "earlier this month", "early last month", "last month". A month without a year is
 * the latest such month that has begun by the published date. "May" and "March" need a capital and a
 * word that makes them a month ("in", "since", "early"...) or a year; abbreviations too.
 */
final class MonthRule implements DateRule {
    private final CalendarLexicon lexicon;
    private final Pattern named;
    private final Pattern relative = Pattern.compile(
            "(?i:\\b(?:(?<qual>early|earlier|late|later|mid|the\\s+(?:beginning|start|end|middle)\\s+of)[\\s-]*(?:in\\s+)?)?"
                    + "(?<rel>this|last|previous|the\\s+previous|next|the\\s+following)\\s+month\\b)");

    MonthRule(CalendarLexicon lexicon) {
        this.lexicon = lexicon;
        named = Pattern.compile("(?<pre>\\b(?i:since|in|during|through|throughout|until|till|by|from|of|early|earlier|late|later|mid"
                + "|(?:early|late|earlier|later|in)\\s+(?:in\\s+)?(?:early|late|mid)?|(?:the\\s+)?(?:beginning|start|end|middle)\\s+of)[\\s-]*)?"
                + "(?<m>" + lexicon.month() + ")(?!\\.?\\s*(?:the\\s+)?\\d{1,2}(?!\\d))(?:,?\\s+(?<y>\\d{4})(?!\\d))?");
    }

    @Override
    public List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = named.matcher(text);
        while (m.find()) {
            Month month = lexicon.month(m.group("m"));
            String pre = m.group("pre") == null ? "" : m.group("pre").strip().toLowerCase(Locale.ROOT);
            Integer year = m.group("y") == null ? null : Integer.parseInt(m.group("y"));
            if (month == null) continue;
            if (pre.isEmpty() && year == null && !lexicon.standsAlone(m.group("m"))) continue;
            boolean since = pre.startsWith("since");
            // the span starts at the qualifier only when it tells something ("since", "early"), not at "in"/"of"
            int start = pre.isEmpty() || pre.matches("in|of|during|by|until|till|through|throughout|from") ? m.start("m") : m.start();
            out.add(new Candidate(start, m.end(), c -> resolve(month, year, since, c.published(), c.reference(month)),
                    since ? Dating.RELATIVE : year != null ? Dating.EXPLICIT_YEAR : Dating.YEARLESS));
        }
        m = relative.matcher(text);
        while (m.find()) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            out.add(new Candidate(m.start(), m.end(), c -> {
                if (c.published() == null) return null;
                YearMonth now = YearMonth.from(c.published());
                return switch (rel) {
                    case "this" -> PastDates.month(now, c.published());
                    case "last", "previous", "the previous" -> PastDates.month(now.minusMonths(1), c.published());
                    default -> null; // next month: a plan, not a date of the past
                };
            }));
        }
        return out;
    }

    private static DateRange resolve(Month month, Integer year, boolean since, LocalDate published, LocalDate reference) {
        YearMonth ym;
        if (year != null) {
            if (!PastDates.plausibleYear(year)) return null;
            ym = YearMonth.of(year, month);
        } else {
            ym = PastDates.latestMonth(month, since ? published : reference);
        }
        if (ym == null) return null;
        if (since) {
            if (published == null) return null;
            return PastDates.clip(PastDates.range(ym.atDay(1), published, 3), published);
        }
        return PastDates.month(ym, published);
    }
}
