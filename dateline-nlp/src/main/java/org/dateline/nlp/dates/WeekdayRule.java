package org.dateline.nlp.dates;

import java.time.DayOfWeek;
import java.util.Optional;

/**
 * Weekdays: "Friday", "last Friday", "next Friday", "this coming Friday", "Friday night",
 * "Monday, Oct. 26". News convention decides which Friday: the nearest one in the past, the
 * publication day included, unless the sentence speaks of the future ("will", "plans", "by").
 * A possessive weekday ("Sunday's vote") dates a noun, not the verb of its sentence, so the tense
 * says nothing of it: the nearest Sunday is meant, ahead or behind.
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
    Direction direction = shift.map(s -> Direction.ofShift(s.key(), Direction.FUTURE))
        .orElseGet(() -> isPossessive(t, stop) ? Direction.NEAREST : TenseCues.direction(cues.around(t, i, stop), Direction.PAST));
    DatedForm form = new CyclicDate(new Cycle.Weekday(day), direction);
    return Optional.of(new Match(i, stop, part.<DatedForm>map(p -> new PartOfDay(form, p.key())).orElse(form)));
  }

  /** "Sunday's", "Sunday night's": the apostrophe and s right after the expression. */
  private static boolean isPossessive(Tokens t, int end) {
    return t.is(end, "'") && t.adjacent(end) && t.is(end + 1, "s") && t.adjacent(end + 1);
  }
}
