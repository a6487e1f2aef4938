package org.sitrep.model;

import java.util.Objects;

/**
 * A canonical actor of a theatre pack.
 *
 * @param name    canonical name (ACTORS.tsv)
 * @param inter   ACLED actor type: State forces, Rebel group, Political militia, ...
 * @param country the actor's country, or "International"
 */
public record Actor(String name, String inter, String country) {
    public Actor {
        Objects.requireNonNull(name, "name");
        inter = inter == null ? "" : inter;
        country = country == null ? "" : country;
    }

    public boolean isState() { return "State forces".equals(inter); }
}
