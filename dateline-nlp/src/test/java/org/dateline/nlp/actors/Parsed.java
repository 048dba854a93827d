package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;
import org.dateline.nlp.text.NerLabel;
import org.dateline.nlp.text.NerSpan;
import org.dateline.nlp.text.ParsedText;

/**
 * Builds a {@link ParsedText} by hand, the way the CoreNLP parser would shape it: tokens are runs
 * of letters and digits or single marks (so "al-Harbi" is three tokens), sentences end at '.',
 * '!' or '?' followed by a space, and the tagger finds exactly the names the test tags.
 */
final class Parsed {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)");

  private final String text;
  private final List<NerSpan> entities = new ArrayList<>();

  private Parsed(String text) {
    this.text = text;
  }

  static Parsed of(String text) {
    return new Parsed(text);
  }

  /** Tags every whole-word occurrence of {@code name} outside the names tagged before. */
  Parsed tag(NerLabel label, String name) {
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      if (entities.stream().noneMatch(e -> e.span().overlaps(span))) {
        entities.add(new NerSpan(span, name, label));
      }
    }
    return this;
  }

  Parsed person(String name) {
    return tag(NerLabel.PERSON, name);
  }

  Parsed org(String name) {
    return tag(NerLabel.ORGANIZATION, name);
  }

  Parsed place(String name) {
    return tag(NerLabel.LOCATION, name);
  }

  ParsedText build() {
    List<Span> tokens = new ArrayList<>();
    Matcher t = TOKEN.matcher(text);
    while (t.find()) {
      tokens.add(new Span(t.start(), t.end()));
    }
    List<Span> sentences = new ArrayList<>();
    Matcher s = SENTENCE.matcher(text);
    while (s.find()) {
      int start = s.start();
      while (start < s.end() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start < s.end()) {
        sentences.add(new Span(start, s.end()));
      }
    }
    List<NerSpan> sorted = new ArrayList<>(entities);
    sorted.sort(Comparator.comparing(NerSpan::span));
    return new ParsedText(text, sentences, tokens, sorted);
  }

  /** Resolves with {@code resolver}. */
  ArticleActors resolve(ActorResolver resolver) {
    return resolver.resolve(build());
  }
}
