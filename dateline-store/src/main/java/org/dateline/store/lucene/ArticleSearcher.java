package org.dateline.store.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResults;

/**
 * Runs a {@link SearchQuery}: parses and filters it ({@link QueryBuilder}), ranks with BM25,
 * counts all hits exactly, and highlights the returned ones ({@link SnippetHighlighter}).
 * Thread-safe: it holds only its analyzer. Close it to release the analyzer's per-thread state.
 */
final class ArticleSearcher implements Closeable {

  private final Analyzer analyzer = StoreAnalyzers.querying();
  private final QueryBuilder queries = new QueryBuilder(analyzer);

  /**
   * The best {@code query.limit()} hits in {@code searcher}'s view.
   *
   * @throws IllegalArgumentException if the query text is not valid syntax or expands to too many
   *     terms
   */
  SearchResults search(IndexSearcher searcher, SearchQuery query) throws IOException {
    Query matching = queries.parse(query.text());
    Query filtered = queries.filter(matching, query);
    TopDocs top;
    long total;
    try {
      top = searcher.search(filtered, query.limit());
      total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
          ? top.totalHits.value
          : searcher.count(filtered);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("search query \"" + query.text()
          + "\" expands to too many terms; make wildcard prefixes longer", e);
    }
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    List<List<String>> snippets = new SnippetHighlighter(searcher, analyzer).snippets(matching, docs);
    StoredFields stored = searcher.storedFields();
    List<SearchResults.Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc scored = top.scoreDocs[i];
      hits.add(new SearchResults.Hit(
          ArticleDocuments.toArticle(stored.document(scored.doc)), scored.score, snippets.get(i)));
    }
    return new SearchResults(total, hits);
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
