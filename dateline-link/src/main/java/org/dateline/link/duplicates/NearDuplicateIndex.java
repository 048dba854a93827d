package org.dateline.link.duplicates;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds syndicated and lightly edited copies as articles arrive: MinHash signatures split into
 * LSH bands, each band hashed to a bucket that remembers the first original that fell in it.
 * A new text is compared only with the originals sharing one of its buckets, so the cost per
 * article does not grow with the number of articles seen. Not thread-safe.
 */
public final class NearDuplicateIndex {

  private final MinHasher hasher;
  private final int bands;
  private final int rows;
  private final double minSimilarity;
  private BucketTable buckets = new BucketTable();
  private final List<String> originalIds = new ArrayList<>();
  private final List<int[]> originalSignatures = new ArrayList<>();
  private long comparisons;

  /**
   * @param hasher makes the signatures; its length must be {@code bands * rows}
   * @param bands LSH bands: more bands find copies at lower similarity
   * @param minSimilarity estimated Jaccard similarity of shingles from which a text is a copy
   */
  public NearDuplicateIndex(MinHasher hasher, int bands, double minSimilarity) {
    if (bands < 1 || hasher.permutations() % bands != 0) {
      throw new IllegalArgumentException(
          "bands must divide the signature length " + hasher.permutations() + ": " + bands);
    }
    this.hasher = hasher;
    this.bands = bands;
    this.rows = hasher.permutations() / bands;
    this.minSimilarity = minSimilarity;
  }

  /** 128 permutations of word 5-grams in 32 bands; copies from an estimated Jaccard of 0.5. */
  public static NearDuplicateIndex standard() {
    return new NearDuplicateIndex(new MinHasher(5, 128), 32, 0.5);
  }

  /**
   * Adds an article's text. Returns the earliest-seen original it copies, if it is a copy;
   * otherwise it becomes an original later copies are linked to.
   */
  public Optional<String> add(String articleId, String text) {
    int[] signature = hasher.signature(text);
    if (signature.length == 0) {
      return Optional.empty();
    }
    long[] keys = bandKeys(signature);
    Optional<String> original = bestOriginal(signature, keys);
    if (original.isEmpty()) {
      int number = originalIds.size();
      originalIds.add(articleId);
      originalSignatures.add(signature);
      for (long key : keys) {
        buckets.putIfAbsent(key, number);
      }
    }
    return original;
  }

  /** Signatures compared so far: grows with articles times bucket neighbours, not articles squared. */
  public long comparisons() {
    return comparisons;
  }

  /**
   * Writes the index's parameters and everything it has seen, so that {@link #readFrom} gives an
   * index that answers every later {@link #add} as this one would. Article ids are written with
   * {@link DataOutput#writeUTF}: an id is a key, far below its 64 KB limit.
   */
  public void writeTo(DataOutput out) throws IOException {
    out.writeInt(hasher.shingleWords());
    out.writeInt(hasher.permutations());
    out.writeInt(bands);
    out.writeDouble(minSimilarity);
    out.writeLong(comparisons);
    out.writeInt(originalIds.size());
    for (int i = 0; i < originalIds.size(); i++) {
      out.writeUTF(originalIds.get(i));
      for (int value : originalSignatures.get(i)) {
        out.writeInt(value);
      }
    }
    buckets.writeTo(out);
  }

  /**
   * An index written by {@link #writeTo}, with the parameters it was written with.
   *
   * @throws IOException if the input ends early or does not hold an index
   */
  public static NearDuplicateIndex readFrom(DataInput in) throws IOException {
    int shingleWords = in.readInt();
    int permutations = in.readInt();
    int bands = in.readInt();
    double minSimilarity = in.readDouble();
    if (shingleWords < 1 || permutations < 1 || permutations > 1 << 16 || bands < 1 || permutations % bands != 0) {
      throw new IOException("damaged snapshot: near-duplicate parameters " + shingleWords + ", " + permutations
          + ", " + bands);
    }
    NearDuplicateIndex index = new NearDuplicateIndex(new MinHasher(shingleWords, permutations), bands, minSimilarity);
    index.comparisons = in.readLong();
    int originals = in.readInt();
    if (originals < 0) {
      throw new IOException("damaged snapshot: " + originals + " originals");
    }
    for (int i = 0; i < originals; i++) {
      index.originalIds.add(in.readUTF());
      int[] signature = new int[permutations];
      for (int p = 0; p < permutations; p++) {
        signature[p] = in.readInt();
      }
      index.originalSignatures.add(signature);
    }
    index.buckets = BucketTable.readFrom(in, originals);
    return index;
  }

  /** The parameters: two indexes with the same description treat the same texts alike. */
  @Override
  public String toString() {
    return "NearDuplicateIndex[shingleWords=" + hasher.shingleWords() + ", permutations=" + hasher.permutations()
        + ", bands=" + bands + ", minSimilarity=" + minSimilarity + "]";
  }

  private Optional<String> bestOriginal(int[] signature, long[] keys) {
    Set<Integer> candidates = new LinkedHashSet<>();
    for (long key : keys) {
      int found = buckets.get(key);
      if (found >= 0) {
        candidates.add(found);
      }
    }
    int best = -1;
    double bestSimilarity = 0;
    for (int candidate : candidates) {
      comparisons++;
      double similarity = MinHasher.similarity(signature, originalSignatures.get(candidate));
      if (similarity < minSimilarity) {
        continue;
      }
      if (best < 0 || similarity > bestSimilarity || (similarity == bestSimilarity && candidate < best)) {
        best = candidate;
        bestSimilarity = similarity;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(originalIds.get(best));
  }

  private long[] bandKeys(int[] signature) {
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long key = band;
      for (int row = 0; row < rows; row++) {
        key = MinHasher.mix(key * 31 + signature[band * rows + row]);
      }
      keys[band] = key;
    }
    return keys;
  }
}
