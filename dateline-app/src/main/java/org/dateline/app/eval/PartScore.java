package org.dateline.app.eval;

import java.util.List;
import java.util.Locale;

/**
 * How one part of the store (dates, actors, quotes, figures) compares with the gold.
 *
 * @param part what was scored
 * @param gold how many gold items there are
 * @param system how many items Dateline reports where the gold has something to say
 * @param found gold items Dateline found (matched by span or text), whatever their value
 * @param correct gold items found with the right value (date value, actor, speaker, number)
 * @param systemCorrect items Dateline reports that the gold confirms; where a gold item may be
 *     reported more than once (events from several sentences) this differs from {@code correct}
 * @param misses one line per gold item not found or found wrong, for a reader
 */
public record PartScore(
    String part, int gold, int system, int found, int correct, int systemCorrect, List<String> misses) {

  public PartScore {
    misses = List.copyOf(misses);
  }

  /** A part where each reported item answers at most one gold item. */
  public PartScore(String part, int gold, int system, int found, int correct, List<String> misses) {
    this(part, gold, system, found, correct, correct, misses);
  }

  /** Correct items among those Dateline reports. */
  public double precision() {
    return system == 0 ? 0 : Math.min(1.0, (double) systemCorrect / system);
  }

  /** Correct items among the gold ones. */
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Found items among the gold ones, whatever their value. */
  public double foundRate() {
    return gold == 0 ? 0 : (double) found / gold;
  }

  /** One line: counts, precision, recall, F1. */
  public String describe() {
    return String.format(Locale.ROOT,
        "%-9s gold %4d  system %4d  found %4d (%5.1f%%)  correct %4d  P %.3f  R %.3f  F1 %.3f",
        part, gold, system, found, 100 * foundRate(), correct, precision(), recall(), f1());
  }
}
