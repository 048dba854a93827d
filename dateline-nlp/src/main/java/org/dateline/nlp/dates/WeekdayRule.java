package org.dateline.nlp.dates;

import java.time.DayOfWeek;
import java.util.Optional;

/**
 * Weekdays: "Friday", "last Friday", "next Friday", "this coming Friday", "Friday night",
 * "Monday, Oct. 26". News convention decides which Friday: the nearest one in the past, the
 * publication day included, unless the sentence speaks of the future ("will", "plans", "by").
 */
final class WeekdayRule implements Rule {

  private final Lexicon lexicon;
  private final TenseCues cues;
  private final MonthDateRule dates;

  WeekdayRule(Lexicon lexicon, TenseCues cues, MonthDateRule dates) {
    this.lexicon = lexicon;
    this.cues = cues;
    this.dates = dates;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    Optional<PhraseTable.Hit> shift = lexicon.relativePeriods.longestAt(t, i);
    int k = shift.map(PhraseTable.Hit::end).orElse(i);
    if (!t.isCapitalized(k)) {
      return Optional.empty();
    }
    Optional<PhraseTable.Hit> weekday = lexicon.weekdays.longestAt(t, k);
    if (weekday.isEmpty()) {
      return Optional.empty();
    }
    DayOfWeek day = DayOfWeek.of(Integer.parseInt(weekday.get().key()));
    int end = weekday.get().end();
    if (shift.isEmpty()) {
      int next = t.is(end, ",") ? end + 1 : end;
      Optional<Match> date = dates.match(t, next, Optional.of(day)).filter(m -> m.form() instanceof DatedForm);
      if (date.isPresent()) {
        return Optional.of(new Match(i, date.get().end(), date.get().form()));
      }
    }
    Optional<PhraseTable.Hit> part = lexicon.partsOfDay.longestAt(t, end);
    int stop = part.map(PhraseTable.Hit::end).orElse(end);
    Direction direction = shift.map(s -> Direction.ofShift(s.key(), Direction.FUTURE)).orElseGet(() -> TenseCues.direction(cues.around(t, i, stop), Direction.PAST));
    DatedForm form = new CyclicDate(new Cycle.Weekday(day), direction);
    return Optional.of(new Match(i, stop, part.<DatedForm>map(p -> new PartOfDay(form, p.key())).orElse(form)));
  }
}
