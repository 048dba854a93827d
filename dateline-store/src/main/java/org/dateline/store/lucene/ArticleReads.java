package org.dateline.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.dateline.model.Analysis;
import org.dateline.model.Article;

/** Reading articles back from one point-in-time view of the index: by id, counted, or all. */
final class ArticleReads {

  private ArticleReads() {}

  /** The article with this id in {@code searcher}'s view. */
  static Optional<Article> get(IndexSearcher searcher, String id) throws IOException {
    return document(searcher, id).map(ArticleDocuments::toArticle);
  }

  /** The stored analysis of the article with this id, if any. */
  static Optional<Analysis> analysis(IndexSearcher searcher, String id) throws IOException {
    return document(searcher, id).flatMap(ArticleDocuments::toAnalysis);
  }

  private static Optional<Document> document(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(FieldNames.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
  }

  /** Every analysed article with its analysis, in id order. */
  static void forEachAnalysis(IndexSearcher searcher, BiConsumer<Article, Analysis> action)
      throws IOException {
    forEachDocument(searcher, doc -> ArticleDocuments.toAnalysis(doc)
        .ifPresent(analysis -> action.accept(ArticleDocuments.toArticle(doc), analysis)));
  }

  /** Every article with its analysis if it has one, in id order. */
  static void forEachWithAnalysis(IndexSearcher searcher, BiConsumer<Article, Optional<Analysis>> action)
      throws IOException {
    forEachDocument(searcher,
        doc -> action.accept(ArticleDocuments.toArticle(doc), ArticleDocuments.toAnalysis(doc)));
  }

  /**
   * Every article whose arrival number is above {@code after}, with its analysis if it has one,
   * in the order they first arrived in the store (articles stored before arrival was kept count
   * as arrival -1 and come first, in index order). Walks the arrival doc values of every live
   * article but loads only the documents handed over; holds one long per article handed over
   * while sorting. Returns the last arrival number handed over, or {@code after}.
   */
  static long forEachArrivedAfter(IndexSearcher searcher, long after,
      BiConsumer<Article, Optional<Analysis>> action) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<long[]> order = new ArrayList<>();
    for (LeafReaderContext context : reader.leaves()) {
      Bits live = context.reader().getLiveDocs();
      NumericDocValues arrival = DocValues.getNumeric(context.reader(), FieldNames.ARRIVAL);
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          long key = arrival.advanceExact(doc) ? arrival.longValue() : -1;
          if (key > after) {
            order.add(new long[] {key, context.docBase + doc});
          }
        }
      }
    }
    order.sort(Comparator.<long[]>comparingLong(o -> o[0]).thenComparingLong(o -> o[1]));
    StoredFields stored = reader.storedFields();
    for (long[] next : order) {
      Document doc = stored.document((int) next[1]);
      action.accept(ArticleDocuments.toArticle(doc), ArticleDocuments.toAnalysis(doc));
    }
    return order.isEmpty() ? after : order.get(order.size() - 1)[0];
  }

  /** How many (live) articles {@code searcher} sees. */
  static long count(IndexSearcher searcher) {
    return searcher.getIndexReader().numDocs();
  }

  /**
   * Hands every article to {@code action} in id order (the order of the ids' UTF-8 bytes, which
   * is Unicode code point order), one at a time: the id terms are walked merged across segments,
   * so nothing is sorted or held in memory and the cost is linear in the number of articles.
   */
  static void forEach(IndexSearcher searcher, Consumer<Article> action) throws IOException {
    forEachDocument(searcher, doc -> action.accept(ArticleDocuments.toArticle(doc)));
  }

  private static void forEachDocument(IndexSearcher searcher, Consumer<Document> action)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Terms ids = MultiTerms.getTerms(reader, FieldNames.ID);
    if (ids == null) {
      return;
    }
    Bits live = MultiBits.getLiveDocs(reader);
    StoredFields stored = reader.storedFields();
    TermsEnum terms = ids.iterator();
    PostingsEnum postings = null;
    while (terms.next() != null) {
      postings = terms.postings(postings, PostingsEnum.NONE);
      // an updated article's old versions are still in the postings, marked deleted
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          action.accept(stored.document(doc));
        }
      }
    }
  }
}
