package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.dateline.model.TimexType;

/**
 * A time of day on a day: "10:35 a.m. Friday". A time the text gives without its day takes the
 * day named nearest in its sentence, or else the publication day ({@code stated} false).
 */
record ClockTime(DatedForm day, LocalTime time, boolean stated) implements DatedForm {

  @Override
  public Optional<Point> point(Optional<LocalDate> anchor) {
    return day.point(anchor);
  }

  @Override
  public String value(Optional<LocalDate> anchor) {
    return day.value(anchor) + "T" + time;
  }

  @Override
  public String unresolved() {
    return day.unresolved() + "T" + time;
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
    return "clock " + time + " on " + day.describe();
  }

  /** The same time on another day. */
  ClockTime on(DatedForm other) {
    DatedForm day = other instanceof PartOfDay ? ((PartOfDay) other).day() : other instanceof ClockTime ? ((ClockTime) other).day() : other;
    return new ClockTime(day, time, false);
  }
}
