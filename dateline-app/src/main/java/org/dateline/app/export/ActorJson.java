package org.dateline.app.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.app.actors.ActorSummary;

/**
 * An actor as {@code entities.jsonl} spells it: {@code id, name, type, aliases, roles, articles}
 * (the ids of the articles that mention it) and {@code mentions} (how many times in all), then
 * {@code country} and {@code affiliation} ids or null.
 */
public final class ActorJson {

  private ActorJson() {}

  public static Map<String, Object> of(ActorSummary summary) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", summary.actor().id());
    json.put("name", summary.actor().name());
    json.put("type", summary.actor().type().name());
    json.put("aliases", summary.actor().aliases());
    json.put("roles", summary.actor().roles());
    json.put("articles", summary.articles());
    json.put("mentions", summary.mentions());
    json.put("country", summary.actor().country().orElse(null));
    json.put("affiliation", summary.actor().affiliation().orElse(null));
    return json;
  }
}
