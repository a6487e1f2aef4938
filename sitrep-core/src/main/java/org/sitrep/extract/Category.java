package org.sitrep.extract;

/** What a trigger word reports, before the actors and the place decide the ACLED sub-event type (triggers.tsv). */
enum Category {
    TERRITORY, CLASH, AIR, STRIKE, SHELLING, BOMBARD, DESTROY, IED, SUICIDE, ATTACK, KILLING, ABDUCTION, CHEMICAL,
    AGREEMENT, SURRENDER, ARREST, GROUPCHANGE, BASE, LOOTING, PROTEST, RIOT,
    /** A side losing fighters ("ISIS lost 30 gunmen near X"): a battle whose subject is the side that lost them. */
    LOSS;

    /** Violence from afar: coded at the place hit. */
    boolean isRemote() { return this == AIR || this == STRIKE || this == SHELLING || this == BOMBARD || this == DESTROY; }

    /** Categories whose nominal form ("the liberation of X", "their retaking of Y") is talk about a campaign, not an event. */
    boolean needsVerb() { return this == TERRITORY; }
}
