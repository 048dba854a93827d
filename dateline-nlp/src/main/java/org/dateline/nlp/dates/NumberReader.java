package org.dateline.nlp.dates;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads amounts written in digits ("24", "1,500", "2.5", "5 1/2") or words ("three",
 * "twenty-four", "a couple of", "one and a half", "several"), and ordinals ("21st", "third").
 */
final class NumberReader {

  /**
   * An amount and the token just past it.
   *
   * @param value the amount, or empty for a vague one ("several", "a few")
   * @param end the token after the amount
   */
  record Amount(OptionalDouble value, int end) {}

  private final PhraseTable words;
  private final PhraseTable ordinals;

  NumberReader(Lexicon lexicon) {
    this.words = lexicon.numbers;
    this.ordinals = lexicon.ordinals;
  }

  /** The amount that starts at token {@code i}. */
  Optional<Amount> read(Tokens t, int i) {
    Optional<Amount> amount = t.isNumber(i) ? digits(t, i) : words(t, i);
    return amount.map(a -> andAHalf(t, a));
  }

  /** The ordinal that starts at token {@code i}: "21st", "third". */
  Optional<Amount> ordinal(Tokens t, int i) {
    if (t.isNumber(i) && t.digits(i) <= 2 && t.adjacent(i + 1) && isOrdinalSuffix(t.lower(i + 1))) {
      return Optional.of(new Amount(OptionalDouble.of(t.number(i)), i + 2));
    }
    return ordinals.longestAt(t, i).map(hit -> new Amount(OptionalDouble.of(Integer.parseInt(hit.key())), hit.end()));
  }

  /** The day of the month, 1 to 31, written in digits at token {@code i}. */
  OptionalInt dayOfMonth(Tokens t, int i) {
    if (!t.isNumber(i) || t.digits(i) > 2 || t.number(i) < 1 || t.number(i) > 31) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(t.number(i));
  }

  static boolean isOrdinalSuffix(String s) {
    return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
  }

  private static Optional<Amount> digits(Tokens t, int i) {
    if (t.digits(i) > 9) {
      return Optional.empty();
    }
    double value = t.number(i);
    int j = i + 1;
    while (t.is(j, ",") && t.adjacent(j) && t.digits(j + 1) == 3 && t.adjacent(j + 1) && value < 1e6) {
      value = value * 1000 + t.number(j + 1);
      j += 2;
    }
    if (t.is(j, ".") && t.adjacent(j) && t.isNumber(j + 1) && t.adjacent(j + 1) && t.digits(j + 1) <= 3) {
      value += t.number(j + 1) / Math.pow(10, t.digits(j + 1));
      j += 2;
    }
    OptionalDouble fraction = fraction(t, j);
    if (fraction.isPresent() && !t.adjacent(j)) {
      return Optional.of(new Amount(OptionalDouble.of(value + fraction.getAsDouble()), j + 3));
    }
    if (j == i + 1 && fraction(t, i).isPresent()) {
      return Optional.of(new Amount(fraction(t, i), i + 3));
    }
    return Optional.of(new Amount(OptionalDouble.of(value), j));
  }

  /** A simple fraction "1/2", "3/4" at token {@code i}. */
  private static OptionalDouble fraction(Tokens t, int i) {
    int top = t.number(i);
    if (t.digits(i) == 1 && t.is(i + 1, "/") && t.adjacent(i + 1) && t.digits(i + 2) == 1 && t.adjacent(i + 2)) {
      int bottom = t.number(i + 2);
      if (bottom >= 2 && bottom <= 4 && top < bottom) {
        return OptionalDouble.of((double) top / bottom);
      }
    }
    return OptionalDouble.empty();
  }

  private Optional<Amount> words(Tokens t, int i) {
    Optional<PhraseTable.Hit> first = words.longestAt(t, i);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    if (first.get().key().equals("X")) {
      return Optional.of(new Amount(OptionalDouble.empty(), first.get().end()));
    }
    double value = Double.parseDouble(first.get().key());
    int j = first.get().end();
    if (value >= 20 && value < 100 && value % 10 == 0) {
      int k = t.is(j, "-") && t.adjacent(j) ? j + 1 : j;
      Optional<Double> unit = plain(t, k).filter(v -> v >= 1 && v <= 9);
      if (unit.isPresent()) {
        value += unit.get();
        j = k + 1;
      }
    }
    Optional<Double> scale = plain(t, j).filter(v -> v == 100 || v == 1000);
    if (scale.isPresent() && value < 100) {
      value *= scale.get();
      j++;
    }
    return Optional.of(new Amount(OptionalDouble.of(value), j));
  }

  /** The value of a one-word number at {@code i}. */
  private Optional<Double> plain(Tokens t, int i) {
    return words.longestAt(t, i).filter(hit -> hit.end() == i + 1 && !hit.key().equals("X")).map(hit -> Double.parseDouble(hit.key()));
  }

  private static Amount andAHalf(Tokens t, Amount amount) {
    int j = amount.end();
    if (amount.value().isPresent() && t.is(j, "and") && (t.is(j + 1, "a") || t.is(j + 1, "one")) && t.is(j + 2, "half")) {
      return new Amount(OptionalDouble.of(amount.value().getAsDouble() + 0.5), j + 3);
    }
    return amount;
  }
}
