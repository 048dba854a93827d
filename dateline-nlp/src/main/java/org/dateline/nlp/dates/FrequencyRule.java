package org.dateline.nlp.dates;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Recurrences: "daily", "weekly", "every week", "each year", "every other week" (P2W), "every two
 * years" (P2Y), "every Monday" (XXXX-WXX-1), "every morning", and a unit after an amount: "$1
 * billion a year", "three times a week", "24 hours a day".
 */
final class FrequencyRule implements Rule {

  /** Words after which "a day" is a length, not a rate: "for a day", "about a week". */
  private static final Set<String> NOT_A_RATE = Set.of("for", "in", "within", "about", "than", "over", "after", "least", "nearly", "almost", "just", "only", "of", "to", "by", "from", "is", "was", "as", "take", "takes", "took", "spend", "spent", "up");

  private final Lexicon lexicon;
  private final NumberReader numbers;

  FrequencyRule(Lexicon lexicon, NumberReader numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    Optional<PhraseTable.Hit> word = lexicon.frequencies.longestAt(t, i);
    if (word.isPresent()) {
      return Optional.of(new Match(i, word.get().end(), new Recurrence(word.get().key())));
    }
    Optional<PhraseTable.Hit> every = lexicon.modifiers.longestAt(t, i).filter(h -> h.key().equals("EVERY"));
    if (every.isPresent()) {
      return every(t, i, every.get().end());
    }
    if ((t.is(i, "a") || t.is(i, "an")) && isRateAfterAmount(t, i)) {
      return unit(t, i + 1).filter(u -> !Unit.isPluralKey(u.key()))
          .map(u -> new Match(i, u.end(), new Recurrence(Unit.ofKey(u.key()).orElseThrow().duration(OptionalDouble.of(1)))));
    }
    return Optional.empty();
  }

  private Optional<Match> every(Tokens t, int i, int j) {
    double times = 1;
    if (t.is(j, "other")) {
      times = 2;
      j++;
    } else {
      Optional<NumberReader.Amount> amount = numbers.read(t, j).filter(a -> a.value().isPresent());
      if (amount.isPresent() && unit(t, amount.get().end()).isPresent()) {
        times = amount.get().value().getAsDouble();
        j = amount.get().end();
      }
    }
    Optional<PhraseTable.Hit> unit = unit(t, j);
    if (unit.isPresent()) {
      String value = Unit.ofKey(unit.get().key()).orElseThrow().duration(OptionalDouble.of(times));
      return Optional.of(new Match(i, unit.get().end(), new Recurrence(value)));
    }
    Optional<PhraseTable.Hit> weekday = lexicon.weekdays.longestAt(t, j);
    if (weekday.isPresent()) {
      return Optional.of(new Match(i, weekday.get().end(), new Recurrence("XXXX-WXX-" + weekday.get().key())));
    }
    return lexicon.partsOfDay.longestAt(t, j).map(p -> new Match(i, p.end(), new Recurrence("XXXX-XX-XXT" + p.key())));
  }

  private Optional<PhraseTable.Hit> unit(Tokens t, int j) {
    return lexicon.units.longestAt(t, j).filter(u -> !u.key().startsWith("WEEKEND") && !u.key().startsWith("QUARTER"));
  }

  /** Whether an amount ("twice", "$1 billion", "hundreds of interviews") comes shortly before. */
  private boolean isRateAfterAmount(Tokens t, int i) {
    String before = t.lower(i - 1);
    if (before.equals("times") || before.equals("twice") || before.equals("once") || before.equals("thrice")) {
      return true;
    }
    if (i == 0 || NOT_A_RATE.contains(before) || !t.sameSentence(i - 1, i)) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 4) && t.sameSentence(k, i); k--) {
      if (isAmount(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** Digits other than a year, a number word above one, or "dozens of", "hundreds of". */
  private boolean isAmount(Tokens t, int k) {
    if (t.isNumber(k)) {
      return t.digits(k) != 4;
    }
    Optional<NumberReader.Amount> amount = numbers.read(t, k);
    return amount.isPresent() && (amount.get().value().isEmpty() ? t.lower(k).endsWith("s") : amount.get().value().getAsDouble() >= 2);
  }
}
