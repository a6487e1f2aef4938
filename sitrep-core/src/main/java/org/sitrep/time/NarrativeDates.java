package org.sitrep.time;

import org.sitrep.model.DateMention;
import org.sitrep.model.DateRange;
import org.sitrep.model.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The date in force at each point of a document, for the event coder: a sentence's own date expression
 * first; else the narrative context, the last date mention before the sentence in the same paragraph or
 * an earlier one ("On Jan. 5 the army advanced. It took two villages." dates the second sentence too);
 * else the published date as ACLED codes an undated report: the week ending on the published date,
 * precision 2 (EVENTS.md: {@code date_from} six days earlier).
 *
 * <p>Paragraphs are separated by line breaks. {@code paragraphsBack} bounds how far back the narrative
 * reaches: 0 the sentence's own paragraph only, 1 also the paragraph before, and so on; the default
 * reaches back to the start of the document.
 *
 * <pre>{@code
 * NarrativeDates dates = NarrativeDates.of(finder, doc.text(), doc.published());
 * NarrativeDates.DateInForce d = dates.dateFor(sentenceSpan);   // d.range(), d.basis(), d.mention()
 * }</pre>
 */
public final class NarrativeDates {
    /** Where a sentence's date comes from. */
    public enum Basis { SENTENCE, NARRATIVE, PUBLISHED }

    /**
     * A sentence's date: the range, where it comes from and the mention that says it (null for PUBLISHED),
     * whose span is the evidence for {@code event_date}.
     */
    public record DateInForce(DateRange range, Basis basis, DateMention mention) {}

    private final String text;
    private final LocalDate published;
    private final List<DateMention> mentions;
    private final int paragraphsBack;

    /**
     * @param text      the document text the mentions' spans point into
     * @param published the published date, or null
     * @param mentions  the document's date mentions (any order; sorted here)
     * @param paragraphsBack how many paragraphs before the sentence's own the narrative date may come from
     */
    public NarrativeDates(String text, LocalDate published, List<DateMention> mentions, int paragraphsBack) {
        this.text = text == null ? "" : text;
        this.published = published;
        List<DateMention> sorted = new ArrayList<>(mentions == null ? List.of() : mentions);
        sorted.removeIf(m -> m == null || m.span().end() > this.text.length());
        sorted.sort(Comparator.comparing(DateMention::span));
        this.mentions = List.copyOf(sorted);
        this.paragraphsBack = Math.max(0, paragraphsBack);
    }

    /** The narrative reaching back to the start of the document. */
    public NarrativeDates(String text, LocalDate published, List<DateMention> mentions) {
        this(text, published, mentions, Integer.MAX_VALUE);
    }

    /** Finds the document's mentions with {@code finder} (in one pass, so "the following day" follows the narrative). */
    public static NarrativeDates of(DateExpressionFinder finder, String text, LocalDate published) {
        return new NarrativeDates(text, published, finder.find(text, published));
    }

    /** The document's date mentions in reading order. */
    public List<DateMention> mentions() { return mentions; }

    /** The mentions inside {@code span} (a sentence), in reading order. */
    public List<DateMention> within(Span span) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention m : mentions) if (span.contains(m.span())) out.add(m);
        return out;
    }

    /** The last mention that ends at or before {@code offset}, within the allowed paragraphs. */
    public Optional<DateMention> lastBefore(int offset) {
        int limit = paragraphStart(offset, paragraphsBack);
        DateMention last = null;
        for (DateMention m : mentions) {
            if (m.span().end() > offset) break;
            if (m.span().start() >= limit) last = m;
        }
        return Optional.ofNullable(last);
    }

    /**
     * The date for the sentence at {@code sentence}: its own first mention, else the narrative's, else the
     * published week; null when there is none of these (no mention and no published date).
     */
    public DateInForce dateFor(Span sentence) {
        List<DateMention> own = within(sentence);
        if (!own.isEmpty()) return new DateInForce(own.get(0).range(), Basis.SENTENCE, own.get(0));
        Optional<DateMention> before = lastBefore(sentence.start());
        if (before.isPresent()) return new DateInForce(before.get().range(), Basis.NARRATIVE, before.get());
        DateRange fallback = undated(published);
        return fallback == null ? null : new DateInForce(fallback, Basis.PUBLISHED, null);
    }

    /** ACLED's date for an event the report does not date: the week ending on the published date, precision 2. */
    public static DateRange undated(LocalDate published) {
        return published == null ? null : new DateRange(published.minusDays(6), published, 2);
    }

    /** Where the paragraph {@code back} paragraphs before the one holding {@code offset} starts. */
    private int paragraphStart(int offset, int back) {
        int i = Math.min(Math.max(offset, 0), text.length());
        for (int p = 0; ; p++) {
            int nl = i == 0 ? -1 : text.lastIndexOf('\n', i - 1);
            if (nl < 0) return 0;
            if (p >= back) return nl + 1;
            // skip the blank lines between paragraphs
            i = nl;
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
            if (p == Integer.MAX_VALUE - 1) return 0;
        }
    }
}
