package org.sitrep.extract;

import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One neutral sentence per event in ACLED's style ("On 27 January 2016, Syrian Arab Army forces took control of
 * X (Daraa)."), built from the coded fields only, never from the source's wording; names that carry a loaded word
 * (loaded-words.txt) are neutralised too.
 */
final class Notes {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private final List<Pattern> loaded = new ArrayList<>();
    private final List<String> replacements = new ArrayList<>();

    Notes() {
        for (String[] row : LexiconFile.rows("loaded-words.txt", 2)) {
            loaded.add(Pattern.compile("(?i)\\b" + Pattern.quote(row[0]) + "\\b\\s?"));
            replacements.add(row[1].isEmpty() ? "" : row[1] + " ");
        }
    }

    String write(SubEventType type, String actor1, String actor2, Place place, LocalDate day, int precision, Integer fatalities,
                 String certainty, String claimSource) {
        String when = precision == 1 ? "On " + DAY.format(day) : precision == 2 ? "Around " + DAY.format(day) : "In " + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
        String who = actor1 == null ? "Unidentified actors" : actor1;
        String whom = actor2 == null ? "" : " " + actor2;
        String where = place.name() + (place.admin1() == null ? "" : " (" + place.admin1() + ")");
        String near = place.geoPrecision() == 1 ? "in " : place.geoPrecision() == 2 ? "near " : "in the area of ";
        String what = switch (type) {
            case GOVERNMENT_REGAINS_TERRITORY, NON_STATE_OVERTAKES_TERRITORY -> "took control of " + where
                    + (actor2 == null ? "" : " from" + whom);
            case ARMED_CLASH -> "clashed" + (actor2 == null ? "" : " with" + whom) + " " + near + where;
            case AIR_STRIKE -> "carried out air strikes" + (actor2 == null ? "" : " on" + whom) + " " + near + where;
            case SHELLING -> "shelled" + (actor2 == null ? " positions" : whom) + " " + near + where;
            case REMOTE_EXPLOSIVE -> "detonated an explosive device " + near + where;
            case SUICIDE_BOMB -> "carried out a suicide bombing " + near + where;
            case CHEMICAL_WEAPON -> "used chemical weapons " + near + where;
            case ATTACK, SEXUAL_VIOLENCE -> "attacked" + (actor2 == null ? " civilians" : whom) + " " + near + where;
            case ABDUCTION -> "abducted" + (actor2 == null ? " people" : whom) + " " + near + where;
            case AGREEMENT -> "reached an agreement" + (actor2 == null ? "" : " with" + whom) + " concerning " + where;
            case NON_VIOLENT_TRANSFER -> "took over " + where + " without fighting" + (actor2 == null ? "" : " from" + whom);
            case ARRESTS -> "arrested" + (actor2 == null ? " people" : whom) + " " + near + where;
            case CHANGE_TO_GROUP -> "changed its organisation " + near + where;
            case BASE_ESTABLISHED -> "established a position " + near + where;
            case LOOTING -> "seized or destroyed property " + near + where;
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE -> "protested " + near + where;
            case VIOLENT_DEMONSTRATION, MOB_VIOLENCE -> "rioted " + near + where;
            case DISRUPTED_WEAPONS_USE, OTHER, GRENADE -> "were involved in an incident " + near + where;
        };
        StringBuilder note = new StringBuilder(when).append(", ").append(who).append(' ').append(what).append('.');
        if (fatalities != null) note.append(" Fatalities reported: ").append(fatalities).append('.');
        if (claimSource != null && !"reported".equals(certainty)) note.append(" ").append(certainty.substring(0, 1).toUpperCase(Locale.ROOT))
                .append(certainty.substring(1)).append(" by ").append(claimSource).append('.');
        return neutral(note.toString());
    }

    /** Removes or replaces loaded words. */
    String neutral(String s) {
        for (int i = 0; i < loaded.size(); i++) s = loaded.get(i).matcher(s).replaceAll(replacements.get(i));
        return s.replaceAll("\\s{2,}", " ").replace(" .", ".");
    }
}
