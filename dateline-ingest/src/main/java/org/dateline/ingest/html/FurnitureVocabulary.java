package org.dateline.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The class and id keywords that name site furniture, read from {@code furniture-words.txt}
 * (matched anywhere in a class or id) and {@code furniture-tokens.txt} (matched as whole tokens)
 * on the class path next to this class.
 */
final class FurnitureVocabulary {

  private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[^A-Za-z0-9]+");

  private final List<String> words;
  private final Set<String> tokens;

  FurnitureVocabulary(List<String> words, Set<String> tokens) {
    this.words = List.copyOf(words);
    this.tokens = Set.copyOf(tokens);
  }

  /** The vocabulary shipped with Dateline. */
  static FurnitureVocabulary standard() {
    return Holder.STANDARD;
  }

  /** Whether the element's class or id names furniture. */
  boolean names(Element element) {
    String value = element.className() + " " + element.id();
    if (value.isBlank()) {
      return false;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    String split = CAMEL_HUMP.matcher(value).replaceAll(" ");
    return Arrays.stream(TOKEN_SEPARATOR.split(split))
        .anyMatch(token -> tokens.contains(token.toLowerCase(Locale.ROOT)));
  }

  private static List<String> load(String resource) {
    try (InputStream in = FurnitureVocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines()
          .map(line -> line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT))
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static final class Holder {
    static final FurnitureVocabulary STANDARD = new FurnitureVocabulary(
        load("furniture-words.txt"), Set.copyOf(load("furniture-tokens.txt")));
  }
}
