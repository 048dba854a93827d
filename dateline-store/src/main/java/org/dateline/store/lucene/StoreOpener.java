package org.dateline.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dateline.store.Store;
import org.dateline.store.StoreLockedException;
import org.jspecify.annotations.Nullable;

/**
 * Opens a store directory: takes the lock, creates or checks the schema, loads the fingerprints.
 * On any failure everything opened so far is closed again, so the lock is never left held.
 */
final class StoreOpener {

  /** Indexing buffer before a segment is flushed: larger means fewer, bigger flushes. */
  private static final double RAM_BUFFER_MB = 64;

  private StoreOpener() {}

  static Store openWritable(Path dir) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    @Nullable IndexWriter writer = null;
    @Nullable SearcherManager searchers = null;
    try {
      writer = lock(dir, directory);
      if (DirectoryReader.indexExists(directory)) {
        SchemaVersion.check(dir, writer.getLiveCommitData());
      } else {
        // a new store: commit it empty, so it is a store even if nothing is ever committed
        writer.setLiveCommitData(SchemaVersion.userData().entrySet());
        writer.commit();
      }
      searchers = new SearcherManager(writer, true, false, null);
      IndexSearcher searcher = searchers.acquire();
      Fingerprints fingerprints;
      try {
        fingerprints = Fingerprints.load(searcher.getIndexReader());
      } finally {
        searchers.release(searcher);
      }
      return new LuceneStore(dir, directory, writer, fingerprints, searchers);
    } catch (IOException | RuntimeException | Error e) {
      closeAfterFailure(e, searchers, writer, directory);
      throw e;
    }
  }

  static Store openReadOnly(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no Dateline store: no such directory");
    }
    Directory directory = FSDirectory.open(dir);
    @Nullable DirectoryReader reader = null;
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoSuchFileException(dir.toString(), null,
            "no Dateline store in this directory (nothing was ever committed to it)");
      }
      reader = DirectoryReader.open(directory);
      SchemaVersion.check(dir, reader.getIndexCommit().getUserData().entrySet());
      return new LuceneStore(dir, directory, null, null, new SearcherManager(reader, null));
    } catch (IOException | RuntimeException | Error e) {
      closeAfterFailure(e, reader, directory);
      throw e;
    }
  }

  private static IndexWriter lock(Path dir, Directory directory) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(StoreAnalyzers.indexing())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(RAM_BUFFER_MB);
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new StoreLockedException(dir, e);
    }
  }

  private static void closeAfterFailure(Throwable failure, @Nullable AutoCloseable... opened) {
    for (AutoCloseable closeable : opened) {
      if (closeable == null) {
        continue;
      }
      try {
        if (closeable instanceof IndexWriter writer) {
          writer.rollback();
        } else {
          closeable.close();
        }
      } catch (Exception e) {
        failure.addSuppressed(e);
      }
    }
  }
}
