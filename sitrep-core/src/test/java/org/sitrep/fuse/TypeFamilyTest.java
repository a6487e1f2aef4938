package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

import static org.junit.jupiter.api.Assertions.*;

class TypeFamilyTest {
    @Test
    void handoversAreFightingCodedAnotherWay() {
        assertEquals(TypeFamily.FIGHTING, TypeFamily.of(SubEventType.NON_VIOLENT_TRANSFER));
        assertEquals(TypeFamily.FIGHTING, TypeFamily.of(SubEventType.GOVERNMENT_REGAINS_TERRITORY));
        assertEquals(TypeFamily.REMOTE_VIOLENCE, TypeFamily.of(SubEventType.AIR_STRIKE));
        assertEquals(TypeFamily.REMOTE_VIOLENCE, TypeFamily.of(SubEventType.SHELLING));
        assertEquals(TypeFamily.DEMONSTRATION, TypeFamily.of(SubEventType.MOB_VIOLENCE));
        assertEquals(TypeFamily.STRATEGIC, TypeFamily.of(SubEventType.ARRESTS));
        for (SubEventType t : SubEventType.values()) assertNotNull(TypeFamily.of(t));
    }
}
