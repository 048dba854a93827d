package org.dateline.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the gold {@code stories} part, in any of its three shapes, into story id to article ids:
 * {@code {id: [articles]}}, {@code {id: {"articles": [...]}}} or {@code [{"id", "docs": [...]}]}.
 */
final class GoldStories {

  private GoldStories() {}

  static Map<String, List<String>> read(JsonNode stories) {
    Map<String, List<String>> read = new LinkedHashMap<>();
    if (stories.isArray()) {
      int n = 0;
      for (JsonNode story : stories) {
        String id = story.path("id").asText("story-" + n++);
        read.put(id, ids(story.has("docs") ? story.get("docs") : story.path("articles")));
      }
      return read;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = stories.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> story = it.next();
      JsonNode value = story.getValue();
      read.put(story.getKey(), ids(value.isArray() ? value : value.path("articles")));
    }
    return read;
  }

  private static List<String> ids(JsonNode array) {
    if (!array.isArray()) {
      throw new IllegalArgumentException("gold story without an article list: " + array);
    }
    List<String> ids = new ArrayList<>();
    array.forEach(id -> ids.add(id.asText()));
    return ids;
  }
}
