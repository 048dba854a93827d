package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;

/** A period the text states in full: "May 10, 2021", "May 2021", "2014", "the 1990s", "summer 2020". */
record FixedDate(Point point) implements DatedForm {

  @Override
  public Optional<Point> point(Optional<LocalDate> anchor) {
    return Optional.of(point);
  }

  @Override
  public String unresolved() {
    return point.timex();
  }

  @Override
  public boolean needsAnchor() {
    return false;
  }

  @Override
  public String describe() {
    return "fixed " + point.timex();
  }
}
