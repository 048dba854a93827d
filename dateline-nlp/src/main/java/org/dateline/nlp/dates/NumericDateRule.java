package org.dateline.nlp.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates in digits: ISO {@code 2024-07-11}, American {@code 7/11/2024} (day first when the first
 * number cannot be a month: {@code 25/12/2024}), and European {@code 11.07.2024}.
 */
final class NumericDateRule implements Rule {

  @Override
  public Optional<Match> match(Tokens t, int i) {
    if (!t.isNumber(i) || !joined(t, i, 5) || (t.adjacent(i) && t.isNumber(i - 2))) {
      return Optional.empty();
    }
    String first = t.lower(i + 1);
    String second = t.lower(i + 3);
    if (!first.equals(second) || t.isNumber(i + 6) && t.adjacent(i + 5) && t.is(i + 5, first)) {
      return Optional.empty();
    }
    int a = t.number(i);
    int b = t.number(i + 2);
    int c = t.number(i + 4);
    Optional<LocalDate> date;
    if (first.equals("-") && t.digits(i) == 4 && t.digits(i + 2) == 2 && t.digits(i + 4) == 2) {
      date = date(a, b, c);
    } else if (first.equals("/") && t.digits(i + 4) == 4 && t.digits(i) <= 2 && t.digits(i + 2) <= 2) {
      date = a <= 12 ? date(c, a, b) : date(c, b, a);
    } else if (first.equals(".") && t.digits(i + 4) == 4 && t.digits(i) <= 2 && t.digits(i + 2) <= 2) {
      date = date(c, b, a);
    } else {
      date = Optional.empty();
    }
    return date.map(d -> new Match(i, i + 5, new FixedDate(new Point(d, Grain.DAY))));
  }

  /** Whether tokens {@code [i, i + n)} alternate number and mark with no space between. */
  private static boolean joined(Tokens t, int i, int n) {
    for (int k = i + 1; k < i + n; k++) {
      if (!t.adjacent(k) || t.isNumber(k) != ((k - i) % 2 == 0)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return year >= 1000 && year <= 2999 ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
