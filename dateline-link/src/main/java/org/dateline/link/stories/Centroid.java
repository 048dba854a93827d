package org.dateline.link.stories;

import static org.dateline.link.stories.SnapshotValues.readWeights;
import static org.dateline.link.stories.SnapshotValues.writeWeights;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
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

  /** Takes back a vector {@link #add added} earlier. */
  void remove(SparseVector vector) {
    double dot = dot(vector);
    double own = 0;
    for (Map.Entry<String, Double> e : vector.weights().entrySet()) {
      sum.computeIfPresent(e.getKey(), (k, w) -> Math.abs(w - e.getValue()) < 1e-12 ? null : w - e.getValue());
      own += e.getValue() * e.getValue();
    }
    squaredLength = Math.max(0, squaredLength - 2 * dot + own);
  }

  /**
   * Cosine of a unit vector that was {@link #add added} to this centroid with the centroid
   * without it: how well a member fits the rest of its story. 0 when nothing else is left.
   */
  double cosineWithout(SparseVector unit) {
    if (unit.isEmpty()) {
      return cosine(unit);
    }
    double dot = dot(unit);
    double rest = squaredLength - 2 * dot + 1;
    return rest <= 1e-9 ? 0 : (dot - 1) / Math.sqrt(rest);
  }

  /** Cosine of a unit vector with this centroid; 0 when either is empty. */
  double cosine(SparseVector unit) {
    if (squaredLength <= 0 || unit.isEmpty()) {
      return 0;
    }
    return dot(unit) / Math.sqrt(squaredLength);
  }

  double squaredLength() {
    return squaredLength;
  }

  double dot(SparseVector vector) {
    double dot = 0;
    for (Map.Entry<String, Double> e : vector.weights().entrySet()) {
      Double w = sum.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
      }
    }
    return dot;
  }

  /** Writes the sums and the kept length as they are, so a restored centroid scores to the bit. */
  void writeTo(DataOutput out) throws IOException {
    out.writeDouble(squaredLength);
    writeWeights(out, sum);
  }

  static Centroid readFrom(DataInput in) throws IOException {
    Centroid centroid = new Centroid();
    centroid.squaredLength = in.readDouble();
    readWeights(in, centroid.sum);
    return centroid;
  }
}
