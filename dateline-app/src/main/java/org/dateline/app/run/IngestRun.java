package org.dateline.app.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.model.Article;
import org.dateline.store.Store;
import org.dateline.store.UpsertOutcome;

/**
 * One ingest run: reads inputs and upserts every article into a store, committing at checkpoints
 * so that a run killed midway keeps everything committed before it, and once more at the end.
 * Reading runs one thread ahead of storing (see {@link ReadAhead}).
 *
 * <p>An article that appears twice in one run (the same id in two inputs) is stored once; the
 * second copy counts as updated or unchanged like any re-ingest.
 */
public final class IngestRun {

  private final Store store;
  private final IngestOptions options;
  private final int commitEvery;
  private final IngestProgress progress;

  /**
   * @param commitEvery how many stored articles between checkpoint commits (at least 1)
   * @param progress told about every article and error as the run goes
   */
  public IngestRun(Store store, IngestOptions options, int commitEvery, IngestProgress progress) {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1: " + commitEvery);
    }
    this.store = store;
    this.options = options;
    this.commitEvery = commitEvery;
    this.progress = progress;
  }

  /** Reads every input under {@code paths} into the store and commits. */
  public IngestSummary run(List<Path> paths) throws IOException {
    long started = System.nanoTime();
    Counter counter = new Counter();
    try {
      new ReadAhead().start(new Ingest(options), paths).drainInto(counter);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("ingest interrupted");
    }
    store.commit();
    return new IngestSummary(counter.newCount, counter.updated, counter.unchanged,
        counter.errors, System.nanoTime() - started);
  }

  private final class Counter implements ArticleSink {
    int newCount;
    int updated;
    int unchanged;
    int sinceCommit;
    final List<ReadError> errors = new ArrayList<>();

    @Override
    public void accept(Article article) {
      try {
        UpsertOutcome outcome = store.upsert(article);
        switch (outcome) {
          case NEW -> newCount++;
          case UPDATED -> updated++;
          case UNCHANGED -> unchanged++;
        }
        if (outcome != UpsertOutcome.UNCHANGED && ++sinceCommit >= commitEvery) {
          store.commit();
          sinceCommit = 0;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot store article " + article.id() + ": " + e.getMessage(), e);
      }
      progress.stored(article);
    }

    @Override
    public void fail(ReadError error) {
      errors.add(error);
      progress.failed(error);
    }
  }
}
