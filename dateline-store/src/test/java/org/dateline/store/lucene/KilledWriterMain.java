package org.dateline.store.lucene;

import java.nio.file.Path;
import org.dateline.model.Article;
import org.dateline.store.Store;

/**
 * The writer process that {@link KilledWriterTest} kills: commits a batch, then writes (and
 * updates) without committing until it is killed. Reading between writes makes Lucene flush the
 * uncommitted segments to disk, so the kill leaves uncommitted files behind.
 *
 * <p>Arguments: the store directory and the number of articles to commit.
 */
public final class KilledWriterMain {

  /** Printed once the batch is committed. */
  static final String COMMITTED = "committed";

  /** Printed once uncommitted writes have reached the disk; writing goes on after it. */
  static final String WRITING_MORE = "writing more";

  private KilledWriterMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int committed = Integer.parseInt(args[1]);
    Store store = Store.open(dir); // never closed: the process is killed
    for (int i = 0; i < committed; i++) {
      store.upsert(article("c-" + i, "committed version"));
    }
    store.commit();
    System.out.println(COMMITTED);
    for (int i = 0; ; i++) {
      store.upsert(article("u-" + i, "uncommitted"));
      if (i % 100 == 0) {
        store.upsert(article("c-" + (i / 100 % committed), "uncommitted update " + i));
      }
      if (i % 500 == 499) {
        store.count(); // refreshes the reader: flushes a segment without committing
      }
      if (i == 2_000) {
        System.out.println(WRITING_MORE);
      }
    }
  }

  static Article article(String id, String version) {
    String body = ("The river authority published its " + version + " of the flood report. ")
        .repeat(40);
    return Article.builder(id, body).source("killed-writer").title("Flood report " + id).build();
  }
}
