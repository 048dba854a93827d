package org.dateline.app.terminal;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as a reader expects them: 38,350 rather than 38350.0. */
public final class AnalysisNumbers {

  private AnalysisNumbers() {}

  public static String format(double value) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
    format.setGroupingUsed(true);
    format.setMaximumFractionDigits(3);
    return format.format(value);
  }
}
