package org.dateline.nlp.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reads the word lists bundled next to this package: one entry a line, '#' starts a comment line. */
final class DataFiles {

  private DataFiles() {}

  /** The entries of bundled list {@code name}, stripped, in file order. */
  static List<String> lines(String name) {
    InputStream in = DataFiles.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled list " + name + " is missing from the jar");
    }
    List<String> entries = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled list " + name, e);
    }
    return List.copyOf(entries);
  }

  /** The entries of bundled list {@code name}, lowercased, for case-insensitive membership tests. */
  static Set<String> lowercaseSet(String name) {
    Set<String> set = new TreeSet<>();
    for (String line : lines(name)) {
      set.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(set);
  }
}
