package org.dateline.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.Span;

/**
 * Scores actor resolution against gold entities with aliases: every place a gold alias occurs
 * in an analysed article should hold a mention, and all mentions of one gold entity should
 * resolve to one canonical actor (the one most of them resolve to), which no other gold entity
 * may share. An alias counts as correct when every occurrence of it resolves to its entity's
 * actor; a merge is two gold entities on one actor.
 */
final class ActorScorer {

  /**
   * The system actor each gold entity's mentions mostly resolve to, by gold id (entities none of
   * whose aliases occur are left out).
   */
  Map<String, String> alignment(JsonNode entities, StoreSnapshot store, CanonicalIds ids) {
    Map<String, String> actorOf = new HashMap<>();
    for (JsonNode entity : entities) {
      Map<String, List<String>> byAlias = new TreeMap<>();
      for (JsonNode alias : entity.path("aliases")) {
        byAlias.put(alias.asText(), occurrences(alias.asText(), store, ids));
      }
      majority(byAlias).ifPresent(actor -> actorOf.put(entity.get("id").asText(), actor));
    }
    return actorOf;
  }

  PartScore score(JsonNode entities, StoreSnapshot store, CanonicalIds ids) {
    Map<String, Map<String, List<String>>> resolved = new TreeMap<>(); // gold id -> alias -> actor ids
    for (JsonNode entity : entities) {
      Map<String, List<String>> byAlias = new TreeMap<>();
      for (JsonNode alias : entity.path("aliases")) {
        byAlias.put(alias.asText(), occurrences(alias.asText(), store, ids));
      }
      resolved.put(entity.get("id").asText(), byAlias);
    }
    Map<String, String> actorOf = new HashMap<>();
    resolved.forEach((gold, byAlias) -> majority(byAlias).ifPresent(actor -> actorOf.put(gold, actor)));
    int gold = 0;
    int found = 0;
    int correct = 0;
    List<String> misses = new ArrayList<>();
    for (var entity : resolved.entrySet()) {
      for (var alias : entity.getValue().entrySet()) {
        if (alias.getValue().isEmpty()) {
          continue; // the alias does not occur in the analysed articles
        }
        gold++;
        boolean seen = alias.getValue().stream().noneMatch(String::isEmpty);
        found += seen ? 1 : 0;
        String expected = actorOf.get(entity.getKey());
        if (seen && alias.getValue().stream().allMatch(a -> a.equals(expected))) {
          correct++;
        } else {
          misses.add(entity.getKey() + ": \"" + alias.getKey() + "\" resolved to " + alias.getValue()
              + " (entity's actor " + expected + ")");
        }
      }
    }
    Map<String, String> owner = new HashMap<>();
    for (var entry : actorOf.entrySet()) {
      String previous = owner.putIfAbsent(entry.getValue(), entry.getKey());
      if (previous != null) {
        misses.add("MERGED: " + previous + " and " + entry.getKey() + " both resolve to " + entry.getValue());
      }
    }
    return new PartScore("actors", gold, gold, found, correct, misses);
  }

  /** The canonical actor of each occurrence of {@code alias} ("" where no mention covers it). */
  private static List<String> occurrences(String alias, StoreSnapshot store, CanonicalIds ids) {
    List<String> actors = new ArrayList<>();
    for (Map.Entry<String, Analysis> entry : store.analyses().entrySet()) {
      Article article = store.article(entry.getKey()).orElseThrow();
      for (Span span : GoldText.occurrences(article.text(), alias)) {
        if (!wholeWord(article.text(), span)) {
          continue;
        }
        actors.add(entry.getValue().mentions().stream()
            .filter(m -> m.span().overlaps(span))
            .max(java.util.Comparator.comparingDouble(m -> fit(m.span(), span))) // the best-fitting name
            .map(m -> ids.canonical(article.id(), m.actorId()))
            .orElse(""));
      }
    }
    return actors;
  }

  /** How well a mention's span fits an occurrence: shared characters over the union of both. */
  private static double fit(Span mention, Span occurrence) {
    int shared = Math.min(mention.end(), occurrence.end()) - Math.max(mention.start(), occurrence.start());
    int union = Math.max(mention.end(), occurrence.end()) - Math.min(mention.start(), occurrence.start());
    return (double) shared / union;
  }

  private static boolean wholeWord(String text, Span span) {
    boolean before = span.start() == 0 || !Character.isLetterOrDigit(text.charAt(span.start() - 1));
    boolean after = span.end() == text.length() || !Character.isLetterOrDigit(text.charAt(span.end()));
    return before && after;
  }

  private static Optional<String> majority(Map<String, List<String>> byAlias) {
    Map<String, Integer> votes = new HashMap<>();
    byAlias.values().forEach(actors -> actors.stream().filter(a -> !a.isEmpty())
        .forEach(a -> votes.merge(a, 1, Integer::sum)));
    return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
  }

}
