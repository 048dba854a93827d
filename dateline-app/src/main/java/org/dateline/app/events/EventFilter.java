package org.dateline.app.events;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.dateline.nlp.events.CameoCodebook;

/**
 * What {@code dateline events} shows: events of an actor (either side), of a CAMEO code or root
 * ("04" matches 040 to 0449), in a date range, reported by an outlet.
 *
 * @param actor an actor id, or part of the name the sentence uses
 * @param code a CAMEO code or its prefix
 * @param from the first day (an event's date must not end before it)
 * @param to the last day (an event's date must not start after it)
 * @param outlet an outlet among those reporting it, case-insensitive
 */
public record EventFilter(Optional<String> actor, Optional<String> code, Optional<LocalDate> from,
    Optional<LocalDate> to, Optional<String> outlet) implements Predicate<StoryEvent> {

  @Override
  public boolean test(StoryEvent merged) {
    var event = merged.event();
    if (code.isPresent() && !CameoCodebook.matches(event.code(), code.get())) {
      return false;
    }
    if (outlet.isPresent() && merged.sources().stream().noneMatch(
        s -> s.article().outlet().map(o -> o.equalsIgnoreCase(outlet.get())).orElse(false))) {
      return false;
    }
    if (actor.isPresent()) {
      String wanted = actor.get().toLowerCase(Locale.ROOT);
      boolean either = involves(event.actor1().actorId(), event.actor1().name(), wanted)
          || event.actor2().map(p -> involves(p.actorId(), p.name(), wanted)).orElse(false);
      if (!either) {
        return false;
      }
    }
    if (from.isPresent() || to.isPresent()) {
      if (event.date().isEmpty()) {
        return false;
      }
      DateRange range = DateRange.of(event.date().get());
      if (from.isPresent() && range.last().isBefore(from.get())) {
        return false;
      }
      if (to.isPresent() && range.first().isAfter(to.get())) {
        return false;
      }
    }
    return true;
  }

  private static boolean involves(String id, String name, String wanted) {
    return id.equals(wanted) || name.toLowerCase(Locale.ROOT).contains(wanted);
  }
}
