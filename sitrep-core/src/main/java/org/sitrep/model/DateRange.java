package org.sitrep.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days an event may have happened on, as far as the report allows, with ACLED's time precision:
 * 1 the day is known, 2 only the week, 3 only the month.
 */
public record DateRange(LocalDate from, LocalDate to, int precision) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) throw new IllegalArgumentException("date range ends before it starts: " + from + ".." + to);
        if (precision < 1 || precision > 3) throw new IllegalArgumentException("time precision must be 1, 2 or 3: " + precision);
    }

    public static DateRange day(LocalDate d) { return new DateRange(d, d, 1); }

    /** ACLED's event_date: the day when known, else the middle of the stated range. */
    public LocalDate eventDate() {
        if (precision == 1 && from.equals(to)) return from;
        return from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
    }

    public long days() { return ChronoUnit.DAYS.between(from, to) + 1; }

    public boolean overlaps(DateRange o) { return !to.isBefore(o.from) && !o.to.isBefore(from); }
}
