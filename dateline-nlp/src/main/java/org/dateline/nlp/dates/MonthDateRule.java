package org.dateline.nlp.dates;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Dates written with a month name: "May 10, 2021", "May 10", "10 May 2021", "the 10th of May",
 * "May 2021", "May of 2021", "January last year", "last October", "May". Without a year, the
 * year is chosen by "last" or "next", else by the tense of the sentence, else the nearest.
 */
final class MonthDateRule implements Rule {

  /** Capitalized words that may open a sentence before a bare month ("In May", "Since April"). */
  private static final Set<String> OPENERS = Set.of("in", "since", "by", "until", "during", "early", "late", "mid", "the", "from", "through", "before", "after", "for", "on", "of", "that", "last", "next", "this");

  private final Lexicon lexicon;
  private final NumberReader numbers;
  private final TenseCues cues;
  private final YearReader years;

  MonthDateRule(Lexicon lexicon, NumberReader numbers, TenseCues cues, YearReader years) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.cues = cues;
    this.years = years;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    return match(t, i, Optional.empty());
  }

  /** As {@link #match(Tokens, int)}, for a date the text also gives the weekday of. */
  Optional<Match> match(Tokens t, int i, Optional<DayOfWeek> weekday) {
    Optional<Match> dayFirst = dayFirst(t, i, weekday);
    if (dayFirst.isPresent()) {
      return dayFirst;
    }
    Optional<PhraseTable.Hit> shift = lexicon.relativePeriods.longestAt(t, i);
    if (shift.isPresent()) {
      Direction direction = Direction.ofShift(shift.get().key(), Direction.NEAREST);
      return monthFirst(t, shift.get().end(), weekday, Optional.of(direction))
          .filter(m -> m.form() instanceof CyclicDate)
          .map(m -> new Match(i, m.end(), m.form()));
    }
    return monthFirst(t, i, weekday, Optional.empty());
  }

  /** "May 10, 2021", "May 10", "May 2021", "May"; {@code direction} set after "last", "next", "this". */
  private Optional<Match> monthFirst(Tokens t, int i, Optional<DayOfWeek> weekday, Optional<Direction> direction) {
    Optional<MonthWord> month = month(t, i);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int m = month.get().number();
    int k = month.get().end();
    OptionalInt day = dayAt(t, k);
    if (day.isPresent()) {
      int end = k + (t.adjacent(k + 1) && NumberReader.isOrdinalSuffix(t.lower(k + 1)) ? 2 : 1);
      return withYear(t, i, end, skipRange(t, end), m, day.getAsInt(), weekday, direction);
    }
    OptionalInt year = yearAfter(t, k);
    if (year.isPresent()) {
      int end = t.is(k, ",") || t.is(k, "of") ? k + 2 : k + 1;
      return Optional.of(new Match(i, end, new FixedDate(new Point(LocalDate.of(year.getAsInt(), m, 1), Grain.MONTH))));
    }
    YearlyCycle cycle = new YearlyCycle.MonthOf(m);
    Optional<Match> relative = relativeYear(t, i, k, cycle);
    if (relative.isPresent()) {
      return relative;
    }
    if (month.get().abbreviated() || direction.isEmpty() && !standsAlone(t, i, k)) {
      return Optional.empty();
    }
    return Optional.of(new Match(i, k, new CyclicDate(cycle, direction.orElseGet(() -> TenseCues.direction(cues.around(t, i, k), Direction.NEAREST)))));
  }

  /** "10 May 2021", "the 10th of May". */
  private Optional<Match> dayFirst(Tokens t, int i, Optional<DayOfWeek> weekday) {
    int d = t.is(i, "the") ? i + 1 : i;
    OptionalInt day = dayAt(t, d);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    int k = d + (t.adjacent(d + 1) && NumberReader.isOrdinalSuffix(t.lower(d + 1)) ? 2 : 1);
    if (t.is(k, "of")) {
      k++;
    } else if (d != i) {
      return Optional.empty();
    }
    Optional<MonthWord> month = month(t, k);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    return withYear(t, i, month.get().end(), month.get().end(), month.get().number(), day.getAsInt(), weekday, Optional.empty());
  }

  private Optional<Match> withYear(Tokens t, int start, int end, int yearFrom, int month, int day, Optional<DayOfWeek> weekday, Optional<Direction> fixed) {
    OptionalInt year = yearAfter(t, yearFrom);
    if (year.isPresent()) {
      try {
        LocalDate date = LocalDate.of(year.getAsInt(), month, day);
        int stop = yearFrom == end ? (t.is(end, ",") || t.is(end, "of") ? end + 2 : end + 1) : end;
        return Optional.of(new Match(start, stop, new FixedDate(new Point(date, Grain.DAY))));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    YearlyCycle cycle = new YearlyCycle.MonthDay(month, day, weekday);
    Optional<Match> relative = relativeYear(t, start, end, cycle);
    if (relative.isPresent()) {
      return relative;
    }
    Direction direction = fixed.orElseGet(() -> weekday.isPresent() ? Direction.NEAREST : TenseCues.direction(cues.around(t, start, end), Direction.NEAREST));
    return Optional.of(new Match(start, end, new CyclicDate(cycle, direction)));
  }

  /** "January last year", "May of next year". */
  private Optional<Match> relativeYear(Tokens t, int start, int k, YearlyCycle cycle) {
    int j = t.is(k, "of") ? k + 1 : k;
    Optional<PhraseTable.Hit> shift = lexicon.relativePeriods.longestAt(t, j);
    if (shift.isEmpty() || !lexicon.units.longestAt(t, shift.get().end()).map(u -> u.key().equals("YEAR")).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(new Match(start, shift.get().end() + 1, new InYear(cycle, Direction.shift(shift.get().key()))));
  }

  /** A four-digit year at {@code k}, or after a comma or "of" there. */
  private OptionalInt yearAfter(Tokens t, int k) {
    if (t.is(k, ",") || t.is(k, "of")) {
      return years.plainYear(t, k + 1);
    }
    return years.plainYear(t, k);
  }

  /** Past the second day of a range ("May 5-6, 2021"), where a shared year would follow. */
  private int skipRange(Tokens t, int end) {
    boolean joiner = t.is(end, "-") || t.is(end, "and") || t.is(end, "to") || t.is(end, "through") || t.is(end, "&");
    return joiner && dayAt(t, end + 1).isPresent() ? end + 2 : end;
  }

  private OptionalInt dayAt(Tokens t, int k) {
    OptionalInt day = numbers.dayOfMonth(t, k);
    boolean clock = t.is(k + 1, ":") && t.adjacent(k + 1) && t.isNumber(k + 2) && t.adjacent(k + 2);
    boolean grouped = t.is(k + 1, ",") && t.adjacent(k + 1) && t.digits(k + 2) == 3 && t.adjacent(k + 2);
    boolean decimal = t.is(k + 1, ".") && t.adjacent(k + 1) && t.isNumber(k + 2) && t.adjacent(k + 2);
    boolean percent = t.is(k + 1, "%");
    boolean unit = lexicon.units.longestAt(t, k + 1).isPresent();
    return clock || grouped || decimal || percent || unit ? OptionalInt.empty() : day;
  }

  /**
   * A bare month may not be part of a name ("Theresa May", "April Ryan") nor a noun ("the annual
   * March for Life", "a March on Washington", the title "the `March of the Mothers'").
   */
  private static boolean standsAlone(Tokens t, int i, int end) {
    boolean nameBefore = i > 0 && t.isCapitalized(i - 1) && t.sameSentence(i - 1, i) && !(t.startsSentence(i - 1) && OPENERS.contains(t.lower(i - 1)));
    boolean nameAfter = t.isCapitalized(end) && t.sameSentence(i, end) && !t.startsSentence(i);
    int b = i - 1;
    while (b > 0 && t.sameSentence(b, i) && (t.is(b, "`") || t.is(b, "'") || t.is(b, "\""))) {
      b--;
    }
    String before = t.lower(b);
    String after = t.lower(end);
    boolean noun = (before.equals("the") || before.equals("a") || before.equals("annual"))
        && (after.equals("of") || after.equals("for") || after.equals("on") || after.equals("to") || after.equals("against"));
    return !nameBefore && !nameAfter && !noun;
  }

  /** A capitalized month name at {@code i}, with the period after an abbreviation. */
  private Optional<MonthWord> month(Tokens t, int i) {
    if (!t.isCapitalized(i)) {
      return Optional.empty();
    }
    return lexicon.months.longestAt(t, i).map(hit -> {
      boolean abbreviated = hit.key().endsWith("abbr");
      int end = abbreviated && t.is(hit.end(), ".") && t.adjacent(hit.end()) ? hit.end() + 1 : hit.end();
      return new MonthWord(Integer.parseInt(hit.key().split(" ")[0]), abbreviated, end);
    });
  }

  private record MonthWord(int number, boolean abbreviated, int end) {}
}
