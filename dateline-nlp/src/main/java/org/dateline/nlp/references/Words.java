package org.dateline.nlp.references;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.nlp.text.ParsedText;

/**
 * An article's tokens as the event coder and the framing reader read them: lower-cased words (curly apostrophes made
 * straight), the sentence each belongs to, the actor references starting at each, and the quote
 * each stands in.
 */
public final class Words {

  private final String text;
  private final String[] lower;
  private final int[] starts;
  private final int[] ends;
  private final int[] sentence;
  private final int[] sentenceFirst;
  private final int[] sentenceEnd;
  private final Ref[] refAt;
  private final Quote[] quoteAt;

  public Words(ParsedText parsed, List<Quote> quotes) {
    this.text = parsed.text();
    List<Span> tokens = parsed.tokens();
    int n = tokens.size();
    lower = new String[n];
    starts = new int[n];
    ends = new int[n];
    sentence = new int[n];
    refAt = new Ref[n];
    quoteAt = new Quote[n];
    for (int i = 0; i < n; i++) {
      Span token = tokens.get(i);
      starts[i] = token.start();
      ends[i] = token.end();
      lower[i] = token.slice(text).toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }
    List<Span> sentences = parsed.sentences();
    sentenceFirst = new int[sentences.size()];
    sentenceEnd = new int[sentences.size()];
    int t = 0;
    for (int s = 0; s < sentences.size(); s++) {
      while (t < n && ends[t] <= sentences.get(s).start()) {
        sentence[t++] = Math.max(0, s - 1);
      }
      sentenceFirst[s] = t;
      while (t < n && starts[t] < sentences.get(s).end()) {
        sentence[t++] = s;
      }
      sentenceEnd[s] = t;
    }
    while (t < n) {
      sentence[t++] = sentences.size() - 1;
    }
    for (Quote quote : quotes) {
      for (int i = firstAtOrAfter(quote.span().start()); i < n && starts[i] < quote.span().end(); i++) {
        quoteAt[i] = quote;
      }
    }
  }

  void addRef(Ref ref) {
    refAt[ref.first()] = ref;
  }

  public int size() {
    return lower.length;
  }

  public String text() {
    return text;
  }

  public String lower(int i) {
    return lower[i];
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public int sentences() {
    return sentenceFirst.length;
  }

  public int sentenceOf(int i) {
    return sentence[i];
  }

  public int sentenceFirst(int s) {
    return sentenceFirst[s];
  }

  public int sentenceEnd(int s) {
    return sentenceEnd[s];
  }

  public Span sentenceSpan(int s) {
    int first = sentenceFirst[s];
    int last = Math.max(first, sentenceEnd[s] - 1);
    return new Span(starts[first], ends[last]);
  }

  /** The reference starting at token {@code i}. */
  public Optional<Ref> refAt(int i) {
    return i >= 0 && i < refAt.length ? Optional.ofNullable(refAt[i]) : Optional.empty();
  }

  /** The reference ending right before token {@code i} (its last token is {@code i - 1}). */
  public Optional<Ref> refEndingAt(int i) {
    for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
      if (refAt[j] != null) {
        return refAt[j].end() == i ? Optional.of(refAt[j]) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The references whose tokens lie in {@code [from, to)}, in order. */
  public List<Ref> refsIn(int from, int to) {
    List<Ref> refs = new ArrayList<>();
    for (int i = Math.max(0, from); i < to && i < refAt.length; i++) {
      if (refAt[i] != null && refAt[i].end() <= to) {
        refs.add(refAt[i]);
        i = refAt[i].end() - 1;
      }
    }
    return refs;
  }

  /** Whether the tokens from {@code t}, ending before {@code limit}, are {@code phrase} (lower case). */
  public boolean startsWith(int t, int limit, List<String> phrase) {
    if (t < 0 || t + phrase.size() > Math.min(limit, lower.length)) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!lower[t + k].equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The quote token {@code i} stands in, if any. */
  public Optional<Quote> quoteAt(int i) {
    return Optional.ofNullable(quoteAt[i]);
  }

  /** A possessive marker: "'s" or a lone apostrophe ("Hamas' leader"). */
  public boolean possessive(int i) {
    return i < lower.length && (lower[i].equals("'s") || lower[i].equals("'"));
  }

  public boolean punctuation(int i) {
    String w = lower[i];
    return !w.isEmpty() && w.chars().noneMatch(Character::isLetterOrDigit) && !possessive(i);
  }

  /** Whether the token starts with a capital letter. */
  public boolean capitalized(int i) {
    return Character.isUpperCase(text.charAt(starts[i]));
  }

  /** The first token starting at or after {@code offset}. */
  public int firstAtOrAfter(int offset) {
    int found = Arrays.binarySearch(starts, offset); // token starts strictly increase
    return found >= 0 ? found : -found - 1;
  }
}
