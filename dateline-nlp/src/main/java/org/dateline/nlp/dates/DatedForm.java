package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.model.TimexType;

/** A form that names a calendar period, possibly with a time of day. */
sealed interface DatedForm extends TemporalForm permits FixedDate, CyclicDate, InYear, ShiftedDate, PartOfDay, ClockTime, Anaphor, WeekOf {

  /** The period, or empty when it needs an anchor that is missing. */
  Optional<Point> point(Optional<LocalDate> anchor);

  /** The X-filled value used when {@link #point} is empty. */
  String unresolved();

  @Override
  default TimexType type() {
    return TimexType.DATE;
  }

  @Override
  default String value(Optional<LocalDate> anchor) {
    return point(anchor).map(Point::timex).orElseGet(this::unresolved);
  }

  @Override
  default boolean needsAnchor() {
    return true;
  }
}
