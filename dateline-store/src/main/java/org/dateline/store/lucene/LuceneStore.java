package org.dateline.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResults;
import org.dateline.store.Store;
import org.dateline.store.UpsertOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Store} in one directory holding one Lucene index (see the package documentation for
 * the schema, visibility and durability).
 *
 * <p><b>Commit and close.</b> Only {@link #commit()} makes writes durable. {@link #close()} does
 * <em>not</em> commit: it discards every write since the last commit and releases the lock, so
 * a caller that fails half-way through a batch closes without leaving half a batch behind.
 *
 * <p><b>Threads.</b> Writes are serialized (the app upserts from one thread). Reads may come from
 * any threads, concurrently with each other and with writes; each read sees one consistent
 * point in time that includes every write completed before it started. {@code close()} must not
 * race with other calls, and nothing may be called after it.
 */
public final class LuceneStore implements Store {

  private final Path dir;
  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private final @Nullable Fingerprints fingerprints;
  private final SearcherManager searchers;
  private final ArticleSearcher articleSearcher = new ArticleSearcher();
  private final Object writeLock = new Object();
  /** Index changes made so far, and how many of them the current searcher is known to see. */
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong visible = new AtomicLong();
  private boolean closed;

  LuceneStore(Path dir, Directory directory, @Nullable IndexWriter writer,
      @Nullable Fingerprints fingerprints, SearcherManager searchers) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.fingerprints = fingerprints;
    this.searchers = searchers;
  }

  /** See {@link Store#open}: takes the write lock, creates the store if needed. */
  public static Store open(Path dir) throws IOException {
    return StoreOpener.openWritable(dir);
  }

  /** See {@link Store#openReadOnly}: the last commit, no lock. */
  public static Store openReadOnly(Path dir) throws IOException {
    return StoreOpener.openReadOnly(dir);
  }

  @Override
  public UpsertOutcome upsert(Article article, Optional<Analysis> analysis, String analysisRevision)
      throws IOException {
    if (analysis.isPresent() != !analysisRevision.isEmpty()) {
      throw new IllegalArgumentException("an analysis needs a revision, and a revision an analysis");
    }
    String articleFingerprint = article.fingerprint();
    String fingerprint = Fingerprints.of(articleFingerprint, analysisRevision);
    synchronized (writeLock) {
      IndexWriter index = writable("upsert");
      Fingerprints known = known();
      UpsertOutcome outcome = known.outcome(article.id(), articleFingerprint, analysisRevision);
      switch (outcome) {
        case NEW -> index.addDocument(
            ArticleDocuments.toDocument(article, fingerprint, analysis, known.arrival(article.id())));
        case UPDATED -> index.updateDocument(new Term(FieldNames.ID, article.id()),
            ArticleDocuments.toDocument(article, fingerprint, analysis, known.arrival(article.id())));
        case UNCHANGED -> {
          return outcome;
        }
      }
      known.remember(article.id(), fingerprint);
      written.incrementAndGet();
      return outcome;
    }
  }

  @Override
  public UpsertOutcome check(Article article, String analysisRevision) {
    synchronized (writeLock) {
      writable("check");
      return known().outcome(article.id(), article.fingerprint(), analysisRevision);
    }
  }

  @Override
  public Optional<Analysis> analysis(String id) throws IOException {
    return read(searcher -> ArticleReads.analysis(searcher, id));
  }

  @Override
  public void forEachAnalysis(BiConsumer<Article, Analysis> action) throws IOException {
    this.<@Nullable Void>read(searcher -> {
      ArticleReads.forEachAnalysis(searcher, action);
      return null;
    });
  }

  @Override
  public void forEachWithAnalysis(BiConsumer<Article, Optional<Analysis>> action) throws IOException {
    this.<@Nullable Void>read(searcher -> {
      ArticleReads.forEachWithAnalysis(searcher, action);
      return null;
    });
  }

  @Override
  public long version() throws IOException {
    return read(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
  }

  @Override
  public Path directory() {
    return dir;
  }

  @Override
  public long forEachArrivedAfter(long after, BiConsumer<Article, Optional<Analysis>> action) throws IOException {
    return read(searcher -> ArticleReads.forEachArrivedAfter(searcher, after, action));
  }

  private Fingerprints known() {
    Fingerprints known = fingerprints;
    if (known == null) {
      throw new IllegalStateException("a writable store has fingerprints");
    }
    return known;
  }

  @Override
  public void commit() throws IOException {
    synchronized (writeLock) {
      writable("commit").commit();
    }
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    return read(searcher -> ArticleReads.get(searcher, id));
  }

  @Override
  public long count() throws IOException {
    return read(ArticleReads::count);
  }

  @Override
  public void forEach(Consumer<Article> action) throws IOException {
    this.<@Nullable Void>read(searcher -> {
      ArticleReads.forEach(searcher, action);
      return null;
    });
  }

  @Override
  public SearchResults search(SearchQuery query) throws IOException {
    return read(searcher -> articleSearcher.search(searcher, query));
  }

  /** Discards uncommitted writes, releases the lock and closes the index. Idempotent. */
  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try (directory; searchers; articleSearcher) {
      if (writer != null) {
        Analyzer indexing = writer.getAnalyzer();
        try {
          writer.close(); // commitOnClose is off: this rolls back to the last commit
        } finally {
          indexing.close();
        }
      }
    }
  }

  @Override
  public String toString() {
    return "LuceneStore[" + dir + (writer == null ? ", read-only]" : "]");
  }

  private IndexWriter writable(String operation) {
    if (writer == null) {
      throw new UnsupportedOperationException(
          "cannot " + operation + ": store " + dir + " was opened read-only");
    }
    if (closed) {
      throw new IllegalStateException("cannot " + operation + ": store " + dir + " is closed");
    }
    return writer;
  }

  /** Runs {@code reading} on a searcher that sees every write completed before this call. */
  private <T extends @Nullable Object> T read(Reading<T> reading) throws IOException {
    long target = written.get();
    if (visible.get() < target) {
      searchers.maybeRefreshBlocking(); // takes the refresh lock, so it reflects writes up to target
      visible.accumulateAndGet(target, Math::max);
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return reading.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  @FunctionalInterface
  private interface Reading<T extends @Nullable Object> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
