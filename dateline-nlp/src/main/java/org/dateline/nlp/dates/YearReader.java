package org.dateline.nlp.dates;

import java.util.OptionalInt;

/**
 * Reads four-digit years. Next to a month any four digits from 1000 to 2999 are a year; standing
 * alone, a number must fall within 1200-2099, must not be part of a bigger number ("1,998",
 * "1998.5", "10:35") and must not sit next to a word of {@code year-guards.txt} ("1998 people",
 * "Flight 1998").
 */
final class YearReader {

  private final PhraseTable guards;

  YearReader(Lexicon lexicon) {
    this.guards = lexicon.yearGuards;
  }

  /** A year written next to a month or a season, at token {@code k}. */
  OptionalInt plainYear(Tokens t, int k) {
    if (t.digits(k) != 4 || partOfBiggerNumber(t, k)) {
      return OptionalInt.empty();
    }
    int year = t.number(k);
    return year >= 1000 && year <= 2999 ? OptionalInt.of(year) : OptionalInt.empty();
  }

  /** A year standing alone at token {@code k}: "in 1979", "the 2014 war". */
  OptionalInt year(Tokens t, int k) {
    OptionalInt year = plainYear(t, k);
    if (year.isEmpty() || year.getAsInt() < 1200 || year.getAsInt() > 2099) {
      return OptionalInt.empty();
    }
    boolean wordAfter = t.isWord(k + 1) && t.adjacent(k + 1);
    boolean guardAfter = guards.longestAt(t, k + 1).map(h -> h.key().equals("AFTER")).orElse(false);
    boolean guardBefore = guards.endingAt(t, k, 2).map(h -> h.key().equals("BEFORE")).orElse(false);
    return wordAfter || guardAfter || guardBefore ? OptionalInt.empty() : year;
  }

  private static boolean partOfBiggerNumber(Tokens t, int k) {
    boolean before = t.adjacent(k) && (t.is(k - 1, ",") || t.is(k - 1, ".") || t.is(k - 1, ":") || t.is(k - 1, "/")) && t.isNumber(k - 2);
    boolean after = t.adjacent(k + 1) && (t.is(k + 1, ",") || t.is(k + 1, ".") || t.is(k + 1, ":") || t.is(k + 1, "/")) && t.isNumber(k + 2) && t.adjacent(k + 2);
    boolean money = t.adjacent(k) && (t.is(k - 1, "$") || t.is(k - 1, "#"));
    return before || after || money;
  }
}
