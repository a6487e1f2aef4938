package org.sitrep.model;

/** How sure the report is: stated by the outlet, attributed to a party, or contested by another source. */
public enum Certainty {
    REPORTED, CLAIMED, DISPUTED;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
