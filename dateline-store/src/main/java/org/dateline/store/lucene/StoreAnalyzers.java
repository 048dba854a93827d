package org.dateline.store.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the store turns text into terms.
 *
 * <p>Title and text: Unicode word boundaries ({@link StandardTokenizer}), English possessives
 * removed ("Iran’s" and "Iran's" give "iran"), lowercased. There is deliberately <em>no</em>
 * stemming and no stop-word removal. News search is mostly about names, and stemmers conflate
 * them: Porter and the minimal plural stemmer both turn "Hamas" into "hama", so a search for the
 * Syrian city Hama would find every article on Hamas, and "Quds" would match "Qud". Users who want
 * inflections ask for them ({@code strike*}, {@code strike OR strikes}); phrases match exactly.
 *
 * <p>Outlet: the whole name as one lowercased term, so {@code outlet:"Middle East Eye"} and the
 * outlet filter are exact but case-insensitive.
 */
final class StoreAnalyzers {

  private StoreAnalyzers() {}

  /** The analyzer documents are indexed with (only title and text are analyzed). */
  static Analyzer indexing() {
    return new EnglishTextAnalyzer();
  }

  /** The analyzer user queries are parsed with: the text analyzer, keyword for the outlet. */
  static Analyzer querying() {
    return new PerFieldAnalyzerWrapper(
        new EnglishTextAnalyzer(), Map.of(FieldNames.OUTLET, new OutletAnalyzer()));
  }

  /** The indexed form of an outlet name: lowercased code point by code point, like the analyzer. */
  static String outletKey(String outlet) {
    StringBuilder key = new StringBuilder(outlet.length());
    outlet.codePoints().map(Character::toLowerCase).forEach(key::appendCodePoint);
    return key.toString();
  }

  private static final class EnglishTextAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer words = new StandardTokenizer();
      TokenStream terms = new LowerCaseFilter(new EnglishPossessiveFilter(words));
      return new TokenStreamComponents(words, terms);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }

  private static final class OutletAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer whole = new KeywordTokenizer();
      return new TokenStreamComponents(whole, new LowerCaseFilter(whole));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }
}
