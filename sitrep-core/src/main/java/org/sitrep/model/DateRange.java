package org.sitrep.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days an event may have happened on, as far as the report allows, with ACLED's time precision:
 * 1 the day is known, 2 only the week, 3 only the month; and the day ACLED records as event_date.
 *
 * @param eventDate the midpoint of the range for a stated week or month (ACLED), or the published date for an
 *                  event the report does not date (EVENTS.md); always inside [from, to]
 */
public record DateRange(LocalDate from, LocalDate to, int precision, LocalDate eventDate) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) throw new IllegalArgumentException("date range ends before it starts: " + from + ".." + to);
        if (precision < 1 || precision > 3) throw new IllegalArgumentException("time precision must be 1, 2 or 3: " + precision);
        if (eventDate == null) eventDate = from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
        if (eventDate.isBefore(from) || eventDate.isAfter(to)) throw new IllegalArgumentException("event date " + eventDate + " outside " + from + ".." + to);
    }

    /** A range whose event date is its middle. */
    public DateRange(LocalDate from, LocalDate to, int precision) { this(from, to, precision, null); }

    public static DateRange day(LocalDate d) { return new DateRange(d, d, 1); }

    /** An event the report does not date: the week up to publication, recorded on the published day (EVENTS.md). */
    public static DateRange undatedBefore(LocalDate published) {
        return new DateRange(published.minusDays(6), published, 2, published);
    }

    public long days() { return ChronoUnit.DAYS.between(from, to) + 1; }

    public boolean overlaps(DateRange o) { return !to.isBefore(o.from) && !o.to.isBefore(from); }
}
