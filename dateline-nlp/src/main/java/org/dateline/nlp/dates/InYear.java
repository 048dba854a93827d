package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;

/** A yearly event in a year given relative to the publication year: "January last year". */
record InYear(YearlyCycle cycle, int yearShift) implements DatedForm {

  @Override
  public Optional<Point> point(Optional<LocalDate> anchor) {
    return anchor.flatMap(day -> cycle.in(day.getYear() + yearShift));
  }

  @Override
  public String unresolved() {
    return cycle.unresolved();
  }

  @Override
  public String describe() {
    return cycle.describe() + ", year " + (yearShift >= 0 ? "+" : "") + yearShift;
  }
}
