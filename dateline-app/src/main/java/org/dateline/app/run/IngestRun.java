package org.dateline.app.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.app.stories.StoryDating;
import org.dateline.app.stories.StoryPass;
import org.dateline.nlp.Annotator;
import org.dateline.store.Store;
import org.dateline.store.UpsertOutcome;

/**
 * One ingest run: reads inputs, analyses each new or changed article with the language layer
 * (when an {@link Annotator} is given), and upserts it into a store, committing at checkpoints
 * so that a run killed midway keeps everything committed before it, and once more at the end.
 *
 * <p>Reading runs one thread ahead ({@link ReadAhead}); analysis runs on a pool of threads
 * ({@link ParallelAnalysis}); storing stays on the calling thread, in input order. Articles the
 * store already holds, analysed by the same revision, are not analysed again. An article that
 * appears twice in one run (the same id in two inputs) is stored once; the second copy counts
 * as updated or unchanged like any re-ingest. When the layer ran, the run ends with the story
 * pass ({@link StoryDating}): the new articles join stories (only they are clustered when the
 * run added articles and updated none, and the last pass saved its clusterer), and undated
 * articles are dated from their story partners.
 */
public final class IngestRun {

  private final Store store;
  private final IngestOptions options;
  private final int commitEvery;
  private final IngestProgress progress;
  private final Optional<Annotator> annotator;
  private final int threads;

  /**
   * @param commitEvery how many stored articles between checkpoint commits (at least 1)
   * @param progress told about every article and error as the run goes
   * @param annotator the language layer, or empty to store articles without analysis
   * @param threads how many articles to analyse at once (at least 1)
   */
  public IngestRun(Store store, IngestOptions options, int commitEvery, IngestProgress progress,
      Optional<Annotator> annotator, int threads) {
    if (commitEvery < 1 || threads < 1) {
      throw new IllegalArgumentException("commitEvery and threads must be at least 1");
    }
    this.store = store;
    this.options = options;
    this.commitEvery = commitEvery;
    this.progress = progress;
    this.annotator = annotator;
    this.threads = threads;
  }

  /** Reads every input under {@code paths} into the store and commits. */
  public IngestSummary run(List<Path> paths) throws IOException {
    long started = System.nanoTime();
    long versionBefore = store.version(); // what a saved story clusterer must match to be continued
    Counter counter = new Counter();
    try (ParallelAnalysis analysis = new ParallelAnalysis(annotator, threads)) {
      counter.analysis = analysis;
      new ReadAhead().start(new Ingest(options), paths).drainInto(counter);
      analysis.drain(counter::store);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("ingest interrupted");
    }
    store.commit();
    StoryPass stories = annotator.isPresent()
        ? new StoryDating(store, annotator.get()).run(versionBefore, counter.updated == 0)
        : StoryPass.NONE;
    return new IngestSummary(counter.newCount, counter.updated, counter.unchanged, stories,
        counter.errors, System.nanoTime() - started);
  }

  private final class Counter implements ArticleSink {
    ParallelAnalysis analysis;
    int newCount;
    int updated;
    int unchanged;
    int sinceCommit;
    final List<ReadError> errors = new ArrayList<>();

    @Override
    public void accept(Article article) {
      String revision = annotator.map(Annotator::revision).orElse("");
      try {
        if (annotator.isPresent() && store.check(article, revision) == UpsertOutcome.UNCHANGED) {
          unchanged++;
          progress.stored(article);
          return;
        }
        analysis.submit(article, this::store);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      }
    }

    void store(Article article, Optional<Analysis> analysed, Optional<String> failure) {
      failure.ifPresent(reason -> fail(new ReadError(article.source(), reason)));
      String revision = analysed.isPresent() ? annotator.map(Annotator::revision).orElse("") : "";
      try {
        UpsertOutcome outcome = store.upsert(article, analysed, revision);
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
