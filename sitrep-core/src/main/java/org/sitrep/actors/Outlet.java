package org.sitrep.actors;

import java.util.List;

/**
 * A news outlet or press office and whose side it speaks for, for weighing and corroborating reports.
 *
 * @param name      the outlet's usual name ("South Front", "Syrian Observatory for Human Rights")
 * @param alignment one of {@link SourceRegistry#ALIGNMENTS}
 * @param country   where it is based, or "International"
 * @param reference where the alignment comes from (the outlet's encyclopedia entry)
 * @param also      other names it is cited by ("SOHR", "ANHA")
 */
public record Outlet(String name, String alignment, String country, String reference, List<String> also) {
    public Outlet {
        also = List.copyOf(also);
    }

    /** A party to the conflict speaking for itself: a military or government press office. */
    public boolean isParty() { return "party".equals(alignment); }
}
