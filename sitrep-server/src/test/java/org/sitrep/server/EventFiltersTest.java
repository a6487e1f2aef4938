package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.EventQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class EventFiltersTest {
    private static EventQuery parse(Map<String, List<String>> p) {
        return EventFilters.parse(p, java.util.Set.copyOf(new java.util.ArrayList<>() {{
            addAll(EventFilters.FILTERS);
            addAll(EventFilters.PAGING);
        }}));
    }

    @Test
    void everyFilterReachesTheQuery() {
        EventQuery q = parse(Map.of("from", List.of("2019-01-01"), "to", List.of("2019-02-01"), "bbox", List.of("35,32,37,34"),
                "event_type", List.of("Battles"), "sub_event_type", List.of("Armed clash"), "actor", List.of(" Syrian Arab Army "),
                "source", List.of("SANA"), "min_precision", List.of("2"), "text", List.of("shelled Atarib"), "limit", List.of("25")));
        assertEquals(LocalDate.of(2019, 1, 1), q.from());
        assertEquals(LocalDate.of(2019, 2, 1), q.to());
        assertEquals(37.0, q.bbox().east());
        assertEquals(EventType.BATTLES, q.eventType());
        assertEquals(SubEventType.ARMED_CLASH, q.subEventType());
        assertEquals("Syrian Arab Army", q.actor(), "trimmed");
        assertEquals("SANA", q.source());
        assertEquals(2, q.minPrecision());
        assertEquals("shelled Atarib", q.text());
        assertEquals(25, q.limit());
        assertEquals(EventFilters.DEFAULT_LIMIT, parse(Map.of()).limit());
        assertNull(parse(Map.of("actor", List.of(""))).actor(), "an empty value is no filter");
    }

    @Test
    void problemsNameTheParameter() {
        assertEquals("to", assertThrows(BadParameter.class, () -> parse(Map.of("from", List.of("2019-02-01"), "to", List.of("2019-01-01")))).parameter());
        assertEquals("sort", assertThrows(BadParameter.class, () -> parse(Map.of("sort", List.of("date")))).parameter());
        assertEquals("bbox", assertThrows(BadParameter.class, () -> parse(Map.of("bbox", List.of("0,0,Infinity,1")))).parameter());
        assertEquals("from", assertThrows(BadParameter.class, () -> parse(Map.of("from", List.of("2999-01-01")))).parameter());
        assertEquals("text", assertThrows(BadParameter.class, () -> parse(Map.of("text", List.of("a\u0000b")))).parameter());
        assertEquals("cursor", assertThrows(BadParameter.class, () -> parse(Map.of("cursor", List.of("!!")))).parameter());
    }
}
