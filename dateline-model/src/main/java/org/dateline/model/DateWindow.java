package org.dateline.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an undated article was most likely published, inferred from evidence.
 *
 * @param earliest the first day it can have been published
 * @param latest the last day it can have been published
 * @param confidence how much the evidence supports the window, from 0 to 1
 * @param why the evidence, for a reader ("mentions 'president-elect Masoud Pezeshkian'")
 */
public record DateWindow(LocalDate earliest, LocalDate latest, double confidence, String why) {

  public DateWindow {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(why, "why");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("window ends before it starts: " + earliest + ".." + latest);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
    }
  }

  /** Whether {@code day} falls inside the window. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(earliest) && !day.isAfter(latest);
  }
}
