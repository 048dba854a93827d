package org.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed articles fall into the gold's stories (000 with 001, 002 with 003, 004 alone), with
 * the whole language layer. Expectations come from the gold file; skipped without shared data.
 */
class SeedStoriesIT {

  @TempDir Path tmp;

  @Test
  void seedsFormTheGoldStories() throws Exception {
    Path seeds = SharedData.require("corpus/seeds");
    JsonNode gold = new ObjectMapper().readTree(SharedData.require("gold/seeds.json").toFile()).get("stories");
    Path store = tmp.resolve("store");
    Cli.run("ingest", "--store", store.toString(), seeds.toString());

    Cli.Result stories = Cli.run("stories", "--json", "--store", store.toString());
    Cli.Result eval = Cli.run("eval", "--store", store.toString(), "--gold",
        SharedData.require("gold/seeds.json").toString());

    Map<String, String> storyOf = new HashMap<>();
    for (String line : stories.out().split("\n")) {
      JsonNode story = new ObjectMapper().readTree(line);
      story.get("articles").forEach(a -> storyOf.put(a.asText(), story.get("id").asText()));
    }
    for (JsonNode goldStory : gold) {
      Set<String> ids = new HashSet<>();
      goldStory.get("docs").forEach(doc -> ids.add(storyOf.get(doc.asText())));
      assertThat(ids).as(goldStory.get("id").asText()).hasSize(1);
    }
    assertThat(new HashSet<>(storyOf.values())).hasSize(gold.size());
    assertThat(eval.out()).contains("B-cubed   P 1.000  R 1.000  F1 1.000");
  }
}
