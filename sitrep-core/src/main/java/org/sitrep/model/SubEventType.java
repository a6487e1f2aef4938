package org.sitrep.model;

import static org.sitrep.model.EventType.*;

/** ACLED's 25 sub-event types, each under its event type. */
public enum SubEventType {
    ARMED_CLASH(BATTLES, "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY(BATTLES, "Government regains territory"),
    NON_STATE_OVERTAKES_TERRITORY(BATTLES, "Non-state actor overtakes territory"),
    CHEMICAL_WEAPON(EXPLOSIONS, "Chemical weapon"),
    AIR_STRIKE(EXPLOSIONS, "Air/drone strike"),
    SUICIDE_BOMB(EXPLOSIONS, "Suicide bomb"),
    SHELLING(EXPLOSIONS, "Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE(EXPLOSIONS, "Remote explosive/landmine/IED"),
    GRENADE(EXPLOSIONS, "Grenade"),
    SEXUAL_VIOLENCE(VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
    ATTACK(VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    ABDUCTION(VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
    PEACEFUL_PROTEST(PROTESTS, "Peaceful protest"),
    PROTEST_WITH_INTERVENTION(PROTESTS, "Protest with intervention"),
    EXCESSIVE_FORCE(PROTESTS, "Excessive force against protesters"),
    VIOLENT_DEMONSTRATION(RIOTS, "Violent demonstration"),
    MOB_VIOLENCE(RIOTS, "Mob violence"),
    AGREEMENT(STRATEGIC_DEVELOPMENTS, "Agreement"),
    ARRESTS(STRATEGIC_DEVELOPMENTS, "Arrests"),
    CHANGE_TO_GROUP(STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
    DISRUPTED_WEAPONS_USE(STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
    BASE_ESTABLISHED(STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
    LOOTING(STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
    NON_VIOLENT_TRANSFER(STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    OTHER(STRATEGIC_DEVELOPMENTS, "Other");

    private final EventType type;
    private final String label;

    SubEventType(EventType type, String label) { this.type = type; this.label = label; }

    public EventType type() { return type; }

    public String label() { return label; }

    public boolean isTerritorial() {
        return this == GOVERNMENT_REGAINS_TERRITORY || this == NON_STATE_OVERTAKES_TERRITORY || this == NON_VIOLENT_TRANSFER;
    }

    public static SubEventType fromLabel(String s) {
        for (SubEventType t : values()) if (t.label.equalsIgnoreCase(s.trim())) return t;
        throw new IllegalArgumentException("not an ACLED sub-event type: " + s);
    }
}
