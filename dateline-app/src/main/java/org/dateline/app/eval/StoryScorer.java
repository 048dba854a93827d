package org.dateline.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Story;

/**
 * Scores story clusters against the gold {@code stories}: pairwise and B-cubed precision and
 * recall over the gold's articles. System stories are restricted to gold articles; a gold
 * article the store lacks counts as a story of its own.
 */
public final class StoryScorer {

  /** Scores the store's {@code stories} against the gold. */
  public StoryScore score(JsonNode goldStories, List<Story> stories) {
    Map<String, String> system = new HashMap<>();
    stories.forEach(story -> story.articleIds().forEach(a -> system.put(a, story.id())));
    return score(GoldStories.read(goldStories), system);
  }

  /**
   * Scores {@code system} (article id to story id) against {@code gold} (story id to article ids).
   */
  public StoryScore score(Map<String, List<String>> gold, Map<String, String> system) {
    Map<String, String> goldOf = new LinkedHashMap<>();
    gold.forEach((story, articles) -> articles.forEach(a -> goldOf.put(a, story)));
    Map<String, String> systemOf = new LinkedHashMap<>();
    goldOf.keySet().forEach(a -> systemOf.put(a, system.getOrDefault(a, "missing:" + a)));

    Map<String, Set<String>> goldClusters = clusters(goldOf);
    Map<String, Set<String>> systemClusters = clusters(systemOf);
    long goldPairs = 0, systemPairs = 0, bothPairs = 0;
    double precisionSum = 0, recallSum = 0;
    for (String article : goldOf.keySet()) {
      Set<String> g = goldClusters.get(goldOf.get(article));
      Set<String> s = systemClusters.get(systemOf.get(article));
      long both = s.stream().filter(g::contains).count();
      precisionSum += (double) both / s.size();
      recallSum += (double) both / g.size();
      goldPairs += g.size() - 1;
      systemPairs += s.size() - 1;
      bothPairs += both - 1;
    }
    int n = goldOf.size();
    ClusterScore pairwise = new ClusterScore("pairwise",
        systemPairs == 0 ? 1 : (double) bothPairs / systemPairs, goldPairs == 0 ? 1 : (double) bothPairs / goldPairs);
    ClusterScore bcubed = new ClusterScore("B-cubed", n == 0 ? 1 : precisionSum / n, n == 0 ? 1 : recallSum / n);
    return new StoryScore(n, goldClusters.size(), systemClusters.size(), pairwise, bcubed,
        misses(goldClusters, systemClusters, goldOf, systemOf));
  }

  private static Map<String, Set<String>> clusters(Map<String, String> clusterOf) {
    Map<String, Set<String>> clusters = new LinkedHashMap<>();
    clusterOf.forEach((article, cluster) -> clusters.computeIfAbsent(cluster, c -> new HashSet<>()).add(article));
    return clusters;
  }

  private static List<String> misses(Map<String, Set<String>> gold, Map<String, Set<String>> system,
      Map<String, String> goldOf, Map<String, String> systemOf) {
    List<String> misses = new ArrayList<>();
    gold.forEach((story, articles) -> {
      Set<String> parts = new HashSet<>();
      articles.forEach(a -> parts.add(systemOf.get(a)));
      if (parts.size() > 1) {
        misses.add("split  gold " + story + " (" + articles.size() + " articles) into " + parts.size() + " stories");
      }
    });
    system.forEach((story, articles) -> {
      Set<String> parts = new HashSet<>();
      articles.forEach(a -> parts.add(goldOf.get(a)));
      if (parts.size() > 1) {
        misses.add("merged " + story + " (" + articles.size() + " articles) holds gold " + parts.stream().sorted().toList());
      }
    });
    return misses;
  }
}
