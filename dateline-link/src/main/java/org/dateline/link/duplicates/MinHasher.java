package org.dateline.link.duplicates;

import java.util.Arrays;
import java.util.List;
import org.dateline.link.text.ContentWords;

/**
 * MinHash signatures over word shingles: two texts' signatures agree in a share of positions
 * that estimates the Jaccard similarity of their shingle sets. Stateless and thread-safe.
 */
public final class MinHasher {

  private final int shingleWords;
  private final long[] seeds;

  /**
   * @param shingleWords words per shingle (5: a lightly edited copy keeps most 5-word runs,
   *     an independent report on the same event keeps almost none)
   * @param permutations signature length; the estimate's error shrinks as 1/sqrt of it
   */
  public MinHasher(int shingleWords, int permutations) {
    if (shingleWords < 1 || permutations < 1) {
      throw new IllegalArgumentException("shingleWords and permutations must be positive");
    }
    this.shingleWords = shingleWords;
    this.seeds = new long[permutations];
    long state = 0x5DEECE66DL;
    for (int i = 0; i < permutations; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
  }

  /** Words per shingle. */
  public int shingleWords() {
    return shingleWords;
  }

  /** Signature length. */
  public int permutations() {
    return seeds.length;
  }

  /**
   * The signature of {@code text}, or an empty array when it has fewer words than one shingle
   * (too short to call anything a copy of it).
   */
  public int[] signature(String text) {
    List<String> words = ContentWords.words(text);
    if (words.size() < shingleWords) {
      return new int[0];
    }
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = fnv(words.get(i));
    }
    int[] signature = new int[seeds.length];
    Arrays.fill(signature, Integer.MAX_VALUE);
    for (int start = 0; start + shingleWords <= wordHashes.length; start++) {
      long shingle = 0;
      for (int k = 0; k < shingleWords; k++) {
        shingle = mix(shingle * 31 + wordHashes[start + k]);
      }
      for (int p = 0; p < seeds.length; p++) {
        int value = (int) (mix(shingle ^ seeds[p]) >>> 33);
        if (value < signature[p]) {
          signature[p] = value;
        }
      }
    }
    return signature;
  }

  /** The share of positions where two signatures of this hasher agree: estimated Jaccard. */
  public static double similarity(int[] a, int[] b) {
    if (a.length == 0 || a.length != b.length) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private static long fnv(String word) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      hash = (hash ^ word.charAt(i)) * 0x100000001b3L;
    }
    return hash;
  }

  /** SplitMix64's finalizer: a cheap, well-mixed bijection on 64-bit values. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
