package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The publication date moved by a number of steps and seen as a period: "yesterday" is
 * {@code -1 DAYS} at day grain, "last year" {@code -1 YEARS} at year grain, "two weeks ago"
 * {@code -2 WEEKS} at week grain, "this century" {@code 0 YEARS} at century grain.
 */
record ShiftedDate(ChronoUnit step, long amount, Grain grain) implements DatedForm {

  @Override
  public Optional<Point> point(Optional<LocalDate> anchor) {
    return anchor.map(day -> new Point(day.plus(amount, step), grain));
  }

  @Override
  public String unresolved() {
    return grain.unknown();
  }

  @Override
  public String describe() {
    return "shift " + (amount >= 0 ? "+" : "") + amount + " " + step + " as " + grain;
  }
}
