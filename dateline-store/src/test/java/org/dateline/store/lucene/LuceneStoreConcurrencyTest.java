package org.dateline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.store.SearchQuery;
import org.dateline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreConcurrencyTest {

  private static final int ARTICLES = 3_000;
  private static final int READERS = 3;

  @TempDir Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void readersOnOtherThreadsSeeEveryCompletedWrite() throws Exception {
    AtomicInteger written = new AtomicInteger(); // articles 0 .. written-1 are upserted
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService threads = Executors.newFixedThreadPool(READERS);
    try (Store store = Store.open(dir)) {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        long seed = r;
        readers.add(threads.submit(() -> {
          SplittableRandom random = new SplittableRandom(seed);
          long lastCount = 0;
          int reads = 0;
          while (!done.get()) {
            int seen = written.get();
            long count = store.count();
            assertThat(count).isGreaterThanOrEqualTo(Math.max(seen, lastCount));
            lastCount = count;
            if (seen > 0) {
              String id = "w-" + random.nextInt(seen);
              assertThat(store.get(id)).as(id).isPresent();
            }
            assertThat(store.search(SearchQuery.of("regatta")).total()).isGreaterThanOrEqualTo(seen);
            reads++;
          }
          return reads;
        }));
      }
      for (int i = 0; i < ARTICLES; i++) {
        store.upsert(TestArticles.bare("w-" + i, "Report " + i + " from the regatta."));
        written.set(i + 1);
        if (i % 250 == 0) {
          assertThat(store.get("w-" + i)).isPresent();
        }
        if (i % 1_000 == 999) {
          store.commit();
        }
      }
      done.set(true);
      for (Future<Integer> reader : readers) {
        assertThat(reader.get()).isPositive();
      }
      assertThat(store.count()).isEqualTo(ARTICLES);
    } finally {
      threads.shutdownNow();
    }
  }
}
