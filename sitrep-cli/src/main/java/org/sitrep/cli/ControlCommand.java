package org.sitrep.cli;

import org.sitrep.fuse.ControlGeoJson;
import org.sitrep.fuse.ControlPeriod;
import org.sitrep.fuse.ControlTimeline;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** `sitrep control`: who holds a place, and since when, from the stored territorial events. */
@Command(name = "control", mixinStandardHelpOptions = true,
        description = {"Who controls a place from which date, with the events behind each change.",
                "  sitrep control --place Atarib [--at 2019-01-07]",
                "  sitrep control --at 2019-01-07 --format geojson"})
public final class ControlCommand implements Callable<Integer> {
    @Option(names = "--place", description = "a place as reports name it, or its gazetteer id") String place;
    @Option(names = "--at", description = "the day (YYYY-MM-DD)") LocalDate at;
    @Option(names = "--format", defaultValue = "text", description = "text or geojson (default: ${DEFAULT-VALUE})") String format;

    @Mixin
    StoreOptions store;

    @Mixin
    TheatreOptions theatre;

    @Override
    public Integer call() {
        if (place == null && at == null) {
            System.err.println("sitrep control: give --place, --at, or both");
            return 2;
        }
        try (EventStore s = store.open(theatre.theatre().packDir())) {
            ControlTimeline t = s.controlTimeline();
            List<ControlPeriod> periods = place == null ? t.controlAt(at)
                    : at == null ? t.history(place) : t.control(place, at).map(List::of).orElse(List.of());
            if (format.equals("geojson")) {
                System.out.println(ControlGeoJson.toString(periods));
            } else {
                if (periods.isEmpty()) System.out.println("no territorial event known" + (place == null ? "" : " for " + place));
                for (ControlPeriod p : periods) System.out.println(describe(p));
            }
        }
        return 0;
    }

    private static String describe(ControlPeriod p) {
        String who = p.contested() ? "contested (" + String.join(", ", p.parties()) + ")" : p.controller();
        return p.place().name() + ": " + who + " from " + p.from() + (p.until() == null ? "" : " until " + p.until())
                + " (" + p.cause() + ", events: " + String.join(", ", p.supportedBy()) + ")";
    }
}
