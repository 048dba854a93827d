package org.dateline.store.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.dateline.store.UpsertOutcome;

/**
 * The fingerprint and arrival number of every stored article by id, held in memory by a writable
 * store so that an upsert decides new / updated / unchanged without a search and an updated
 * article keeps its place in arrival order. Loaded once at open from doc values
 * (no stored fields are decompressed), then kept in step with each write. Costs about 200 bytes
 * per article. Not thread-safe: the store serializes writes.
 */
final class Fingerprints {

  private final Map<String, String> byId;
  private final Map<String, Long> arrivals;
  private long nextArrival;

  private Fingerprints(Map<String, String> byId, Map<String, Long> arrivals, long nextArrival) {
    this.byId = byId;
    this.arrivals = arrivals;
    this.nextArrival = nextArrival;
  }

  /** The fingerprints of the live articles in {@code reader}. */
  static Fingerprints load(IndexReader reader) throws IOException {
    Map<String, String> byId = new HashMap<>(Math.max(16, reader.numDocs() * 4 / 3 + 1));
    Map<String, Long> arrivals = new HashMap<>(Math.max(16, reader.numDocs() * 4 / 3 + 1));
    long next = 0;
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues ids = DocValues.getSorted(leaf, FieldNames.ID);
      BinaryDocValues fingerprints = DocValues.getBinary(leaf, FieldNames.FINGERPRINT);
      NumericDocValues arrival = DocValues.getNumeric(leaf, FieldNames.ARRIVAL);
      for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        if (!fingerprints.advanceExact(doc)) {
          throw new IOException("stored article " + id + " has no fingerprint: the store is damaged");
        }
        byId.put(id, fingerprints.binaryValue().utf8ToString());
        if (arrival.advanceExact(doc)) { // absent in stores written before arrival order was kept
          arrivals.put(id, arrival.longValue());
          next = Math.max(next, arrival.longValue() + 1);
        }
      }
    }
    return new Fingerprints(byId, arrivals, next);
  }

  /**
   * The arrival number of the article with this id: the one it got when first stored, else the
   * next one. Articles are clustered in this order, so an update keeps its place.
   */
  long arrival(String id) {
    return arrivals.computeIfAbsent(id, k -> nextArrival++);
  }

  /** The stored fingerprint of an article with this content and analysis revision. */
  static String of(String articleFingerprint, String analysisRevision) {
    return articleFingerprint + "|" + analysisRevision;
  }

  /**
   * What storing an article with this id, content fingerprint and analysis revision would be:
   * unchanged when the content is the same and no analysis is offered ("" revision) or the stored
   * analysis has the same revision, or that revision refined with evidence from other articles
   * ({@code nlp-5;after=...} for {@code nlp-5}).
   */
  UpsertOutcome outcome(String id, String articleFingerprint, String analysisRevision) {
    String stored = byId.get(id);
    if (stored == null) {
      return UpsertOutcome.NEW;
    }
    int bar = stored.lastIndexOf('|');
    String storedArticle = bar < 0 ? stored : stored.substring(0, bar);
    String storedRevision = bar < 0 ? "" : stored.substring(bar + 1);
    if (!storedArticle.equals(articleFingerprint)) {
      return UpsertOutcome.UPDATED;
    }
    return analysisRevision.isEmpty() || analysisRevision.equals(storedRevision)
        || storedRevision.startsWith(analysisRevision + ";")
        ? UpsertOutcome.UNCHANGED
        : UpsertOutcome.UPDATED;
  }

  /** Records that the article with this id now has this fingerprint. */
  void remember(String id, String fingerprint) {
    byId.put(id, fingerprint);
  }
}
