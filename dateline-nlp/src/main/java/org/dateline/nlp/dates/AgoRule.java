package org.dateline.nlp.dates;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Dates counted back from the publication date: "two years ago" (a year), "11 days ago" (a day),
 * "six weeks ago" (a week), "a decade ago" (a year); a vague amount ("years ago", "a few months
 * ago") is PAST_REF. "a year earlier" and "two days later" count from the date mentioned last
 * instead, like "the next day".
 */
final class AgoRule implements Rule {

  private final Lexicon lexicon;
  private final NumberReader numbers;

  AgoRule(Lexicon lexicon, NumberReader numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    Optional<NumberReader.Amount> amount = numbers.read(t, i);
    int k = amount.map(NumberReader.Amount::end).orElse(i);
    Optional<PhraseTable.Hit> filler = lexicon.modifiers.longestAt(t, k).filter(h -> h.key().equals("FILLER"));
    k = filler.map(PhraseTable.Hit::end).orElse(k);
    Optional<PhraseTable.Hit> unitHit = lexicon.units.longestAt(t, k);
    if (unitHit.isEmpty()) {
      return Optional.empty();
    }
    int after = unitHit.get().end();
    boolean ago = t.is(after, "ago");
    boolean relative = t.is(after, "earlier") || t.is(after, "later");
    if (!ago && !relative) {
      return Optional.empty();
    }
    Unit unit = Unit.ofKey(unitHit.get().key()).orElseThrow();
    boolean vague = amount.isEmpty() || amount.get().value().isEmpty();
    if (vague) {
      return ago ? Optional.of(new Match(i, after + 1, new Reference("PAST_REF"))) : Optional.empty();
    }
    double n = amount.get().value().getAsDouble();
    if (relative) {
      long sign = t.is(after, "earlier") ? -1 : 1;
      return anaphor(unit, n).map(a -> new Match(i, after + 1, new Anaphor(a.unit(), sign * a.shift(), a.part(), a.antecedent())));
    }
    return Optional.of(new Match(i, after + 1, back(unit, n)));
  }

  private static ShiftedDate back(Unit unit, double n) {
    switch (unit) {
      case SECOND:
      case MINUTE:
      case HOUR:
        long hours = unit == Unit.HOUR ? (long) n : 0;
        return new ShiftedDate(ChronoUnit.DAYS, -(hours / 24), Grain.DAY);
      case YEAR:
        if (n != Math.rint(n)) {
          return new ShiftedDate(ChronoUnit.MONTHS, -Math.round(n * 12), Grain.MONTH);
        }
        return new ShiftedDate(ChronoUnit.YEARS, -(long) n, Grain.YEAR);
      case DECADE:
        return new ShiftedDate(ChronoUnit.YEARS, -Math.round(n * 10), Grain.YEAR);
      default:
        return new ShiftedDate(unit.step(), -Math.round(n * unit.stepsPerUnit()), unit.grain());
    }
  }

  /** The forward shift of "n units later" from the date mentioned last, in whole days, weeks, months or years. */
  private static Optional<Anaphor> anaphor(Unit unit, double n) {
    switch (unit) {
      case DAY:
      case WEEK:
      case MONTH:
      case YEAR:
        return n == Math.rint(n) ? Optional.of(new Anaphor(unit, (long) n, Optional.empty(), Optional.empty())) : Optional.empty();
      case DECADE:
        return Optional.of(new Anaphor(Unit.YEAR, Math.round(n * 10), Optional.empty(), Optional.empty()));
      default:
        return Optional.empty();
    }
  }
}
