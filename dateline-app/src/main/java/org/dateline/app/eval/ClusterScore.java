package org.dateline.app.eval;

import java.util.Locale;

/**
 * Precision and recall of one clustering measure (pairwise or B-cubed).
 *
 * @param measure the measure's name
 * @param precision from 0 to 1; 1 when the system claims nothing the measure can count
 * @param recall from 0 to 1; 1 when the gold has nothing the measure can count
 */
public record ClusterScore(String measure, double precision, double recall) {

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** One line: measure, precision, recall, F1. */
  public String describe() {
    return String.format(Locale.ROOT, "%-9s P %.3f  R %.3f  F1 %.3f", measure, precision, recall, f1());
  }
}
