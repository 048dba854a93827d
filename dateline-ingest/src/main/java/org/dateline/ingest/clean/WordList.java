package org.dateline.ingest.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a data list: one entry a line, blank lines and lines starting with '#' skipped. */
final class WordList {

  private WordList() {}

  /** The entries of {@code reader}, stripped, in file order. */
  static List<String> read(Reader reader) throws IOException {
    List<String> entries = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(reader)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry);
        }
      }
    }
    return List.copyOf(entries);
  }

  /** The entries of a list bundled next to this class; a missing list is a packaging bug. */
  static List<String> bundled(String name) {
    InputStream in = WordList.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("bundled list " + name + " is missing from the jar");
    }
    try {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled list " + name, e);
    }
  }
}
