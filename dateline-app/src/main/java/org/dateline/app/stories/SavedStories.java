package org.dateline.app.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.app.export.StoryJson;
import org.dateline.model.Story;

/**
 * The stories of a store as last clustered, kept in {@value #FILE_NAME} beside the index with
 * the store version they were clustered at, so commands read them instead of clustering the
 * whole store again. The file is derived data ({@link DerivedFile}): ignored when its version is
 * not the store's, and rebuilt when missing or damaged.
 */
final class SavedStories {

  static final String FILE_NAME = "stories.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SavedStories() {}

  /** The stories saved in {@code dir} for store version {@code version}, if any. */
  static Optional<List<Story>> read(Path dir, long version) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode saved = JSON.readTree(file.toFile());
      if (saved.path("version").asLong(-1) != version) {
        return Optional.empty();
      }
      List<Story> stories = new ArrayList<>();
      for (JsonNode story : saved.path("stories")) {
        stories.add(story(story));
      }
      return Optional.of(stories);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged: cluster again
    }
  }

  /** Saves {@code stories} for store version {@code version}; a store that cannot be written to keeps none. */
  static void write(Path dir, long version, List<Story> stories) {
    Map<String, Object> saved = new LinkedHashMap<>();
    saved.put("version", version);
    saved.put("stories", stories.stream().map(StoryJson::of).toList());
    DerivedFile.replace(dir, FILE_NAME, out -> JSON.writeValue(out, saved));
  }

  private static Story story(JsonNode json) {
    List<String> articles = new ArrayList<>();
    json.path("articles").forEach(a -> articles.add(a.asText()));
    Map<String, String> copies = new LinkedHashMap<>();
    json.path("copies").fields().forEachRemaining(e -> copies.put(e.getKey(), e.getValue().asText()));
    List<String> outlets = new ArrayList<>();
    json.path("outlets").forEach(o -> outlets.add(o.asText()));
    List<String> merged = new ArrayList<>();
    json.path("merged").forEach(m -> merged.add(m.asText()));
    return new Story(json.path("id").asText(), json.path("title").asText(), articles, copies,
        day(json.path("first")), day(json.path("last")), outlets, merged);
  }

  private static Optional<LocalDate> day(JsonNode value) {
    return value.isTextual() ? Optional.of(LocalDate.parse(value.asText())) : Optional.empty();
  }
}
