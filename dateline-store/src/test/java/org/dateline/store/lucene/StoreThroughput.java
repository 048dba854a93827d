package org.dateline.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.SplittableRandom;
import org.dateline.model.Article;
import org.dateline.store.SearchQuery;
import org.dateline.store.Store;

/**
 * A rough ingest throughput check, not a test: upserts N synthetic ~5 KB articles into a fresh
 * store, commits, and prints articles per second; then re-upserts them all (every one unchanged)
 * and runs a search. Arguments: [N (default 20000)] [store dir (default: a temp dir)].
 */
public final class StoreThroughput {

  private static final String[] WORDS = ("the harbour authority said ministers talks ceasefire "
      + "envoy council flood report strike border river crane port delegation statement week "
      + "officials agency reported Thursday capital aid convoy election vote court ruling").split(" ");

  private StoreThroughput() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("dateline-throughput");
    SplittableRandom random = new SplittableRandom(42);
    List<Article> articles = IntStream.range(0, n)
        .mapToObj(i -> article(i, random)).toList();
    try (Store store = Store.open(dir)) {
      long start = System.nanoTime();
      for (Article article : articles) {
        store.upsert(article);
      }
      store.commit();
      report("new + commit", n, start);

      start = System.nanoTime();
      for (Article article : articles) {
        store.upsert(article);
      }
      report("unchanged re-upsert", n, start);

      start = System.nanoTime();
      long total = store.search(SearchQuery.of("ceasefire envoy")).total();
      System.out.printf("first search: %d hits in %d ms%n", total, (System.nanoTime() - start) / 1_000_000);
    }
    System.out.println("store: " + dir);
  }

  private static void report(String what, int n, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf("%s: %d articles in %.2f s = %.0f articles/s%n", what, n, seconds, n / seconds);
  }

  private static Article article(int i, SplittableRandom random) {
    StringBuilder text = new StringBuilder(5_200);
    while (text.length() < 5_000) {
      text.append(WORDS[random.nextInt(WORDS.length)]);
      text.append(random.nextInt(12) == 0 ? ".\n" : " ");
    }
    return Article.builder("synthetic-" + i, text.toString())
        .source("synthetic")
        .outlet(i % 2 == 0 ? "Coast Herald" : "Valley Post")
        .title("Synthetic report " + i)
        .published(LocalDate.of(2024, 1, 1).plusDays(i % 365))
        .build();
  }
}
