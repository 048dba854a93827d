package org.dateline.app.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.nlp.Annotator;

/**
 * Analyses articles on a pool of threads and hands the results back in submission order, on the
 * submitting thread. At most a few articles per thread are in flight, which bounds memory. An
 * analysis that fails is reported with its reason and the article is still stored, without
 * analysis. Without an annotator, articles pass straight through.
 */
final class ParallelAnalysis implements AutoCloseable {

  /** Receives each article with its analysis, or the reason analysis failed. */
  @FunctionalInterface
  interface Result {
    void accept(Article article, Optional<Analysis> analysis, Optional<String> failure);
  }

  private record Pending(Article article, Future<Analysis> analysis) {}

  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final Optional<Annotator> annotator;
  private final int limit;
  private final ExecutorService pool;
  private final Deque<Pending> pending = new ArrayDeque<>();

  ParallelAnalysis(Optional<Annotator> annotator, int threads) {
    this.annotator = annotator;
    this.limit = threads * IN_FLIGHT_PER_THREAD;
    this.pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "dateline-analysis");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Queues {@code article}; results that are ready (in order) go to {@code result}. */
  void submit(Article article, Result result) throws InterruptedException {
    if (annotator.isEmpty()) {
      result.accept(article, Optional.empty(), Optional.empty());
      return;
    }
    Annotator reader = annotator.get();
    pending.addLast(new Pending(article, pool.submit(() -> reader.annotate(article))));
    while (pending.size() > limit || (!pending.isEmpty() && pending.peekFirst().analysis().isDone())) {
      deliver(pending.removeFirst(), result);
    }
  }

  /** Waits for every queued article and hands them all to {@code result}, in order. */
  void drain(Result result) throws InterruptedException {
    while (!pending.isEmpty()) {
      deliver(pending.removeFirst(), result);
    }
  }

  private static void deliver(Pending next, Result result) throws InterruptedException {
    try {
      result.accept(next.article(), Optional.of(next.analysis().get()), Optional.empty());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      result.accept(next.article(), Optional.empty(),
          Optional.of("analysis failed, stored without it: " + cause));
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
