package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.model.TimexType;

/** The present, past or future at large: "now" is PRESENT_REF, "recently" PAST_REF. */
record Reference(String value) implements TemporalForm {

  @Override
  public TimexType type() {
    return TimexType.DATE;
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
    return "reference " + value;
  }
}
