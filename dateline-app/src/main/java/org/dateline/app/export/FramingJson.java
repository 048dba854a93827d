package org.dateline.app.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.app.actors.CorpusActors;
import org.dateline.app.framing.FramingTable;
import org.dateline.model.Actor;

/**
 * The lines of {@code framing.jsonl} for one story. Every line has {@code story}, {@code kind},
 * {@code actor} and {@code by_outlet}:
 *
 * <ul>
 *   <li>{@code kind: "actor"}: {@code actor} (and {@code actor_name}) and, by outlet, the terms
 *       that outlet uses to name or describe it;
 *   <li>{@code kind: "loaded"} and {@code "scare_quotes"}: {@code actor} null; by outlet, the
 *       loaded words it uses in its own voice, the words it puts in scare quotes;
 *   <li>{@code kind: "only_in"}: {@code actor} null; by outlet, {@code {quotes, figures, events}}
 *       that outlet alone includes (only for stories told by more than one outlet).
 * </ul>
 */
public final class FramingJson {

  private FramingJson() {}

  public static List<Map<String, Object>> of(String storyId, FramingTable table, CorpusActors actors) {
    List<Map<String, Object>> lines = new ArrayList<>();
    table.byActor().forEach((actor, byOutlet) -> {
      Map<String, Object> line = line(storyId, "actor", actor, lists(byOutlet));
      line.put("actor_name", actors.actor(actor).map(Actor::name).orElse(null));
      lines.add(line);
    });
    if (!table.loaded().isEmpty()) {
      lines.add(line(storyId, "loaded", null, lists(table.loaded())));
    }
    if (!table.scareQuotes().isEmpty()) {
      lines.add(line(storyId, "scare_quotes", null, lists(table.scareQuotes())));
    }
    if (!table.onlyIn().isEmpty()) {
      Map<String, Object> byOutlet = new LinkedHashMap<>();
      table.onlyIn().forEach((outlet, only) -> {
        Map<String, List<String>> items = new LinkedHashMap<>();
        items.put("quotes", only.quotes());
        items.put("figures", only.figures());
        items.put("events", only.events());
        byOutlet.put(outlet, items);
      });
      lines.add(line(storyId, "only_in", null, byOutlet));
    }
    return lines;
  }

  private static Map<String, Object> line(String story, String kind, String actor, Map<String, ?> byOutlet) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("story", story);
    line.put("kind", kind);
    line.put("actor", actor);
    line.put("by_outlet", byOutlet);
    return line;
  }

  private static Map<String, List<String>> lists(Map<String, Set<String>> byOutlet) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    byOutlet.forEach((outlet, terms) -> lists.put(outlet, List.copyOf(terms)));
    return lists;
  }
}
