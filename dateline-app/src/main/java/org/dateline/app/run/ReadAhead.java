package org.dateline.app.run;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.ReadError;
import org.dateline.model.Article;
import org.jspecify.annotations.Nullable;

/**
 * Reads inputs on a background thread while the caller stores what was read, so parsing and
 * indexing overlap on two cores. Articles and errors arrive in input order through a bounded
 * queue, which caps how far reading runs ahead (and so the memory it holds).
 */
final class ReadAhead {

  private static final int CAPACITY = 256;

  /** One thing read: an article, an error, or the end of the inputs. */
  private record Item(@Nullable Article article, @Nullable ReadError error, @Nullable Throwable crash) {}

  private static final Item END = new Item(null, null, null);

  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(CAPACITY);

  /** Starts reading {@code paths} with {@code ingest}. */
  ReadAhead start(Ingest ingest, List<Path> paths) {
    Thread reader = new Thread(() -> {
      try {
        ingest.read(paths, new QueueSink());
        put(END);
      } catch (Throwable t) {
        put(new Item(null, null, t));
      }
    }, "dateline-reader");
    reader.setDaemon(true);
    reader.start();
    return this;
  }

  /** Hands every article and error to {@code sink} in input order until the inputs end. */
  void drainInto(ArticleSink sink) throws InterruptedException {
    for (Item item = queue.take(); item != END; item = queue.take()) {
      if (item.crash() != null) {
        throw new IllegalStateException("reading failed: " + item.crash().getMessage(), item.crash());
      }
      if (item.article() != null) {
        sink.accept(item.article());
      } else if (item.error() != null) {
        sink.fail(item.error());
      }
    }
  }

  private void put(Item item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class QueueSink implements ArticleSink {
    @Override
    public void accept(Article article) {
      put(new Item(article, null, null));
    }

    @Override
    public void fail(ReadError error) {
      put(new Item(null, error, null));
    }
  }
}
