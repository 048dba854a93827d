package org.dateline.nlp.dates;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The second day of "April 24 and 25" or "May 5-6, 2021": a bare day number that continues a
 * month and day just before it.
 */
final class DayContinuationRule implements Rule {

  private final Lexicon lexicon;
  private final NumberReader numbers;
  private final TenseCues cues;
  private final YearReader years;

  DayContinuationRule(Lexicon lexicon, NumberReader numbers, TenseCues cues, YearReader years) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.cues = cues;
    this.years = years;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    OptionalInt day = numbers.dayOfMonth(t, i);
    String joiner = t.lower(i - 1);
    boolean joined = joiner.equals("and") || joiner.equals("-") || joiner.equals("to") || joiner.equals("through") || joiner.equals("&");
    if (day.isEmpty() || !joined || numbers.dayOfMonth(t, i - 2).isEmpty() || lexicon.units.longestAt(t, i + 1).isPresent()) {
      return Optional.empty();
    }
    int m = t.is(i - 3, ".") ? i - 4 : i - 3;
    Optional<PhraseTable.Hit> month = lexicon.months.longestAt(t, m).filter(h -> t.isCapitalized(m));
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int monthNumber = Integer.parseInt(month.get().key().split(" ")[0]);
    int y = t.is(i + 1, ",") ? i + 2 : i + 1;
    OptionalInt year = years.plainYear(t, y);
    YearlyCycle cycle = new YearlyCycle.MonthDay(monthNumber, day.getAsInt(), Optional.empty());
    if (year.isPresent()) {
      return cycle.in(year.getAsInt()).map(p -> new Match(i, y + 1, new FixedDate(p)));
    }
    Direction direction = TenseCues.direction(cues.around(t, m, i + 1), Direction.NEAREST);
    return Optional.of(new Match(i, i + 1, new CyclicDate(cycle, direction)));
  }
}
