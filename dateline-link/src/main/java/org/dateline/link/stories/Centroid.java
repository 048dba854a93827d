package org.dateline.link.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * The sum of a story's document vectors, with its length kept current, so the cosine of a new
 * document with the story costs one look-up per word of the document.
 */
final class Centroid {

  private final Map<String, Double> sum = new HashMap<>();
  private double squaredLength;

  void add(SparseVector vector) {
    double dot = dot(vector);
    double own = 0;
    for (Map.Entry<String, Double> e : vector.weights().entrySet()) {
      sum.merge(e.getKey(), e.getValue(), Double::sum);
      own += e.getValue() * e.getValue();
    }
    squaredLength += 2 * dot + own;
  }

  /** Cosine of a unit vector with this centroid; 0 when either is empty. */
  double cosine(SparseVector unit) {
    if (squaredLength <= 0 || unit.isEmpty()) {
      return 0;
    }
    return dot(unit) / Math.sqrt(squaredLength);
  }

  private double dot(SparseVector vector) {
    double dot = 0;
    for (Map.Entry<String, Double> e : vector.weights().entrySet()) {
      Double w = sum.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
      }
    }
    return dot;
  }
}
