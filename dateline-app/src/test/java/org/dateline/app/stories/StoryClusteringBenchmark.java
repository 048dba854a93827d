package org.dateline.app.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.dateline.link.stories.ArticleFeatures;
import org.dateline.link.stories.StoryClusterer;

/**
 * Clustering cost per article as the corpus grows: synthetic copies of the given JSONL articles
 * (names and one word in ten replaced per copy, dates shifted a week per copy, undated ones
 * given 2010-01-01 first, ids suffixed),
 * fed to one clusterer; the cost is the mean over the 1,000 articles added just before each
 * checkpoint (1k, 10k, 100k). One warm-up run, then the median of {@code runs}.
 *
 * <p>Usage: {@code StoryClusteringBenchmark RUNS FILE.jsonl...}
 */
public final class StoryClusteringBenchmark {

  private static final int[] CHECKPOINTS = {1_000, 10_000, 100_000};
  private static final int WINDOW = 1_000;
  /** The day undated articles are given in copies, so each copy is a week apart from the last. */
  private static final LocalDate UNDATED = LocalDate.of(2010, 1, 1);

  public static void main(String[] args) throws IOException {
    int runs = Integer.parseInt(args[0]);
    List<ArticleFeatures> base = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      base.addAll(read(Path.of(args[i])));
    }
    List<ArticleFeatures> corpus = synthetic(base, CHECKPOINTS[CHECKPOINTS.length - 1]);
    run(corpus);
    double[][] micros = new double[CHECKPOINTS.length + 2][runs];
    for (int r = 0; r < runs; r++) {
      double[] one = run(corpus);
      for (int c = 0; c < one.length; c++) {
        micros[c][r] = one[c];
      }
    }
    for (double[] figures : micros) {
      Arrays.sort(figures);
    }
    for (int c = 0; c < CHECKPOINTS.length; c++) {
      System.out.printf(Locale.ROOT, "%,8d articles: %7.1f µs per article (median of %d runs)%n",
          CHECKPOINTS[c], micros[c][runs / 2], runs);
    }
    System.out.printf(Locale.ROOT, "saved clusterer at %,d articles: written in %.0f ms, read back in %.0f ms (median of %d runs)%n",
        corpus.size(), micros[CHECKPOINTS.length][runs / 2], micros[CHECKPOINTS.length + 1][runs / 2], runs);
  }

  /**
   * Clusters the corpus; returns the µs per article of the window before each checkpoint, then
   * the ms to save the final clusterer as an ingest does and to read it back.
   */
  private static double[] run(List<ArticleFeatures> corpus) throws IOException {
    StoryClusterer clusterer = new StoryClusterer();
    double[] micros = new double[CHECKPOINTS.length];
    int next = 0;
    long windowStart = 0;
    for (int i = 0; i < corpus.size(); i++) {
      if (i == CHECKPOINTS[next] - WINDOW) {
        windowStart = System.nanoTime();
      }
      clusterer.add(corpus.get(i));
      if (i == CHECKPOINTS[next] - 1) {
        micros[next++] = (System.nanoTime() - windowStart) / 1_000.0 / WINDOW;
      }
    }
    System.out.printf(Locale.ROOT, "run: %d stories, %.1f candidates per article%n",
        clusterer.stories().size(), (double) clusterer.candidatesExamined() / corpus.size());
    double[] figures = Arrays.copyOf(micros, CHECKPOINTS.length + 2);
    Path dir = Files.createTempDirectory("dateline-bench");
    long began = System.nanoTime();
    SavedClusterer.write(dir, 1, corpus.size(), clusterer);
    figures[CHECKPOINTS.length] = (System.nanoTime() - began) / 1e6;
    began = System.nanoTime();
    if (SavedClusterer.read(dir, 1).isEmpty()) {
      throw new IllegalStateException("the saved clusterer did not read back");
    }
    figures[CHECKPOINTS.length + 1] = (System.nanoTime() - began) / 1e6;
    Path file = dir.resolve(SavedClusterer.FILE_NAME);
    System.out.printf(Locale.ROOT, "saved clusterer: %.1f MB%n", Files.size(file) / 1e6);
    Files.delete(file);
    Files.delete(dir);
    return figures;
  }

  private static List<ArticleFeatures> synthetic(List<ArticleFeatures> base, int size) {
    SplittableRandom random = new SplittableRandom(42);
    List<ArticleFeatures> corpus = new ArrayList<>(size);
    for (int copy = 0; corpus.size() < size; copy++) {
      for (ArticleFeatures a : base) {
        if (corpus.size() == size) {
          break;
        }
        corpus.add(copy == 0 ? a : perturb(a, copy, random));
      }
    }
    return corpus;
  }

  private static ArticleFeatures perturb(ArticleFeatures a, int copy, SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    for (String word : a.text().split(" ")) {
      boolean name = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
      text.append(word);
      if (name || random.nextInt(10) == 0) {
        text.append('x').append(copy);
      }
      text.append(' ');
    }
    return new ArticleFeatures(a.id() + "#" + copy, a.title().map(t -> t + " x" + copy), text.toString(),
        a.outlet(), Optional.of(a.published().orElse(UNDATED).plusWeeks(copy)), Optional.empty(), List.of(), List.of());
  }

  private static List<ArticleFeatures> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<ArticleFeatures> articles = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl)) {
      for (String line; (line = in.readLine()) != null; ) {
        JsonNode a = json.readTree(line);
        articles.add(new ArticleFeatures(a.get("id").asText(), text(a, "title"), a.get("text").asText(),
            text(a, "outlet"), text(a, "published").map(LocalDate::parse), Optional.empty(), List.of(), List.of()));
      }
    }
    return articles;
  }

  private static Optional<String> text(JsonNode a, String field) {
    JsonNode value = a.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
