package org.dateline.nlp.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.model.Figure;
import org.dateline.model.Span;
import org.dateline.nlp.text.ParsedText;

/**
 * Finds the numeric claims of an article: each number with what it counts, whether the text
 * hedges it, and where it stands (see the package documentation for what counts). Stateless
 * apart from its lexicon, so one instance may serve many threads.
 *
 * <pre>{@code
 * List<Figure> figures = new FigureFinder().find(parsed);
 * }</pre>
 */
public final class FigureFinder {

  private final FigureLexicon lexicon;

  /** A finder with the default word lists. */
  public FigureFinder() {
    this(FigureLexicon.defaults());
  }

  /** A finder with the given word lists. */
  public FigureFinder(FigureLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * The figures of an article, in text order.
   *
   * @param parsed the article's text, sentences and tokens
   */
  public List<Figure> find(ParsedText parsed) {
    Objects.requireNonNull(parsed, "parsed");
    Tokens tokens = new Tokens(parsed);
    NumberReader numbers = new NumberReader(tokens, lexicon);
    NonClaims nonClaims = new NonClaims(tokens);
    CountedPhraseReader counted = new CountedPhraseReader(tokens, lexicon);
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Optional<Amount> amount = numbers.read(i);
      if (amount.isEmpty()) {
        continue;
      }
      Amount a = amount.get();
      int sign = moneySign(tokens, i) ? 1 : 0;
      int hedge = lexicon.hedgeBefore(tokens, i - sign);
      int lead = hedge + sign;
      Optional<CountedPhraseReader.Counted> what =
          nonClaims.rejects(a, hedge, lead) ? Optional.empty() : counted.read(a, lead);
      if (what.isPresent()) {
        int start = a.start() - lead;
        Span span = new Span(tokens.start(start), tokens.end(what.get().end() - 1));
        figures.add(new Figure(span, span.slice(tokens.text()), a.value(), what.get().what(), hedge > 0 || a.vague()));
      }
      i = a.end() - 1;
    }
    return List.copyOf(figures);
  }

  /** Whether a currency sign stands right before token {@code i} ("$2 million"). */
  private boolean moneySign(Tokens tokens, int i) {
    return i > 0 && tokens.sameSentence(i - 1, i) && tokens.punctuation(i - 1)
        && lexicon.unitAt(tokens, i - 1).map(u -> u.value() == FigureLexicon.UnitKind.MONEY).orElse(false);
  }
}
