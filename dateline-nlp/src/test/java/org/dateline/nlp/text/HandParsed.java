package org.dateline.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.ActorType;
import org.dateline.model.Mention;
import org.dateline.model.Span;
import org.dateline.nlp.text.ParsedText;

/**
 * Builds {@link ParsedText} by hand for unit tests, without loading CoreNLP: tokens by a
 * regular expression close to CoreNLP's for plain English, sentences ending at . ! ? (and any
 * closing quote after them) before a capital or an opening quote, and at blank lines.
 */
public final class HandParsed {

  private static final Pattern TOKEN = Pattern.compile(
      "(?:Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|St|Jr)\\."
          + "|\\p{L}+(?=[’']s\\b)|[’']s\\b"
          + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"
          + "|[\\p{L}\\p{M}\\d]+(?:[’'\\-][\\p{L}\\p{M}\\d]+)*"
          + "|\\S");

  private HandParsed() {}

  public static ParsedText of(String text) {
    List<Span> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(new Span(m.start(), m.end()));
    }
    List<Span> sentences = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i == tokens.size() - 1;
      boolean blankLineAfter = !last && text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).contains("\n\n");
      boolean stop = ".!?".contains(tokens.get(i).slice(text)) && !last && opensSentence(tokens.get(i + 1).slice(text));
      if (".!?".contains(tokens.get(i).slice(text)) && !last && isClosingQuote(tokens.get(i + 1).slice(text))) {
        continue; // the quote mark after the stop belongs to this sentence
      }
      if (isClosingQuote(tokens.get(i).slice(text)) && i > 0 && ".!?".contains(tokens.get(i - 1).slice(text))
          && !last && opensSentence(tokens.get(i + 1).slice(text))) {
        stop = true;
      }
      if (last || stop || blankLineAfter) {
        sentences.add(new Span(tokens.get(first).start(), tokens.get(i).end()));
        first = i + 1;
      }
    }
    return new ParsedText(text, sentences, tokens, List.of());
  }

  /** A person mention of the {@code occurrence}-th (from 0) appearance of {@code name}. */
  public static Mention person(String text, String name, int occurrence, String id) {
    return mention(text, name, occurrence, id, ActorType.PERSON);
  }

  public static Mention mention(String text, String name, int occurrence, String id, ActorType type) {
    int at = -1;
    for (int k = 0; k <= occurrence; k++) {
      at = text.indexOf(name, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("no occurrence " + occurrence + " of " + name);
      }
    }
    return new Mention(new Span(at, at + name.length()), name, id, type, List.of());
  }

  private static boolean opensSentence(String token) {
    return Character.isUpperCase(token.charAt(0)) || token.equals("“") || token.equals("\"");
  }

  private static boolean isClosingQuote(String token) {
    return token.equals("”") || token.equals("\"") || token.equals("’");
  }
}
