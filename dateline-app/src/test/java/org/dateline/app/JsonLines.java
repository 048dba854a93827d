package org.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a JSON lines file into trees, for assertions. */
final class JsonLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  static List<JsonNode> read(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  static List<JsonNode> parse(String lines) {
    return lines.lines().filter(line -> !line.isBlank()).map(line -> {
      try {
        return JSON.readTree(line);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }
}
