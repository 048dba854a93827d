package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Quarters and halves of a year: "the third quarter of 2020" (2020-Q3), "Q3 2021", "first-quarter"
 * (the nearest first quarter), "the first half of 2021" (2021-H1; a half needs its year).
 */
final class QuarterRule implements Rule {

  private final Lexicon lexicon;
  private final NumberReader numbers;
  private final TenseCues cues;
  private final YearReader years;

  QuarterRule(Lexicon lexicon, NumberReader numbers, TenseCues cues, YearReader years) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.cues = cues;
    this.years = years;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    int n;
    boolean half = false;
    int k;
    if (t.is(i, "q") && t.isCapitalized(i) && t.adjacent(i + 1) && t.number(i + 1) >= 1 && t.number(i + 1) <= 4 && t.digits(i + 1) == 1) {
      n = t.number(i + 1);
      k = i + 2;
    } else {
      int j = t.is(i, "the") ? i + 1 : i;
      Optional<NumberReader.Amount> ordinal = numbers.ordinal(t, j);
      if (ordinal.isEmpty()) {
        return Optional.empty();
      }
      n = (int) ordinal.get().value().getAsDouble();
      k = ordinal.get().end();
      k = t.is(k, "-") && t.adjacent(k) ? k + 1 : k;
      half = t.is(k, "half");
      if (!(half || t.is(k, "quarter")) || n < 1 || n > (half ? 2 : 4)) {
        return Optional.empty();
      }
      k++;
    }
    int y = t.is(k, "of") || t.is(k, ",") ? k + 1 : k;
    OptionalInt year = years.plainYear(t, y);
    if (year.isPresent()) {
      LocalDate first = LocalDate.of(year.getAsInt(), half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1, 1);
      return Optional.of(new Match(i, y + 1, new FixedDate(new Point(first, half ? Grain.HALF : Grain.QUARTER))));
    }
    if (half) {
      return Optional.empty();
    }
    int end = k;
    Direction direction = TenseCues.direction(cues.around(t, i, end), Direction.NEAREST);
    return Optional.of(new Match(i, end, new CyclicDate(new YearlyCycle.QuarterOf(n, false), direction)));
  }
}
