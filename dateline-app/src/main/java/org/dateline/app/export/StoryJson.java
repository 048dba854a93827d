package org.dateline.app.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Story;

/**
 * One line of {@code stories.jsonl}: {@code id, title, articles, events, copies, first, last,
 * outlets, merged} (ids of stories absorbed into this one).
 */
public final class StoryJson {

  private StoryJson() {}

  /** The JSON fields of {@code story}; absent dates are null. */
  public static Map<String, Object> of(Story story) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", story.id());
    json.put("title", story.title());
    json.put("articles", story.articleIds());
    json.put("copies", story.copies());
    json.put("first", story.first().map(Object::toString).orElse(null));
    json.put("last", story.last().map(Object::toString).orElse(null));
    json.put("outlets", story.outlets());
    json.put("merged", story.mergedIds());
    return json;
  }

  /** The JSON fields of {@code story} with {@code events}: the ids of its merged events. */
  public static Map<String, Object> of(Story story, List<String> events) {
    Map<String, Object> json = of(story);
    json.put("events", events);
    return json;
  }
}
