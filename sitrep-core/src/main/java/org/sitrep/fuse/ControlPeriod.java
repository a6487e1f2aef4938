package org.sitrep.fuse;

import org.sitrep.model.Place;

import java.time.LocalDate;
import java.util.List;

/**
 * Who held a place from one day until the next change.
 *
 * @param controller the actor holding the place (for a contested period: the last known holder, or null)
 * @param contested  fighting was reported there and no capture has settled it since
 * @param parties    the actors fighting over it while contested; the controller otherwise
 * @param from       first day of the period (the supporting event's date)
 * @param until      first day of the next period, or null while it lasts
 * @param cause      the sub-event type that started it ("Government regains territory", "Armed clash", ...)
 * @param supportedBy the fused event that started it and the reports behind that fused event
 */
public record ControlPeriod(String placeKey, Place place, String controller, boolean contested, List<String> parties,
                            LocalDate from, LocalDate until, String cause, String fusedEventId, List<String> supportedBy) {
    public ControlPeriod {
        parties = List.copyOf(parties);
        supportedBy = List.copyOf(supportedBy);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }

    ControlPeriod endingOn(LocalDate next) {
        return new ControlPeriod(placeKey, place, controller, contested, parties, from, next, cause, fusedEventId, supportedBy);
    }
}
