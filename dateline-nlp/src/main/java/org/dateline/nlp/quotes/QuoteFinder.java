package org.dateline.nlp.quotes;

import java.util.List;
import java.util.Objects;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.nlp.text.ParsedText;

/**
 * Finds who said what in an article: direct quotes in quotation marks and reported speech, each
 * with its speaker (see the package documentation for the rules). Stateless apart from its
 * lexicon, so one instance may serve many threads.
 *
 * <pre>{@code
 * List<Quote> quotes = new QuoteFinder().find(parsed, mentions);
 * }</pre>
 */
public final class QuoteFinder {

  private final SpeechLexicon lexicon;

  /** A finder with the default word lists. */
  public QuoteFinder() {
    this(SpeechLexicon.defaults());
  }

  /** A finder with the given word lists. */
  public QuoteFinder(SpeechLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * The quotes of an article, in text order.
   *
   * @param parsed the article's text, sentences, tokens and names
   * @param mentions the actor mentions found in that text (spans into {@code parsed.text()}); a
   *     speaker's id comes from these, so the resolver's output plugs in directly
   */
  public List<Quote> find(ParsedText parsed, List<Mention> mentions) {
    return articleQuotes(parsed, mentions).quotes();
  }

  /**
   * The quoted phrases that are not quotes: one or two words, Title Case or single-quoted, with
   * no speech cue around them (scare quotes, titles, nicknames), in text order. Spans lie inside
   * the marks.
   *
   * @param parsed the article's text, sentences, tokens and names
   * @param mentions the actor mentions found in that text
   */
  public List<Span> scareQuotes(ParsedText parsed, List<Mention> mentions) {
    return articleQuotes(parsed, mentions).scareQuotes();
  }

  /** Quotes and scare quotes from one reading of the article. */
  public record Reading(List<Quote> quotes, List<Span> scareQuotes) {}

  /** {@link #find} and {@link #scareQuotes} at once, reading the article once. */
  public Reading read(ParsedText parsed, List<Mention> mentions) {
    ArticleQuotes article = articleQuotes(parsed, mentions);
    return new Reading(article.quotes(), article.scareQuotes());
  }

  private ArticleQuotes articleQuotes(ParsedText parsed, List<Mention> mentions) {
    return new ArticleQuotes(
        Objects.requireNonNull(parsed, "parsed"), Objects.requireNonNull(mentions, "mentions"), lexicon);
  }
}
