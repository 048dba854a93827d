package org.dateline.nlp.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Mention;
import org.dateline.model.Span;
import org.dateline.nlp.text.ParsedText;

/**
 * An article's tokens as attribution reads them: each token's words, whether it lies inside
 * quotation marks, which mention covers it, and which paragraph (non-blank line) holds it.
 */
final class TokenView {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] words;
  private final String[] lowers;
  private final int[] lines;
  private final boolean[] quoted;
  private final int[] mentionOf;
  private final List<Mention> mentions;

  TokenView(ParsedText parsed, List<Quotation> quotations, List<Mention> mentions) {
    this.text = parsed.text();
    this.mentions = mentions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
    int n = parsed.tokens().size();
    starts = new int[n];
    ends = new int[n];
    words = new String[n];
    lowers = new String[n];
    lines = new int[n];
    quoted = new boolean[n];
    mentionOf = new int[n];
    Arrays.fill(mentionOf, -1);
    int line = 0;
    int previousEnd = 0;
    for (int i = 0; i < n; i++) {
      Span token = parsed.tokens().get(i);
      starts[i] = token.start();
      ends[i] = token.end();
      words[i] = token.slice(text);
      lowers[i] = words[i].toLowerCase(Locale.ROOT);
      if (text.substring(Math.min(previousEnd, token.start()), token.start()).indexOf('\n') >= 0) {
        line++;
      }
      lines[i] = line;
      previousEnd = token.end();
    }
    markQuoted(quotations);
    markMentions();
  }

  private void markQuoted(List<Quotation> quotations) {
    for (Quotation quotation : quotations) {
      for (int i = firstAtOrAfter(quotation.outer().start()); i < size() && starts[i] < quotation.outer().end(); i++) {
        quoted[i] = true;
      }
    }
  }

  private void markMentions() {
    for (int m = 0; m < mentions.size(); m++) {
      Span span = mentions.get(m).span();
      for (int i = firstAtOrAfter(span.start()); i < size() && starts[i] < span.end(); i++) {
        if (mentionOf[i] < 0) {
          mentionOf[i] = m;
        }
      }
    }
  }

  int size() {
    return starts.length;
  }

  String text() {
    return text;
  }

  String word(int i) {
    return words[i];
  }

  String lower(int i) {
    return lowers[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  int line(int i) {
    return lines[i];
  }

  boolean quoted(int i) {
    return quoted[i];
  }

  /** Whether the token begins with a lower-case letter. */
  boolean lowerCase(int i) {
    return Character.isLowerCase(words[i].charAt(0));
  }

  /** Whether the token looks like part of a name: a letter word holding a capital ("diGenova"). */
  boolean nameLike(int i) {
    String w = words[i];
    if (!Character.isLetter(w.charAt(0))) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (Character.isUpperCase(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token is punctuation only. */
  boolean punctuation(int i) {
    for (int k = 0; k < words[i].length(); k++) {
      if (Character.isLetterOrDigit(words[i].charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token is a possessive ending ("’s", "'s", or a bare apostrophe). */
  boolean possessive(int i) {
    return i < size() && Set.of("’s", "'s", "’", "'").contains(lowers[i]);
  }

  /** The index of the first token starting at or after {@code offset} ({@link #size()} if none). */
  int firstAtOrAfter(int offset) {
    int found = Arrays.binarySearch(starts, offset); // token starts strictly increase
    return found >= 0 ? found : -found - 1;
  }

  /** The mention covering token {@code i}, if any. */
  Optional<Mention> mentionAt(int i) {
    return mentionOf[i] < 0 ? Optional.empty() : Optional.of(mentions.get(mentionOf[i]));
  }

  /** The index just past the tokens of the mention covering token {@code i}. */
  int mentionEnd(int i) {
    int m = mentionOf[i];
    int k = i;
    while (k < size() && mentionOf[k] == m) {
      k++;
    }
    return k;
  }

  List<Mention> mentions() {
    return mentions;
  }
}
