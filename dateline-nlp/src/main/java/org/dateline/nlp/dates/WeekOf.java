package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;

/** The week that holds a day: "the week of March 6", "Easter week". */
record WeekOf(DatedForm day) implements DatedForm {

  @Override
  public Optional<Point> point(Optional<LocalDate> anchor) {
    return day.point(anchor).map(p -> new Point(p.start(), Grain.WEEK));
  }

  @Override
  public String unresolved() {
    return Grain.WEEK.unknown();
  }

  @Override
  public boolean needsAnchor() {
    return day.needsAnchor();
  }

  @Override
  public String describe() {
    return "week of " + day.describe();
  }
}
