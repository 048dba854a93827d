package org.dateline.link.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words, and into the content words that tell stories apart: lower case,
 * stop words dropped, plurals folded ("earthquakes" and "earthquake" count as one word).
 * Stateless and thread-safe.
 */
public final class ContentWords {

  private static final String STOP_WORDS = "stopwords.txt";

  private final Set<String> stopWords;

  private ContentWords(Set<String> stopWords) {
    this.stopWords = Set.copyOf(stopWords);
  }

  /** The tokenizer with the bundled English stop-word list. */
  public static ContentWords english() {
    return new ContentWords(readList(STOP_WORDS));
  }

  /** Every word of {@code text} in order, lower case: letters and digits, apostrophes dropped. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (!isApostrophe(cp) && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** The content words of {@code text}, in order, folded to their singular stems. */
  public List<String> contentWords(String text) {
    List<String> content = new ArrayList<>();
    for (String word : words(text)) {
      if (word.length() > 1 && !stopWords.contains(word)) {
        content.add(singular(word));
      }
    }
    return content;
  }

  /** Whether {@code lowerCaseWord} is on the stop-word list. */
  public boolean isStopWord(String lowerCaseWord) {
    return stopWords.contains(lowerCaseWord);
  }

  /** A conservative plural fold: "cities" to "city", "quakes" to "quake"; "glass", "virus" kept. */
  public static String singular(String word) {
    if (word.length() <= 3 || !word.endsWith("s") || Character.isDigit(word.charAt(0))) {
      return word;
    }
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return word;
    }
    return word.substring(0, word.length() - 1);
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019';
  }

  private static Set<String> readList(String name) {
    InputStream in = ContentWords.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
    return words;
  }
}
