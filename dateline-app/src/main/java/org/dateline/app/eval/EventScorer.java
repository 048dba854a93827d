package org.dateline.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Event;
import org.dateline.model.Participant;

/**
 * Scores events. A Dateline event is right for a gold event when it comes from one of the gold
 * event's evidence articles and has the right CAMEO root (the gold code's or one of its
 * {@code also} codes'), the right source, an acceptable target (a gold list accepts any of its
 * ids, a {@code null} in it no target) and the right date: the gold value, or a finer value
 * inside it ("2021-05-16" for "2021-05"); a gold date of {@code null} accepts any. An actor is
 * right when its id is the one the gold entity aligns to (see {@link ActorScorer#alignment}), or
 * the words the sentence uses for it are one of the gold entity's aliases or descriptions.
 *
 * <p>Recall counts the gold's {@code core} events found right; precision counts the Dateline
 * events in the gold's articles that are right for any gold event, core or not.
 */
final class EventScorer {

  private record Gold(String id, JsonNode node, Set<String> docs, Set<String> roots, boolean core) {}

  PartScore score(JsonNode events, JsonNode entities, StoreSnapshot store, CanonicalIds ids,
      Map<String, String> alignment) {
    Map<String, Set<String>> names = names(entities);
    List<Gold> golds = new ArrayList<>();
    Set<String> docs = new HashSet<>();
    for (JsonNode node : events) {
      Set<String> roots = new HashSet<>();
      roots.add(node.get("cameo").asText().substring(0, 2));
      node.path("also").forEach(c -> roots.add(c.asText().substring(0, 2)));
      Set<String> evidence = new HashSet<>();
      node.path("evidence").fieldNames().forEachRemaining(evidence::add);
      docs.addAll(evidence);
      golds.add(new Gold(node.get("id").asText(), node, evidence, roots, node.path("core").asBoolean(false)));
    }
    Map<String, Integer> found = new HashMap<>();
    Map<String, Integer> correct = new HashMap<>();
    int system = 0;
    int systemCorrect = 0;
    List<String> misses = new ArrayList<>();
    for (String doc : docs) {
      for (Event event : store.analysis(doc).map(a -> a.events()).orElse(List.of())) {
        system++;
        boolean right = false;
        for (Gold gold : golds) {
          if (!gold.docs().contains(doc) || !gold.roots().contains(event.root())
              || !actorRight(event.actor1(), gold.node().get("actor1").asText(), doc, ids, alignment, names)
              || !targetRight(event.actor2(), gold.node().get("actor2"), doc, ids, alignment, names)) {
            continue;
          }
          found.merge(gold.id(), 1, Integer::sum);
          if (dateRight(event.date(), gold.node().get("date"))) {
            correct.merge(gold.id(), 1, Integer::sum);
            right = true;
          }
        }
        if (right) {
          systemCorrect++;
        } else {
          misses.add(doc + ": not in the gold: " + describe(event, doc, ids));
        }
      }
    }
    int core = 0;
    int coreFound = 0;
    int coreCorrect = 0;
    for (Gold gold : golds) {
      if (!gold.core()) {
        continue;
      }
      core++;
      coreFound += found.containsKey(gold.id()) ? 1 : 0;
      coreCorrect += correct.containsKey(gold.id()) ? 1 : 0;
      if (!correct.containsKey(gold.id())) {
        misses.add(0, gold.id() + ": core event " + (found.containsKey(gold.id()) ? "found with the wrong date" : "not found")
            + " (" + gold.node().get("cameo").asText() + " " + gold.node().get("actor1").asText() + " -> "
            + gold.node().get("actor2") + " " + gold.node().get("date") + ")");
      }
    }
    return new PartScore("events", core, system, coreFound, coreCorrect, systemCorrect, misses);
  }

  private static boolean targetRight(Optional<Participant> target, JsonNode gold, String doc, CanonicalIds ids,
      Map<String, String> alignment, Map<String, Set<String>> names) {
    List<JsonNode> accepted = new ArrayList<>();
    if (gold == null || gold.isNull()) {
      accepted.add(null);
    } else if (gold.isArray()) {
      gold.forEach(accepted::add);
    } else {
      accepted.add(gold);
    }
    for (JsonNode option : accepted) {
      if (option == null || option.isNull()) {
        if (target.isEmpty()) {
          return true;
        }
      } else if (target.isPresent() && actorRight(target.get(), option.asText(), doc, ids, alignment, names)) {
        return true;
      }
    }
    return false;
  }

  private static boolean actorRight(Participant participant, String goldId, String doc, CanonicalIds ids,
      Map<String, String> alignment, Map<String, Set<String>> names) {
    String id = ids.canonical(doc, participant.actorId());
    if (id.equals(goldId) || id.equals(alignment.get(goldId))) {
      return true;
    }
    String said = normalize(participant.name());
    for (String name : names.getOrDefault(goldId, Set.of())) {
      if ((" " + said + " ").contains(" " + name + " ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean dateRight(Optional<String> date, JsonNode gold) {
    if (gold == null || gold.isNull()) {
      return true;
    }
    String want = gold.asText();
    return date.isPresent() && (date.get().equals(want) || date.get().startsWith(want + "-"));
  }

  private static Map<String, Set<String>> names(JsonNode entities) {
    Map<String, Set<String>> names = new HashMap<>();
    if (entities == null) {
      return names;
    }
    for (JsonNode entity : entities) {
      Set<String> all = new HashSet<>();
      entity.path("aliases").forEach(a -> all.add(normalize(a.asText())));
      entity.path("descriptions").forEach(a -> all.add(normalize(a.asText())));
      names.put(entity.get("id").asText(), all);
    }
    return names;
  }

  private static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    return lower.startsWith("the ") ? lower.substring(4) : lower;
  }

  private static String describe(Event event, String doc, CanonicalIds ids) {
    return event.code() + " " + ids.canonical(doc, event.actor1().actorId()) + " -> "
        + event.actor2().map(p -> ids.canonical(doc, p.actorId())).orElse("-") + " " + event.date().orElse("undated")
        + " (\"" + event.actor1().name() + "\" / \"" + event.actor2().map(Participant::name).orElse("") + "\")";
  }
}
