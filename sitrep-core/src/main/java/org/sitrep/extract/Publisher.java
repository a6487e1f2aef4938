package org.sitrep.extract;

import org.sitrep.model.Actor;

import java.util.Set;

/**
 * An outlet that is itself a party to the conflict (a military press office), and the actors it speaks for: its
 * reports of those actors' actions are claims; its reports of others' actions (a government condemning a bombing)
 * are not.
 */
public record Publisher(String name, Set<String> speaksFor) {
    public Publisher {
        speaksFor = Set.copyOf(speaksFor);
    }

    boolean speaksFor(Actor a) { return a != null && speaksFor.contains(a.name()); }
}
