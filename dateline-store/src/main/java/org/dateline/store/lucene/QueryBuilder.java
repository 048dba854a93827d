package org.dateline.store.lucene;

import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dateline.store.SearchQuery;

/**
 * Turns a {@link SearchQuery} into a Lucene query.
 *
 * <p>The user's text is read in Lucene's classic syntax. Unfielded words are looked for in the
 * title (boosted {@value #TITLE_BOOST}x) and the text, and every word must match (the default
 * operator is AND, as in web search: more words, fewer hits; write {@code OR} for either). Fielded
 * terms may name {@code title:}, {@code text:} and {@code outlet:} (the whole outlet name,
 * quoted if it has spaces: {@code outlet:"Middle East Eye"}). A blank text matches every article,
 * so the filters alone can list articles.
 *
 * <p>Text that is not valid syntax (an unclosed quote or bracket, a dangling {@code AND}) is
 * refused with an {@link IllegalArgumentException} saying where, rather than silently searched
 * for as escaped words: a query that means something else than the user typed would return
 * plausible but wrong results.
 *
 * <p>Outlet and date filters are non-scoring FILTER clauses; an undated article never passes a
 * date filter.
 */
final class QueryBuilder {

  /** How much more a match in the title counts than one in the text. */
  static final float TITLE_BOOST = 2.0f;

  private final Analyzer analyzer;

  /** A builder parsing with {@code analyzer} (see {@link StoreAnalyzers#querying()}). */
  QueryBuilder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The user's text as a query, without filters (what snippets highlight).
   *
   * @throws IllegalArgumentException if the text is not valid classic query syntax
   */
  Query parse(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {FieldNames.TITLE, FieldNames.TEXT},
        analyzer,
        Map.of(FieldNames.TITLE, TITLE_BOOST, FieldNames.TEXT, 1.0f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(explain(text, e), e);
    }
  }

  /** {@code parsed} restricted by the outlet and date filters of {@code query}. */
  Query filter(Query parsed, SearchQuery query) {
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(parsed, Occur.MUST);
    query.outlet().ifPresent(outlet -> filtered.add(
        new TermQuery(new Term(FieldNames.OUTLET, StoreAnalyzers.outletKey(outlet))), Occur.FILTER));
    if (query.from().isPresent() || query.to().isPresent()) {
      long from = query.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      long to = query.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      filtered.add(LongPoint.newRangeQuery(FieldNames.PUBLISHED, from, to), Occur.FILTER);
    }
    return filtered.build();
  }

  /** One line: what the user typed and where the parser stopped, without its token list. */
  private static String explain(String text, ParseException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    String first = (newline < 0 ? message : message.substring(0, newline)).strip();
    String prefix = "Cannot parse '" + text + "': ";
    if (first.startsWith(prefix)) {
      first = first.substring(prefix.length());
    }
    return "search query \"" + text + "\" is not valid query syntax: " + first
        + " (put phrases in \"quotes\", escape special characters like ( ) [ ] : \" with \\)";
  }
}
