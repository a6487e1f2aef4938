package org.sitrep.time;

import org.sitrep.model.DateRange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weeks and weekends as ranges at precision 2, computed from ISO weeks (Monday..Sunday) of the published
 * date, never past it: "this week" is the published date's week up to that day, "last week" the week
 * before, "last weekend" the Saturday and Sunday of the week before (a report of Monday 8 February means
 * 6-7 February), "this weekend"/"over the weekend"/"this past weekend" the latest Saturday-Sunday that has begun.
 * We give the two weekend days, not the whole week: the range is what the report allows, and its middle
 * (ACLED's event_date) is then the Saturday. "next week" claims the words but gives no date.
 */
final class WeekRule implements DateRule {
    private final Pattern pattern = Pattern.compile("(?i:\\b(?:(?<qual>early|earlier|late|later)\\s+(?:in\\s+)?)?"
            + "(?<rel>this\\s+past|this|last|previous|the\\s+previous|next|the\\s+following|over\\s+the|during\\s+the|at\\s+the|over\\s+the\\s+past|the\\s+past|past)\\s+(?<what>weekend|week)\\b)");

    @Override
    public List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean weekend = m.group("what").equalsIgnoreCase("weekend");
            // "over the week" is vague; "the past week" is a window of seven days (DurationRule)
            if (!weekend && (rel.startsWith("over") || rel.startsWith("during") || rel.startsWith("at") || rel.contains("past"))) continue;
            out.add(new Candidate(m.start(), m.end(), c -> resolve(rel, weekend, c.published())));
        }
        return out;
    }

    private static DateRange resolve(String rel, boolean weekend, LocalDate published) {
        if (published == null) return null;
        LocalDate monday = PastDates.isoWeekStart(published);
        switch (rel) {
            case "next", "the following" -> { return null; }
            case "last", "previous", "the previous" -> {
                LocalDate start = monday.minusWeeks(1);
                return weekend ? new DateRange(start.plusDays(5), start.plusDays(6), 2) : new DateRange(start, start.plusDays(6), 2);
            }
            default -> {
                if (!weekend) return PastDates.clip(new DateRange(monday, monday.plusDays(6), 2), published);
                boolean inWeekend = published.getDayOfWeek() == DayOfWeek.SATURDAY || published.getDayOfWeek() == DayOfWeek.SUNDAY;
                LocalDate saturday = inWeekend ? monday.plusDays(5) : monday.minusDays(2);
                return PastDates.clip(new DateRange(saturday, saturday.plusDays(1), 2), published);
            }
        }
    }
}
