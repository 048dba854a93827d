package org.dateline.nlp.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A word list read from a data file of lines {@code key = phrase | phrase | ...}: finds the
 * longest listed phrase that starts at a token and tells its key. Phrases are compared token by
 * token in lower case, so {@code a.m.} matches "a.m." and "A. M." alike.
 */
final class PhraseTable {

  /** A phrase found in the text: its key and the token just past it. */
  record Hit(String key, int end) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    @Nullable String key;
  }

  private final Node root = new Node();

  private PhraseTable() {}

  /**
   * Reads the lines of one file.
   *
   * @param name the file's name, for error messages
   * @param lines its lines
   * @param validKey which keys the file may use
   * @throws IllegalArgumentException naming the file and line of a malformed entry, a key that
   *     {@code validKey} refuses, or a phrase listed under two keys
   */
  static PhraseTable parse(String name, List<String> lines, Predicate<String> validKey) {
    PhraseTable table = new PhraseTable();
    Tokenizer tokenizer = Tokenizer.plain();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int hash = line.indexOf('#');
      String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (entry.isEmpty()) {
        continue;
      }
      String where = name + ":" + (n + 1);
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(where + ": expected 'key = phrase | phrase', got '" + entry + "'");
      }
      String key = entry.substring(0, equals).strip().replaceAll("\\s+", " ");
      if (!validKey.test(key)) {
        throw new IllegalArgumentException(where + ": key '" + key + "' is not valid here");
      }
      for (String phrase : entry.substring(equals + 1).split("\\|")) {
        table.add(where, key, tokenizer.tokenize(phrase.strip()));
      }
    }
    return table;
  }

  private void add(String where, String key, Tokens phrase) {
    if (phrase.size() == 0) {
      throw new IllegalArgumentException(where + ": empty phrase");
    }
    Node node = root;
    for (int i = 0; i < phrase.size(); i++) {
      node = node.next.computeIfAbsent(phrase.lower(i), w -> new Node());
    }
    if (node.key != null && !node.key.equals(key)) {
      throw new IllegalArgumentException(where + ": phrase '" + phrase.text() + "' is already listed under '" + node.key + "'");
    }
    node.key = key;
  }

  /** The longest phrase that starts at token {@code i}. */
  Optional<Hit> longestAt(Tokens tokens, int i) {
    Node node = root;
    @Nullable Hit best = null;
    for (int j = i; j < tokens.size(); j++) {
      node = node.next.get(tokens.lower(j));
      if (node == null) {
        break;
      }
      if (node.key != null) {
        best = new Hit(node.key, j + 1);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The key of the longest phrase at {@code i}, if it is one of {@code keys}. */
  Optional<Hit> longestAt(Tokens tokens, int i, Set<String> keys) {
    return longestAt(tokens, i).filter(hit -> keys.contains(hit.key()));
  }

  /** A phrase that ends exactly before token {@code end}, trying the longest first. */
  Optional<Hit> endingAt(Tokens tokens, int end, int maxLength) {
    for (int length = Math.min(maxLength, end); length >= 1; length--) {
      Optional<Hit> hit = longestAt(tokens, end - length).filter(h -> h.end() == end);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /** Whether the one-token phrase {@code lower} is listed. */
  boolean containsWord(String lower) {
    Node node = root.next.get(lower);
    return node != null && node.key != null;
  }

  /** The words phrases start with. */
  Set<String> firstWords() {
    return Set.copyOf(root.next.keySet());
  }

  /** Every key the table uses, sorted. */
  Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    List<Node> open = new ArrayList<>(List.of(root));
    while (!open.isEmpty()) {
      Node node = open.remove(open.size() - 1);
      if (node.key != null) {
        keys.add(node.key);
      }
      open.addAll(node.next.values());
    }
    return keys;
  }
}
