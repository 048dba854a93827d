package org.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of an ingest: the store stays readable with every article
 * committed before the kill, and the next ingest finishes the job.
 */
class KillDuringIngestIT {

  private static final int ARTICLES = 40_000;

  @TempDir Path tmp;

  @Test
  void killedIngestLeavesCommittedArticlesAndNextRunCompletes() throws Exception {
    Path input = writeArticles(tmp.resolve("big.jsonl"));
    Path store = tmp.resolve("store");
    Process child = startIngest(store, input);

    long committedBeforeKill = waitForFirstCommits(store, child);
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("killed, not finished").isNotZero();

    try (Store reopened = Store.openReadOnly(store)) {
      AtomicInteger readable = new AtomicInteger();
      reopened.forEach(article -> {
        assertThat(article.text()).startsWith("Article " + article.id().substring(2) + " ");
        readable.incrementAndGet();
      });
      assertThat(reopened.count()).isGreaterThanOrEqualTo(committedBeforeKill).isLessThan(ARTICLES);
      assertThat(readable.get()).isEqualTo(reopened.count());
    }

    Cli.Result rerun = Cli.run("ingest", "--no-nlp", "--store", store.toString(), input.toString());
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    try (Store finished = Store.openReadOnly(store)) {
      assertThat(finished.count()).isEqualTo(ARTICLES);
    }
  }

  private static long waitForFirstCommits(Path store, Process child) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      assertThat(child.isAlive()).as("ingest still running when first commits appear").isTrue();
      if (Files.exists(store)) {
        try (Store peek = Store.openReadOnly(store)) {
          long count = peek.count();
          if (count > 0) {
            return count;
          }
        } catch (IOException notYetCommitted) {
          // no commit yet: keep waiting
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no commit appeared within two minutes");
  }

  private static Process startIngest(Path store, Path input) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "ingest", "--no-progress", "--no-nlp", "--commit-every", "100",
        "--store", store.toString(), input.toString()));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static Path writeArticles(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    SplittableRandom random = new SplittableRandom(42);
    String[] words = {"harbour", "council", "river", "minister", "strike", "vote", "bridge", "storm"};
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < ARTICLES; i++) {
        StringBuilder text = new StringBuilder("Article " + i + " ");
        for (int w = 0; w < 150; w++) {
          text.append(words[random.nextInt(words.length)]).append(' ');
        }
        out.write(json.writeValueAsString(Map.of("id", "a-" + i, "outlet", "Test Wire",
            "published", "2025-01-01", "text", text.toString().strip())));
        out.write('\n');
      }
    }
    return file;
  }
}
