package org.dateline.nlp.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the word-list format: one entry a line, lower-cased words followed by optional tags from
 * a known set, {@code #} to the end of a line is a comment, blank lines are skipped.
 */
final class WordListReader {

  /** One line: the words of the entry and its tags. */
  record Entry(List<String> words, Set<String> tags) {}

  private final Set<String> knownTags;

  WordListReader(Set<String> knownTags) {
    this.knownTags = Set.copyOf(knownTags);
  }

  /** The entries of a resource next to this class; fails if it is missing. */
  List<Entry> readResource(String name) {
    InputStream in = WordListReader.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing word list resource " + name);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList(), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }

  /** The entries of {@code file}, or none when it does not exist. */
  List<Entry> readFileIfPresent(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + file, e);
    }
  }

  private List<Entry> parse(List<String> lines, String source) {
    List<Entry> entries = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).trim().toLowerCase(Locale.ROOT);
      if (content.isEmpty()) {
        continue;
      }
      List<String> parts = new ArrayList<>(Arrays.asList(content.split("\\s+")));
      Set<String> tags = new HashSet<>();
      while (parts.size() > 1 && knownTags.contains(parts.get(parts.size() - 1))) {
        tags.add(parts.remove(parts.size() - 1));
      }
      if (knownTags.contains(parts.get(0)) && parts.size() == 1 && !tags.isEmpty()) {
        throw new IllegalArgumentException(source + " line " + (n + 1) + ": an entry needs words before its tags");
      }
      entries.add(new Entry(List.copyOf(parts), Set.copyOf(tags)));
    }
    return entries;
  }
}
