package org.dateline.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.nlp.text.ParsedText;

/**
 * One pass over one article: stretch by stretch, the subject is read and attended to, the
 * quotations opening there are attributed and sorted into quotes and scare quotes, and reported
 * speech is added where no direct quote of the same speaker covers it.
 */
final class ArticleQuotes {

  private final String text;
  private final List<Quotation> quotations;
  private final TokenView words;
  private final List<Stretch> stretches;
  private final SubjectReader reader;
  private final Discourse discourse;
  private final DirectAttributor attributor;
  private final ReportedSpeechFinder reported;
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Span> scareQuotes = new ArrayList<>();
  private int nextQuotation;

  ArticleQuotes(ParsedText parsed, List<Mention> mentions, SpeechLexicon lexicon) {
    this.text = parsed.text();
    this.quotations = QuotationScanner.scan(text);
    this.words = new TokenView(parsed, quotations, mentions);
    this.stretches = Stretch.of(parsed, words);
    this.reader = new SubjectReader(words, lexicon);
    this.discourse = new Discourse(words, lexicon, new RoleIndex(words, stretches, lexicon));
    this.attributor = new DirectAttributor(words, reader, discourse, lexicon);
    this.reported = new ReportedSpeechFinder(words, reader, lexicon);
    for (int k = 0; k < stretches.size(); k++) {
      read(k);
    }
    quotes.sort(Comparator.comparing(Quote::span));
  }

  List<Quote> quotes() {
    return List.copyOf(quotes);
  }

  List<Span> scareQuotes() {
    return List.copyOf(scareQuotes);
  }

  private void read(int k) {
    Stretch stretch = stretches.get(k);
    Optional<Subject> subject = reader.subjectOf(stretch.first(), stretch.end())
        .or(() -> reader.agentIn(stretch.first(), stretch.end()));
    Optional<Speaker> actor = subject.flatMap(s -> discourse.resolve(s, stretch.first()));
    actor.ifPresent(discourse::attend);
    List<Speaker> quoted = readQuotations(k);
    for (ReportedSpeechFinder.Report report : reported.find(stretch, subject)) {
      Optional<Speaker> speaker = discourse.resolve(report.speaker(), stretch.first());
      boolean covered = speaker.isPresent() && quoted.stream().anyMatch(s -> s.same(speaker.get()));
      boolean overlapping = quotes.stream().anyMatch(q -> q.span().overlaps(report.clause()));
      if (speaker.isPresent() && !covered && !overlapping) {
        // a source named in passing ("…, according to X") does not take the focus from the subject
        if (actor.isEmpty() || !actor.get().person()) {
          discourse.attend(speaker.get());
        }
        quotes.add(quote(report.clause(), speaker, false));
      }
    }
  }

  /** Attributes the quotations opening in stretch {@code k}; returns the speakers found. */
  private List<Speaker> readQuotations(int k) {
    Stretch stretch = stretches.get(k);
    List<Speaker> speakers = new ArrayList<>();
    while (nextQuotation < quotations.size()
        && words.firstAtOrAfter(quotations.get(nextQuotation).outer().start()) < stretch.end()) {
      Quotation quotation = quotations.get(nextQuotation++);
      int close = closing(k, words.firstAtOrAfter(quotation.outer().end()) - 1);
      DirectAttributor.Attribution attribution = attributor.attribute(
          quotation, stretch, stretches.get(close), stretch(k - 1), stretch(close + 1));
      if (!ScareQuoteRule.isQuote(quotation, attribution.cued(), text)) {
        scareQuotes.add(quotation.inner());
        continue;
      }
      attribution.speaker().ifPresent(s -> {
        discourse.attend(s);
        speakers.add(s);
      });
      quotes.add(quote(quotation.inner(), attribution.speaker(), true));
    }
    return speakers;
  }

  /** The index of the stretch, from {@code from} on, that holds {@code token}. */
  private int closing(int from, int token) {
    for (int k = from; k < stretches.size(); k++) {
      if (stretches.get(k).contains(token)) {
        return k;
      }
    }
    return from;
  }

  private Optional<Stretch> stretch(int k) {
    return k >= 0 && k < stretches.size() ? Optional.of(stretches.get(k)) : Optional.empty();
  }

  private Quote quote(Span span, Optional<Speaker> speaker, boolean direct) {
    return new Quote(span, span.slice(text), speaker.flatMap(Speaker::id), speaker.map(Speaker::name), direct);
  }
}
