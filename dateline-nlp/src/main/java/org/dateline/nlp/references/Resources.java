package org.dateline.nlp.references;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads bundled data files: lines, without comments and blank lines. */
public final class Resources {

  private Resources() {}

  static List<String> lines(String name) {
    return lines(Resources.class, name);
  }

  /** The lines of the data file {@code name}, found next to class {@code anchor} (or absolute). */
  public static List<String> lines(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled data file " + name);
      }
      return lines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data file " + name, e);
    }
  }

  static List<String> lines(BufferedReader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        lines.add(trimmed);
      }
    }
    return lines;
  }

  /** Lines grouped under {@code [section]} headers. */
  public static java.util.Map<String, List<String>> sections(List<String> lines) {
    java.util.Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
      } else if (current != null) {
        current.add(line);
      }
    }
    return sections;
  }
}
