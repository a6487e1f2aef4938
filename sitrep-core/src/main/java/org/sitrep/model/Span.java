package org.sitrep.model;

/** A half-open character range [start, end) into a document's cleaned text. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public String of(String text) { return text.substring(start, end); }

    public boolean overlaps(Span o) { return start < o.end && o.start < end; }

    public boolean contains(Span o) { return start <= o.start && o.end <= end; }

    public Span shift(int by) { return new Span(start + by, end + by); }

    @Override public int compareTo(Span o) { return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end); }
}
