package org.dateline.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.store.lucene.LuceneStore;

/**
 * Where Dateline keeps what it has read: one directory holding an embedded index.
 *
 * <p>Writes are idempotent upserts keyed by {@link Article#id()}. Nothing written is visible to a
 * later {@link #open} until {@link #commit()}; a commit is atomic, so a process killed at any
 * moment leaves the store as of its last commit.
 *
 * <p>A store is safe for one writing process at a time; {@link #open} fails with a clear message
 * if another process holds it. Within a process, writes are serialized and reads may come from
 * any thread; the reads of a writable store see its uncommitted writes too.
 *
 * <p>{@link #close()} does not commit: writes since the last {@link #commit()} are discarded.
 */
public interface Store extends Closeable {

  /** Opens the store in {@code dir}, creating the directory and an empty store if needed. */
  static Store open(Path dir) throws IOException {
    return LuceneStore.open(dir);
  }

  /**
   * Opens the store in {@code dir} for reading only: it sees the last commit, takes no lock, and
   * can be used while another process writes. Its write methods throw
   * {@link UnsupportedOperationException}.
   *
   * @throws java.nio.file.NoSuchFileException if {@code dir} holds no store
   */
  static Store openReadOnly(Path dir) throws IOException {
    return LuceneStore.openReadOnly(dir);
  }

  /**
   * Stores {@code article} without analysis, replacing any article with the same id. An article
   * identical to the stored one is left alone, with whatever analysis it has.
   *
   * @return whether it was new, changed, or identical (by {@link Article#fingerprint()}) to the
   *     stored one; an unchanged article is not rewritten
   */
  default UpsertOutcome upsert(Article article) throws IOException {
    return upsert(article, Optional.empty(), "");
  }

  /**
   * Stores {@code article} with what the language layer read in it.
   *
   * @param analysisRevision the revision of the analyzer that produced {@code analysis} ("" when
   *     there is none): an unchanged article analysed by another revision is stored again. An
   *     analysis that used evidence from other articles has the base revision refined by
   *     {@code ;} and that evidence ({@code nlp-5;after=a@2021-05-17})
   * @return {@link UpsertOutcome#UNCHANGED} if the stored article is identical and either no
   *     analysis is given or the stored one has the same revision (or that revision refined);
   *     else NEW or UPDATED
   */
  UpsertOutcome upsert(Article article, Optional<Analysis> analysis, String analysisRevision)
      throws IOException;

  /**
   * What {@link #upsert(Article, Optional, String)} would report, without writing: lets a caller
   * skip analysing articles the store already holds.
   */
  UpsertOutcome check(Article article, String analysisRevision) throws IOException;

  /** The stored analysis of the article with this id, if it has one. */
  Optional<Analysis> analysis(String id) throws IOException;

  /**
   * Every article with its analysis if it has one, in the order the articles first arrived in
   * this store (an update keeps the article's place): the order stories are built in.
   */
  default void forEachInArrivalOrder(BiConsumer<Article, Optional<Analysis>> action) throws IOException {
    forEachArrivedAfter(Long.MIN_VALUE, action);
  }

  /**
   * The articles whose arrival number is above {@code after}, with their analysis if they have
   * one, in arrival order: what arrived since a caller last looked. Every article gets the next
   * arrival number when first stored and keeps it when updated. Reads one number per stored
   * article and the stored fields of only the articles handed over.
   *
   * @return the arrival number of the last article handed over, or {@code after} if none was
   */
  long forEachArrivedAfter(long after, BiConsumer<Article, Optional<Analysis>> action) throws IOException;

  /**
   * A number that changes whenever the store's contents change: what was derived from the store
   * at one version (its stories) still holds while the version is the same.
   */
  long version() throws IOException;

  /** The directory the store lives in; derived data may be kept beside the index there. */
  Path directory();

  /** Every analysed article with its analysis, in id order. */
  void forEachAnalysis(BiConsumer<Article, Analysis> action) throws IOException;

  /** Every article with its analysis if it has one, in id order. */
  void forEachWithAnalysis(BiConsumer<Article, Optional<Analysis>> action) throws IOException;

  /** Makes every upsert so far durable and visible, atomically. */
  void commit() throws IOException;

  /** The committed or pending article with this id. */
  Optional<Article> get(String id) throws IOException;

  /** Number of articles, pending ones included. */
  long count() throws IOException;

  /**
   * Every article, in id order (Unicode code point order), one at a time: the store is streamed,
   * not loaded into memory.
   */
  void forEach(Consumer<Article> action) throws IOException;

  /**
   * Ranked full-text search with highlighted snippets. Every word of the query text must match
   * (write {@code OR} for either); a blank text matches every article the filters let through.
   *
   * @throws IllegalArgumentException if the query text is not valid Lucene classic syntax; the
   *     message says where, fit to show the user
   */
  SearchResults search(SearchQuery query) throws IOException;
}
