package org.dateline.ingest.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one line's JSON object with Jackson's streaming parser (one shared, thread-safe
 * factory: no object mapper to build, no tree to allocate). Fields must be strings or null; the
 * id may also be a number. Anything after the object is an error.
 */
final class JsonLineParser {

  private static final JsonFactory JSON = new JsonFactory();
  private static final Set<String> FIELDS = Set.of("id", "url", "outlet", "published", "title", "text");
  private static final int MAX_REASON_CHARS = 160;

  private JsonLineParser() {}

  /** The fields of the object {@code json} holds. */
  static LineFields parse(String json) throws BadLineException {
    Map<String, String> values = new HashMap<>();
    try (JsonParser parser = JSON.createParser(json)) {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_OBJECT) {
        throw new BadLineException("not a JSON object but " + kind(token));
      }
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!FIELDS.contains(name)) {
          parser.skipChildren();
        } else if (value == JsonToken.VALUE_STRING
            || name.equals("id") && value.isNumeric()) {
          values.put(name, parser.getText());
        } else if (value == JsonToken.VALUE_NULL) {
          values.remove(name);
        } else {
          throw new BadLineException("\"" + name + "\" is not a string but " + kind(value));
        }
      }
      if (parser.nextToken() != null) {
        throw new BadLineException("not valid JSON: more content after the object");
      }
    } catch (JsonProcessingException e) {
      throw new BadLineException("not valid JSON: " + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new BadLineException("not valid JSON: " + oneLine(String.valueOf(e.getMessage())));
    }
    return new LineFields(field(values, "id"), field(values, "url"), field(values, "outlet"),
        field(values, "published"), field(values, "title"), field(values, "text"));
  }

  private static Optional<String> field(Map<String, String> values, String name) {
    return Optional.ofNullable(values.get(name));
  }

  private static String kind(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_ARRAY -> "array";
      case START_OBJECT -> "object";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String oneLine(String message) {
    String flat = message.replaceAll("\\s+", " ").strip();
    return flat.length() > MAX_REASON_CHARS ? flat.substring(0, MAX_REASON_CHARS) + "…" : flat;
  }
}
