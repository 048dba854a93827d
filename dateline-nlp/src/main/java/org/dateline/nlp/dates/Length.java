package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.model.TimexType;

/** A length of time: "three days" is P3D, "several months" PXM. */
record Length(String value) implements TemporalForm {

  @Override
  public TimexType type() {
    return TimexType.DURATION;
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
    return "duration " + value;
  }
}
