package org.sitrep.extract;

import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds place names by where they stand, so that villages the gazetteer lacks still become events:
 * after a place noun ("the towns of A, B and the 111th Regiment base", "hilltops of X and Y"), after a locative
 * preposition ("in A, B and C", "near X"), and before a region word ("the X province"). The gazetteer's own
 * recogniser finds the known names anywhere; both are merged by the coder.
 */
final class PlaceSlotFinder {
    private static final String ART = "(?:al|as|ash|ad|ar|at|az|an|ath|adh|el|es|ed|er|et|ez|al\\s)";
    private static final String LETTER = "[\\p{L}'’ʿʾ‘]";
    private static final String CAP = "(?:\\p{Lu}" + LETTER + "*(?:-" + LETTER + "+)*)";
    private static final String LOW_ART = "(?:" + ART + "-" + LETTER + "+(?:-" + LETTER + "+)*)";
    private static final String ORDINAL = "(?:\\d+(?:st|nd|rd|th))";
    private static final String WORD = "(?:" + CAP + "|" + LOW_ART + "|" + ORDINAL + ")";
    private static final String NAME = WORD + "(?:[ \\t]+" + WORD + ")*";
    private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "and", "or", "of", "on", "in", "its", "their", "this",
            "that", "these", "those", "his", "her", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "northeastern", "northwestern", "southeastern", "southwestern", "central", "northeast", "northwest", "southeast", "southwest");

    private final PlaceNouns nouns;
    private final Pattern afterPlaceNoun;
    private final Pattern locative;
    /** "the first village in this direction – X": a place noun whose name follows a dash. */
    private final Pattern dashed;

    PlaceSlotFinder(PlaceNouns nouns) {
        this.nouns = nouns;
        // an item of a list may carry its feature word: "X farms, Y and Z", "the A airbase and B"
        String item = "(?:the\\s+)?" + NAME + "(?:\\s+(?:" + nouns.afterAlternation() + ")){0,2}";
        // commas join names only in a real coordination ("A, B and C"); "in Paris, the US Defense Secretary" is not one
        String list = item + "(?:(?:\\s*,\\s*" + item + ")*\\s*,?\\s+(?:and|or)\\s+" + item + ")?";
        this.dashed = Pattern.compile("(?i:\\b(?:" + nouns.beforeAlternation() + ")\\b)[^.;:–—]{0,40}?\\s[–—]\\s*(" + NAME + ")");
        this.afterPlaceNoun = Pattern.compile("\\b(\\p{L}+)\\s+of\\s+(" + list + ")");
        // "to" and "towards" are left out: "on the way to X", "fled to X" do not place an event at X
        this.locative = Pattern.compile("\\b(?:[Ii]n|[Nn]ear|[Aa]t|[Aa]round|[Oo]utside|[Ii]nside|[Ii]nto|[Oo]n)\\s+(?:the\\s+)?"
                + "(?:(?:city|town|village)\\s+of\\s+)?(" + list + ")");
    }

    /** Place slots of one sentence; spans are document offsets ({@code offset} is the sentence's start). */
    List<PlaceSlot> find(String sentence, int offset) {
        List<PlaceSlot> out = new ArrayList<>();
        Matcher m = afterPlaceNoun.matcher(sentence);
        while (m.find()) {
            if (!nouns.introduces(m.group(1))) continue;
            boolean districts = m.group(1).toLowerCase(Locale.ROOT).matches("districts?|neighbou?rhoods?|quarters?");
            boolean insideTown = districts && sentence.substring(m.end(2)).matches("(?s)\\s+(?:inside|in|of)\\s+the\\s+(?:town|city)\\b.*");
            addItems(sentence, offset, m.start(2), m.end(2), false, insideTown, out);
        }
        m = dashed.matcher(sentence);
        while (m.find()) addItems(sentence, offset, m.start(1), m.end(1), false, false, out);
        m = locative.matcher(sentence);
        while (m.find()) addItems(sentence, offset, m.start(1), m.end(1), false, false, out);
        return merge(out);
    }

    private void addItems(String s, int offset, int from, int to, boolean region, boolean partOfTown, List<PlaceSlot> out) {
        Matcher n = NAME_PATTERN.matcher(s).region(from, to);
        while (n.find()) {
            int start = n.start(), end = n.end();
            String name = s.substring(start, end);
            if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) || nouns.isPersonName(name)) continue;
            // feature words after the name: "airbase" belongs to it, "farms" does not, "province" makes it a region
            String rest = s.substring(end).replaceFirst("^\\s+", "");
            int gap = s.length() - end - rest.length();
            String after = nouns.afterWord(rest);
            boolean isRegion = region;
            if (after != null) {
                PlaceNouns.Role role = nouns.after(after);
                if (role == PlaceNouns.Role.AFTER_KEEP) end = end + gap + after.length();
                if (role == PlaceNouns.Role.REGION) isRegion = true;
            }
            out.add(new PlaceSlot(new Span(offset + start, offset + end), s.substring(start, end), isRegion, partOfTown));
        }
    }

    /** One slot per name: the widest wins, a region flag or a part-of-town flag survives the merge. */
    private static List<PlaceSlot> merge(List<PlaceSlot> slots) {
        slots.sort((a, b) -> a.span().start() != b.span().start() ? Integer.compare(a.span().start(), b.span().start())
                : Integer.compare(b.span().end(), a.span().end()));
        List<PlaceSlot> out = new ArrayList<>();
        for (PlaceSlot s : slots) {
            PlaceSlot last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.span().overlaps(s.span())) {
                out.set(out.size() - 1, new PlaceSlot(last.span(), last.text(), last.region() || s.region(),
                        last.partOfTown() || s.partOfTown()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
