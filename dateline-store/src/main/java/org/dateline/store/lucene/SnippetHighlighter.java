package org.dateline.store.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks the best passages of each hit's text and marks the matched terms (see
 * {@link SnippetFormatter}). Passages are sentences, chosen by Lucene's passage scorer and shown
 * in text order; offsets come from the postings, so the text is not re-analyzed. A hit that
 * matched only in its title gets its first sentence. Create one per search: it is bound to the
 * searcher it reads from.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  /** The most passages per hit. */
  static final int MAX_PASSAGES = 3;

  private static final String[] FIELDS = {FieldNames.TEXT};

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withMaxNoHighlightPassages(1));
  }

  /**
   * The snippets of each document, in the order of {@code docIds}.
   *
   * @param query the user's query without filters (filters match no text)
   */
  List<List<String>> snippets(Query query, int[] docIds) throws IOException {
    int[] maxPassages = {MAX_PASSAGES};
    Object[] formatted = highlightFieldsAsObjects(FIELDS, query, docIds, maxPassages)
        .get(FieldNames.TEXT);
    List<List<String>> snippets = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      Object passages = formatted == null ? null : formatted[i];
      snippets.add(passages == null ? List.of() : castToSnippets(passages));
    }
    return snippets;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castToSnippets(Object passages) {
    return (List<String>) passages;
  }
}
