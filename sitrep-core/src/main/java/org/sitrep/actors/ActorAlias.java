package org.sitrep.actors;

import org.sitrep.model.Actor;

import java.util.Objects;

/**
 * One row of a pack's actor dictionary: a wording and the canonical actor it stands for.
 *
 * @param alias  the wording as the pack wrote it ("Tiger Forces", "HTS", "loyalists")
 * @param actor  the canonical actor
 * @param kind   name, acronym (matched case-sensitively), alias, unit, description or generic
 * @param source where the mapping comes from ("ACTORS.tsv description", "Wikipedia: Tiger Forces")
 * @param note   free remark, or ""
 * @param origin file:line the row was read from, for error messages and audits
 */
public record ActorAlias(String alias, Actor actor, AliasKind kind, String source, String note, String origin) {
    public ActorAlias {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        source = source == null ? "" : source;
        note = note == null ? "" : note;
        origin = origin == null ? "" : origin;
    }

    public boolean isGeneric() { return kind == AliasKind.GENERIC; }

    public boolean caseSensitive() { return kind == AliasKind.ACRONYM; }
}
