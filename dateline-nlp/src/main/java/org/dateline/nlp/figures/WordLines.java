package org.dateline.nlp.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the word-list format: one entry a line, its words lower-cased and split on spaces;
 * {@code #} starts a comment; blank lines are skipped.
 */
final class WordLines {

  private WordLines() {}

  /** The entries of a resource next to this class; fails if it is missing. */
  static List<List<String>> resource(String name) {
    InputStream in = WordLines.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing word list resource " + name);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }

  /** The entries of {@code path}, or none when it does not exist. */
  static List<List<String>> file(Path path) {
    if (!Files.isRegularFile(path)) {
      return List.of();
    }
    try {
      return parse(Files.readAllLines(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
  }

  private static List<List<String>> parse(List<String> lines) {
    List<List<String>> entries = new ArrayList<>();
    for (String line : lines) {
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).trim().toLowerCase(Locale.ROOT);
      if (!content.isEmpty()) {
        entries.add(List.of(content.split("\\s+")));
      }
    }
    return entries;
  }
}
