package org.dateline.link.stories;

import static org.dateline.link.stories.SnapshotValues.readWeights;
import static org.dateline.link.stories.SnapshotValues.writeWeights;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit-length TF-IDF vector of one document: {@code (1 + ln tf) * idf}, L2-normalized. An
 * empty document gives the empty vector.
 */
final class SparseVector {

  static final SparseVector EMPTY = new SparseVector(Map.of());

  private final Map<String, Double> weights;

  private SparseVector(Map<String, Double> weights) {
    this.weights = weights;
  }

  /** The vector of {@code counts} weighed by the frequencies as they stand now. */
  static SparseVector of(Map<String, Integer> counts, DocumentFrequencies frequencies) {
    Map<String, Double> weights = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * frequencies.idf(e.getKey());
      weights.put(e.getKey(), w);
      norm += w * w;
    }
    if (norm == 0) {
      return EMPTY;
    }
    double length = Math.sqrt(norm);
    weights.replaceAll((key, w) -> w / length);
    return new SparseVector(weights);
  }

  Map<String, Double> weights() {
    return weights;
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  /** The {@code k} heaviest keys with their weights, in no particular order. */
  Map<String, Double> top(int k) {
    Map<String, Double> top = new HashMap<>();
    topKeys(k).forEach(key -> top.put(key, weights.get(key)));
    return top;
  }

  /** The {@code k} heaviest keys, heaviest first (ties by key, for reproducible runs). */
  List<String> topKeys(int k) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    return entries.stream().limit(k).map(Map.Entry::getKey).toList();
  }

  /**
   * Writes the weights in their iteration order. {@link #readFrom} puts them back in that order
   * into a map grown the same way, so the restored map iterates alike and every dot product
   * sums in the same order, to the same bits.
   */
  void writeTo(DataOutput out) throws IOException {
    writeWeights(out, weights);
  }

  static SparseVector readFrom(DataInput in) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    readWeights(in, weights);
    return weights.isEmpty() ? EMPTY : new SparseVector(weights);
  }
}
