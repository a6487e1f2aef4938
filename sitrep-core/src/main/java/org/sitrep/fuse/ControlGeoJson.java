package org.sitrep.fuse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;

/**
 * Control on one day as a GeoJSON FeatureCollection: a Point per place with its controller, whether it is
 * contested, since when, and the events that say so. Places without coordinates cannot be drawn: they are left
 * out and counted in the foreign member "places_without_coordinates".
 */
public final class ControlGeoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ControlGeoJson() {}

    public static ObjectNode toGeoJson(Collection<ControlPeriod> periods) {
        ObjectNode fc = MAPPER.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        int skipped = 0;
        for (ControlPeriod p : periods) {
            if (!p.place().hasCoordinates()) { skipped++; continue; }
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(p.place().longitude()).add(p.place().latitude());
            ObjectNode props = f.putObject("properties");
            props.put("place", p.place().name());
            props.put("place_key", p.placeKey());
            props.put("admin1", p.place().admin1());
            props.put("controller", p.controller());
            props.put("contested", p.contested());
            ArrayNode parties = props.putArray("parties");
            p.parties().forEach(parties::add);
            props.put("since", p.from().toString());
            props.put("until", p.until() == null ? null : p.until().toString());
            props.put("cause", p.cause());
            props.put("fused_event_id", p.fusedEventId());
            ArrayNode sup = props.putArray("supported_by");
            p.supportedBy().forEach(sup::add);
        }
        fc.put("places_without_coordinates", skipped);
        return fc;
    }

    public static String toString(Collection<ControlPeriod> periods) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toGeoJson(periods));
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }
}
