package org.dateline.nlp.dates;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Calendar periods counted from the publication date: "last week", "this month", "next year",
 * "last decade", "this century", "the weekend", "this weekend".
 *
 * <p>"the past week" and "the last month" are read as the week (month) that holds the middle of
 * the stretch that just ended, so on a Friday "the past week" is the current week and on a
 * Monday the one before. From a year up, "the past year" is a length of time (P1Y), as TimeML
 * annotators write it.
 */
final class RelativePeriodRule implements Rule {

  private final Lexicon lexicon;
  private final TenseCues cues;

  RelativePeriodRule(Lexicon lexicon, TenseCues cues) {
    this.lexicon = lexicon;
    this.cues = cues;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    boolean the = t.is(i, "the");
    int j = the ? i + 1 : i;
    Optional<PhraseTable.Hit> shift = lexicon.relativePeriods.longestAt(t, j);
    int k = shift.map(PhraseTable.Hit::end).orElse(j);
    Optional<PhraseTable.Hit> unitHit = lexicon.units.longestAt(t, k);
    if (unitHit.isEmpty() || Unit.isPluralKey(unitHit.get().key())) {
      return Optional.empty();
    }
    Unit unit = Unit.ofKey(unitHit.get().key()).orElseThrow();
    int end = unitHit.get().end();
    if (unit == Unit.WEEKEND) {
      Direction direction = shift.map(s -> Direction.ofShift(s.key(), Direction.FUTURE)).orElseGet(() -> TenseCues.direction(cues.around(t, i, end), Direction.PAST));
      return the || shift.isPresent() ? Optional.of(new Match(i, end, new CyclicDate(new Cycle.Weekend(), direction))) : Optional.empty();
    }
    if (shift.isEmpty() || unit.compareTo(Unit.WEEK) < 0) {
      return Optional.empty();
    }
    int n = Direction.shift(shift.get().key());
    if (the && n < 0) {
      return Optional.of(new Match(i, end, stretchJustEnded(unit)));
    }
    return Optional.of(new Match(i, end, new ShiftedDate(unit.step(), n * unit.stepsPerUnit(), unit.grain())));
  }

  private static TemporalForm stretchJustEnded(Unit unit) {
    switch (unit) {
      case WEEK:
        return new ShiftedDate(ChronoUnit.DAYS, -3, Grain.WEEK);
      case MONTH:
        return new ShiftedDate(ChronoUnit.DAYS, -15, Grain.MONTH);
      case QUARTER:
        return new ShiftedDate(ChronoUnit.DAYS, -45, Grain.QUARTER);
      default:
        return new Length(unit.duration(OptionalDouble.of(1)));
    }
  }
}
