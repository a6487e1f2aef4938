package org.sitrep.extract;

import org.sitrep.model.ActorMention;
import org.sitrep.model.DateMention;
import org.sitrep.model.PlaceMention;

import java.util.List;

/**
 * What recognition found in a whole document: actor mentions (those that can act or be acted upon, and all of them,
 * for attribution), place names the gazetteer knows, and date expressions resolved against the published date.
 */
public record DocumentMentions(List<ActorMention> acting, List<ActorMention> all, List<PlaceMention> places,
                               List<DateMention> dates) {
    public DocumentMentions {
        acting = List.copyOf(acting);
        all = List.copyOf(all);
        places = List.copyOf(places);
        dates = List.copyOf(dates);
    }
}
