package org.sitrep.model;

/** ACLED's six event types. */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) { this.label = label; }

    public String label() { return label; }

    public static EventType fromLabel(String s) {
        for (EventType t : values()) if (t.label.equalsIgnoreCase(s.trim())) return t;
        throw new IllegalArgumentException("not an ACLED event type: " + s);
    }
}
