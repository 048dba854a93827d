package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.model.TimexType;

/** A recurrence: "daily" is P1D, "every other week" P2W, "every Monday" XXXX-WXX-1. */
record Recurrence(String value) implements TemporalForm {

  @Override
  public TimexType type() {
    return TimexType.SET;
  }

  @Override
  public String value(Optional<LocalDate> anchor) {
    return value;
  }

  @Override
  public boolean needsAnchor() {
    return false;
  }

  @Override
  public String describe() {
    return "set " + value;
  }
}
