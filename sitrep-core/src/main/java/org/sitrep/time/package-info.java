/**
 * Date expressions in report text, resolved to {@link org.sitrep.model.DateRange}s against the published date.
 *
 * <p>Public API: {@link org.sitrep.time.DateExpressionFinder} (every date expression of a text, resolved)
 * and {@link org.sitrep.time.NarrativeDates} (the date in force for a sentence: its own, the narrative's,
 * or the published week). Everything else is package-private: one rule class per family of expressions
 * ({@code DayDateRule}, {@code MonthRule}, {@code WeekdayRule}, {@code RelativeDayRule}, {@code WeekRule},
 * {@code DurationRule}, {@code AnchoredRule}, {@code NamedDayRule}), the calendar arithmetic in
 * {@code PastDates}, the vocabulary in {@code CalendarLexicon}, loaded from this package's resources:
 * months.tsv, weekdays.tsv, relative-days.tsv, units.tsv, named-days.tsv (a source per row).
 *
 * <p>Why not CoreNLP's SUTime: it needs the NER annotator (the costly part of the pipeline), copies the
 * document's year into year-less dates even when that puts them after the report ("Feb.7" in a 31 January
 * article), returns whole years for ISO week ranges, and splits mentions across tokens in full articles.
 *
 * <p>Choices, each pinned by a test:
 * <ul>
 * <li>A day or month without a year is the latest such day/month not after the published date; nothing
 * resolves after it except "tomorrow" (published + 1); ranges are cut at it. Years outside 1900..2100 and
 * impossible days give no mention. Without a published date only expressions with a year resolve.</li>
 * <li>"On January 5 and January 6" is one mention, 5..6 at precision 1 (it happened on both days; the
 * midpoint, ACLED's event_date, is the 5th); days further apart ("Jan. 5 and Jan. 9") are two mentions. "between 11-13 Dec."/"from 3 to 5 March" bound the day:
 * precision 1 up to two days, 2 up to a week, 3 beyond.</li>
 * <li>"on Monday" is the latest Monday not after the published date (the published day itself if it is a
 * Monday); "last Monday" the latest strictly before it.</li>
 * <li>"this week" is the published date's ISO week up to that day, "last week" the ISO week before
 * (precision 2). "last weekend" is the Saturday-Sunday of the ISO week before the published date's; "this
 * weekend"/"over the weekend" the latest weekend that has begun. We give the two days rather than ACLED's
 * whole week: the range is what the report allows, a coder can widen it.</li>
 * <li>"a week ago" is seven days back give or take three (precision 2); "two days ago" a day; "two months
 * ago" a month. "over the past two weeks", "in recent days", "in less than two weeks" are windows ending
 * at the published date (precision 2 up to two weeks, 3 beyond). "three weeks on" is the report's present:
 * the week ending at the published date.</li>
 * <li>"the following day", "two days later", "days earlier" resolve against the previous resolved mention
 * of the same text, or the narrative anchor passed to {@code find}; without either, no mention.</li>
 * <li>Years alone, "last year", "for years" give no mention: ACLED's precision stops at the month.</li>
 * <li>The narrative year: after a date with a written year more than 60 days before the report ("in early
 * November 2005"), a year-less day of that month or the next ("On 5 November") takes that year, until a
 * date near the published one ends the flashback. Otherwise issue 2's rule holds.</li>
 * </ul>
 * Known limits: future months ("talks in February") resolve to the past month of that name (modality is
 * the event coder's job); "last year", seasons and lunar holidays are not read.
 */
package org.sitrep.time;
