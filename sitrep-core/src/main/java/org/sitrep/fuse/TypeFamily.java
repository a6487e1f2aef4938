package org.sitrep.fuse;

import org.sitrep.model.SubEventType;

/**
 * Which codings of one happening different reports may give: one outlet's "captured" is another's "clashes",
 * a handover is sometimes written as a capture; shelling and air strikes are both remote violence.
 */
public enum TypeFamily {
    FIGHTING, REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS, DEMONSTRATION, STRATEGIC;

    public static TypeFamily of(SubEventType t) {
        if (t == SubEventType.NON_VIOLENT_TRANSFER) return FIGHTING;
        return switch (t.type()) {
            case BATTLES -> FIGHTING;
            case EXPLOSIONS -> REMOTE_VIOLENCE;
            case VIOLENCE_AGAINST_CIVILIANS -> VIOLENCE_AGAINST_CIVILIANS;
            case PROTESTS, RIOTS -> DEMONSTRATION;
            case STRATEGIC_DEVELOPMENTS -> STRATEGIC;
        };
    }
}
