package org.dateline.nlp.dates;

import java.util.List;
import java.util.Optional;

/**
 * The day next to a day the text names: "the day before Christmas", "the day after May 10", "the
 * day before last Tuesday". One expression, as TimeML takes "the day before yesterday": the named
 * day moved by one.
 */
final class NeighborDayRule implements Rule {

  private final List<Rule> days;

  /** @param days rules for the day named after "before" or "after" (weekdays, dates, holidays) */
  NeighborDayRule(List<Rule> days) {
    this.days = List.copyOf(days);
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    int k = t.is(i, "the") ? i + 1 : i;
    int shift = t.is(k + 1, "before") ? -1 : t.is(k + 1, "after") ? 1 : 0;
    if (!t.is(k, "day") || shift == 0) {
      return Optional.empty();
    }
    for (Rule rule : days) {
      Optional<Match> day = rule.match(t, k + 2).filter(m -> ContextLinker.isDay(m.form()));
      if (day.isPresent()) {
        Anaphor next = new Anaphor(Unit.DAY, shift, Optional.empty(), Optional.of((DatedForm) day.get().form()));
        return Optional.of(new Match(i, day.get().end(), next));
      }
    }
    return Optional.empty();
  }
}
