package org.sitrep.actors;

import java.util.Locale;

/**
 * What kind of wording an alias row is: how much it says about who acted.
 * {@link #GENERIC} rows are descriptions without a name ("militants", "the army", "civilians");
 * a generic row that maps to a state force is the theatre's default for that description and the
 * {@link ActorResolver} may move it to another country's force.
 */
public enum AliasKind {
    NAME, ACRONYM, ALIAS, UNIT, DESCRIPTION, GENERIC;

    public static AliasKind parse(String s) {
        for (AliasKind k : values()) if (k.name().equalsIgnoreCase(s.trim())) return k;
        throw new IllegalArgumentException("kind must be one of name|acronym|alias|unit|description|generic, not '" + s + "'");
    }

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
