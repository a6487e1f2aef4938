package org.sitrep.extract;

import org.sitrep.model.ActorMention;

import java.util.List;

/** Who acted (actor1 and those alongside) and who was acted upon (actor2), as read for one trigger. */
record Roles(ActorMention actor1, List<ActorMention> assoc1, ActorMention actor2, List<ActorMention> assoc2) {
    static final Roles NONE = new Roles(null, List.of(), null, List.of());

    Roles {
        assoc1 = List.copyOf(assoc1);
        assoc2 = List.copyOf(assoc2);
    }

    Roles withActor1(ActorMention a) { return new Roles(a, assoc1, actor2, assoc2); }

    Roles withActor2(ActorMention a) { return new Roles(actor1, assoc1, a, assoc2); }

    /** The grammar's subject was acted upon: "ISIS lost 80 fighters" to whoever fought it. */
    Roles swapped() { return new Roles(actor2, assoc2, actor1, assoc1); }
}
