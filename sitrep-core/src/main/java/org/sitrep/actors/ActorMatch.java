package org.sitrep.actors;

import org.sitrep.model.ActorMention;

/**
 * A recognised actor mention with what the recogniser knows beyond the model record: the dictionary
 * row that matched and how the name is used ({@link MentionUsage}).
 */
public record ActorMatch(ActorMention mention, ActorAlias alias, MentionUsage usage) {
    public boolean acting() { return usage == MentionUsage.ACTING; }

    public boolean generic() { return alias.isGeneric(); }
}
