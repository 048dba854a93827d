package org.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story pass of an ingest continues from the clusterer the last ingest saved, clustering only
 * the new articles, and its stories are those of ingesting everything at once; a saved clusterer
 * that is stale or damaged is passed over for clustering the whole store, with the same stories.
 */
class IncrementalStoriesIT {

  private static final String FIRE = "{\"id\": \"mill-fire\", \"outlet\": \"River Post\", \"published\": "
      + "\"2025-03-09\", \"title\": \"Fire destroys old mill at Pelmo\", \"text\": \"A fire destroyed the old "
      + "mill at Pelmo overnight. Nobody was hurt, the fire brigade of Santerra said after six hours of work.\"}\n";

  @TempDir Path tmp;
  Path visit;
  Path late;
  Path fire;

  @BeforeEach
  void inputs() throws IOException {
    visit = fixture("dam-talks.jsonl");
    late = fixture("late-report.jsonl");
    fire = tmp.resolve("fire.jsonl");
    Files.writeString(fire, FIRE, StandardCharsets.UTF_8);
  }

  @Test
  void ingestingInTwoRunsGivesTheStoriesOfOneRun() {
    Path once = tmp.resolve("once");
    Path twice = tmp.resolve("twice");
    ingest(once, visit, late, fire);
    ingest(twice, visit);
    ingest(twice, late, fire);

    assertThat(stories(twice)).isEqualTo(stories(once));
  }

  @Test
  void aSecondIngestClustersOnlyItsNewArticles() {
    Path store = tmp.resolve("store");

    assertThat(ingest(store, visit)).contains("4 clustered into stories (whole store)");
    assertThat(ingest(store, late, fire)).contains("2 clustered into stories (incremental)");
    assertThat(ingest(store, late, fire)).contains("2 unchanged").doesNotContain("clustered into stories");
  }

  @Test
  void aStaleClustererIsPassedOverForTheWholeStoreWithTheSameStories() throws IOException {
    Path store = tmp.resolve("store");
    Path saved = store.resolve("clusterer.bin");
    ingest(store, visit);
    Path old = Files.copy(saved, tmp.resolve("old-clusterer.bin"));
    ingest(store, late);
    Files.copy(old, saved, StandardCopyOption.REPLACE_EXISTING); // as if killed after the store's commit

    assertThat(ingest(store, fire)).contains("6 clustered into stories (whole store)");
    Path uninterrupted = tmp.resolve("uninterrupted");
    ingest(uninterrupted, visit);
    ingest(uninterrupted, late);
    ingest(uninterrupted, fire);
    assertThat(stories(store)).isEqualTo(stories(uninterrupted));
  }

  @Test
  void aDamagedClustererIsPassedOverForTheWholeStoreWithTheSameStories() throws IOException {
    Path store = tmp.resolve("store");
    Path saved = store.resolve("clusterer.bin");
    ingest(store, visit);
    byte[] bytes = Files.readAllBytes(saved);
    Files.write(saved, Arrays.copyOf(bytes, bytes.length - 9));

    assertThat(ingest(store, late, fire)).contains("6 clustered into stories (whole store)");
    Path incremental = tmp.resolve("incremental");
    ingest(incremental, visit);
    ingest(incremental, late, fire);
    assertThat(stories(store)).isEqualTo(stories(incremental));
  }

  private Path fixture(String name) throws IOException {
    Path file = tmp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/fixtures/stories/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static String ingest(Path store, Path... inputs) {
    String[] args = new String[4 + inputs.length];
    args[0] = "ingest";
    args[1] = "--no-progress";
    args[2] = "--store";
    args[3] = store.toString();
    for (int i = 0; i < inputs.length; i++) {
      args[4 + i] = inputs[i].toString();
    }
    Cli.Result result = Cli.run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result.out();
  }

  private static String stories(Path store) {
    return Cli.run("stories", "--store", store.toString(), "--json").out();
  }
}
