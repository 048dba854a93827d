package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.model.TimexType;

/** A part of a day: "Saturday night" is Saturday with code NI, "this morning" today with MO. */
record PartOfDay(DatedForm day, String code) implements DatedForm {

  @Override
  public Optional<Point> point(Optional<LocalDate> anchor) {
    return day.point(anchor);
  }

  @Override
  public String value(Optional<LocalDate> anchor) {
    return day.value(anchor) + "T" + code;
  }

  @Override
  public String unresolved() {
    return day.unresolved() + "T" + code;
  }

  @Override
  public TimexType type() {
    return TimexType.TIME;
  }

  @Override
  public boolean needsAnchor() {
    return day.needsAnchor();
  }

  @Override
  public String describe() {
    return day.describe() + ", part " + code;
  }
}
