package org.dateline.nlp.dates;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A unit of time as the word lists name it ({@code units.txt}), with what it means for TIMEX3
 * durations and for shifting a date.
 */
enum Unit {
  SECOND("S", true, 1, ChronoUnit.SECONDS, 1, Grain.DAY),
  MINUTE("M", true, 1, ChronoUnit.MINUTES, 1, Grain.DAY),
  HOUR("H", true, 1, ChronoUnit.HOURS, 1, Grain.DAY),
  DAY("D", false, 1, ChronoUnit.DAYS, 1, Grain.DAY),
  WEEKEND("WE", false, 1, ChronoUnit.WEEKS, 1, Grain.WEEKEND),
  WEEK("W", false, 1, ChronoUnit.WEEKS, 1, Grain.WEEK),
  MONTH("M", false, 1, ChronoUnit.MONTHS, 1, Grain.MONTH),
  QUARTER("Q", false, 1, ChronoUnit.MONTHS, 3, Grain.QUARTER),
  YEAR("Y", false, 1, ChronoUnit.YEARS, 1, Grain.YEAR),
  DECADE("Y", false, 10, ChronoUnit.YEARS, 10, Grain.DECADE),
  CENTURY("Y", false, 100, ChronoUnit.YEARS, 100, Grain.CENTURY);

  private final String letter;
  private final boolean clock;
  private final int factor;
  private final ChronoUnit step;
  private final int steps;
  private final Grain grain;

  /**
   * @param letter the TIMEX3 duration letter
   * @param clock whether durations in it take the T of clock units (PT3H)
   * @param factor how many letters one unit makes (a decade is 10 Y)
   * @param step the calendar step a date moves by
   * @param steps how many steps one unit spans
   * @param grain the period a date shifted by this unit is reported at
   */
  Unit(String letter, boolean clock, int factor, ChronoUnit step, int steps, Grain grain) {
    this.letter = letter;
    this.clock = clock;
    this.factor = factor;
    this.step = step;
    this.steps = steps;
    this.grain = grain;
  }

  String singularKey() {
    return name();
  }

  String pluralKey() {
    return this == CENTURY ? "CENTURIES" : name() + "S";
  }

  /** The unit a {@code units.txt} key names. */
  static Optional<Unit> ofKey(String key) {
    for (Unit unit : values()) {
      if (unit.singularKey().equals(key) || unit.pluralKey().equals(key)) {
        return Optional.of(unit);
      }
    }
    return Optional.empty();
  }

  static boolean isPluralKey(String key) {
    return key.endsWith("S");
  }

  /** The calendar period a date shifted by this unit is reported at ("two weeks ago" is a week). */
  Grain grain() {
    return grain;
  }

  /** The step a date moves by: decades move by years. */
  ChronoUnit step() {
    return step;
  }

  /** How many {@link #step()}s one unit spans: ten for a decade, three for a quarter. */
  long stepsPerUnit() {
    return steps;
  }

  /**
   * The TIMEX3 duration of {@code amount} units: P3D, PT24H, P10Y for a decade, PT5H30M for five
   * and a half hours; PXD for a vague amount ("several days"). Decades and centuries count in
   * years whatever the amount, so values compare: "decades" is PXY, like "a decade" (P10Y) and
   * "four decades" (P40Y).
   */
  String duration(OptionalDouble amount) {
    String prefix = clock ? "PT" : "P";
    if (amount.isEmpty()) {
      return prefix + "X" + letter;
    }
    double n = amount.getAsDouble() * factor;
    if (this == WEEK && !whole(n) && whole(n * 7)) {
      return "P" + format(n * 7) + "D";
    }
    if (whole(n)) {
      return prefix + format(n) + letter;
    }
    Optional<Unit> finer = finer();
    double rest = n - Math.floor(n);
    if (finer.isPresent() && whole(rest * finer.get().ratioBelow(this))) {
      Unit small = finer.get();
      String head = Math.floor(n) == 0 ? "" : format(Math.floor(n)) + letter;
      String join = small.clock && !clock ? "T" : "";
      return (head.isEmpty() ? (small.clock ? "PT" : "P") : prefix + head + join) + format(rest * small.ratioBelow(this)) + small.letter;
    }
    return prefix + format(n) + letter;
  }

  private Optional<Unit> finer() {
    switch (this) {
      case YEAR:
      case DECADE:
      case CENTURY:
        return Optional.of(MONTH);
      case DAY:
        return Optional.of(HOUR);
      case HOUR:
        return Optional.of(MINUTE);
      case MINUTE:
        return Optional.of(SECOND);
      default:
        return Optional.empty();
    }
  }

  /** How many of this unit make one of {@code bigger} (for the pairs {@link #finer()} returns). */
  private int ratioBelow(Unit bigger) {
    return this == MONTH ? 12 : this == HOUR ? 24 : 60;
  }

  private static boolean whole(double x) {
    return Math.abs(x - Math.rint(x)) < 1e-9;
  }

  private static String format(double x) {
    return whole(x) ? Long.toString(Math.round(x)) : BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }
}
