package org.dateline.nlp.actors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.ActorType;

/**
 * Reads the JSON-lines actor dictionary format: one object a line with {@code id, name, type,
 * aliases, capital (and metonyms: other cities that stand for the government), demonyms, country, affiliation, born, died, roles}; unknown fields are
 * ignored, blank lines skipped. A line whose id is already known extends that entry and may omit
 * name and type.
 */
final class DictionaryReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DictionaryReader() {}

  /**
   * Adds the entries of {@code reader} to {@code into} (keyed by id, in file order).
   *
   * @param source the file's name, for error messages
   * @throws IllegalArgumentException naming the source and line of a malformed entry
   */
  /** The cities that stand for a country's government: its {@code capital}, then its {@code metonyms}. */
  private static List<String> seats(JsonNode node) {
    List<String> seats = new java.util.ArrayList<>(strings(node, "capital"));
    seats.addAll(strings(node, "metonyms"));
    return seats;
  }

  static void read(Reader reader, String source, Map<String, DictionaryEntry> into) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(line);
        String id = text(node, "id").orElseThrow(() -> new IllegalArgumentException("no id"));
        DictionaryEntry known = into.get(id);
        DictionaryEntry entry = entry(node, id, Optional.ofNullable(known));
        into.put(id, known == null ? entry : known.extendedBy(entry));
      } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(source + ":" + number + ": " + e.getMessage(), e);
      }
    }
  }

  private static DictionaryEntry entry(JsonNode node, String id, Optional<DictionaryEntry> known) {
    String name = text(node, "name").or(() -> known.map(DictionaryEntry::name))
        .orElseThrow(() -> new IllegalArgumentException("entry '" + id + "' has no name"));
    ActorType type = text(node, "type").map(t -> ActorType.valueOf(t.toUpperCase(Locale.ROOT)))
        .or(() -> known.map(DictionaryEntry::type))
        .orElseThrow(() -> new IllegalArgumentException("entry '" + id + "' has no type"));
    return new DictionaryEntry(id, name, type, strings(node, "aliases"), seats(node),
        strings(node, "demonyms"), text(node, "country"), text(node, "affiliation"),
        date(node, "born"), date(node, "died"), roles(node));
  }

  private static List<DictionaryRole> roles(JsonNode node) {
    List<DictionaryRole> roles = new ArrayList<>();
    for (JsonNode role : node.path("roles")) {
      String title = text(role, "role").orElseThrow(() -> new IllegalArgumentException("a role has no 'role'"));
      roles.add(new DictionaryRole(title, date(role, "from"), date(role, "to"), date(role, "elected")));
    }
    return roles;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' is not a string");
    }
    return value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText().strip());
  }

  /** A list of strings; a single string counts as a list of one. */
  private static List<String> strings(JsonNode node, String field) {
    JsonNode value = node.get(field);
    List<String> strings = new ArrayList<>();
    if (value == null || value.isNull()) {
      return strings;
    }
    if (value.isTextual()) {
      text(node, field).ifPresent(strings::add);
      return strings;
    }
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException("'" + field + "' holds a non-string");
      }
      if (!item.asText().isBlank()) {
        strings.add(item.asText().strip());
      }
    }
    return strings;
  }

  /** An ISO day; a bare year or year-month stands for its first day. */
  private static Optional<LocalDate> date(JsonNode node, String field) {
    return text(node, field).map(value -> switch (value.length()) {
      case 4 -> LocalDate.parse(value + "-01-01");
      case 7 -> LocalDate.parse(value + "-01");
      default -> LocalDate.parse(value);
    });
  }
}
