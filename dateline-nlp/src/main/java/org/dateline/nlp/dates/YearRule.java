package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Years, decades and centuries: "1979", "the 1990s" and "the '90s" (199X), "the 20th century"
 * and "19th-century" (19XX, 18XX). "the" stays outside the span, as TimeML annotators mark it.
 */
final class YearRule implements Rule {

  private final Lexicon lexicon;
  private final NumberReader numbers;
  private final YearReader years;

  YearRule(Lexicon lexicon, NumberReader numbers, YearReader years) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.years = years;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    Optional<Match> decade = decade(t, i);
    if (decade.isPresent()) {
      return decade;
    }
    Optional<Match> century = century(t, i);
    if (century.isPresent()) {
      return century;
    }
    OptionalInt year = years.year(t, i);
    if (year.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Match(i, i + 1, fixed(year.getAsInt(), Grain.YEAR)));
  }

  /** "1990s", "'90s". */
  private Optional<Match> decade(Tokens t, int i) {
    int k = t.is(i, "'") ? i + 1 : i;
    boolean shortForm = k != i && t.digits(k) == 2 && t.adjacent(k);
    if (!(t.digits(k) == 4 || shortForm) || t.number(k) % 10 != 0 || !(t.is(k + 1, "s") && t.adjacent(k + 1))) {
      return Optional.empty();
    }
    int year = shortForm ? (t.number(k) < 30 ? 2000 : 1900) + t.number(k) : t.number(k);
    if (year < 1000 || year > 2999) {
      return Optional.empty();
    }
    return Optional.of(new Match(i, k + 2, fixed(year, Grain.DECADE)));
  }

  /** "20th century", "19th-century". */
  private Optional<Match> century(Tokens t, int i) {
    Optional<NumberReader.Amount> ordinal = numbers.ordinal(t, i);
    if (ordinal.isEmpty()) {
      return Optional.empty();
    }
    int k = ordinal.get().end();
    k = t.is(k, "-") && t.adjacent(k) ? k + 1 : k;
    boolean century = lexicon.units.longestAt(t, k).map(hit -> hit.key().equals("CENTURY")).orElse(false);
    int n = (int) ordinal.get().value().getAsDouble();
    if (!century || n < 1 || n > 30) {
      return Optional.empty();
    }
    return Optional.of(new Match(i, k + 1, fixed((n - 1) * 100, Grain.CENTURY)));
  }

  private static FixedDate fixed(int year, Grain grain) {
    return new FixedDate(new Point(LocalDate.of(year, 1, 1), grain));
  }
}
