package org.dateline.nlp.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Folds the spellings of a name into a key, so that transliteration variants compare equal:
 * "Esmail Qa'ani", "Ismail Qaani" and "Esmail Ghaani" all key to {@code "ismail kani"}. The rules
 * are data ({@value #RULES}, documented there); keys compare whole token by whole token, so a
 * rule never joins "Hamas" with "Hama". Instances are thread-safe; they remember the keys of recent
 * tokens.
 */
public final class NameKeys {

  /** The bundled rule file. */
  public static final String RULES = "transliteration.txt";

  private static final String APOSTROPHES = "'’‘ʼʻʿʾ`´";
  private static final int CACHE_LIMIT = 100_000;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final NameKeys STANDARD = parse(DataFiles.lines(RULES));

  private final Map<String, String> same;
  private final Set<String> articles;
  private final List<Rewrite> rewrites;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  private record Rewrite(Pattern pattern, String replacement) {}

  private NameKeys(Map<String, String> same, Set<String> articles, List<Rewrite> rewrites) {
    this.same = Map.copyOf(same);
    this.articles = Set.copyOf(articles);
    this.rewrites = List.copyOf(rewrites);
  }

  /** The bundled rules. */
  public static NameKeys standard() {
    return STANDARD;
  }

  /**
   * Rules in the format of {@value #RULES}.
   *
   * @throws IllegalArgumentException naming the line that is not a rule
   */
  public static NameKeys parse(List<String> lines) {
    Map<String, String> same = new HashMap<>();
    Set<String> articles = new HashSet<>();
    List<Rewrite> rewrites = new ArrayList<>();
    for (String line : lines) {
      String[] words = line.strip().split("\\s+");
      switch (words[0]) {
        case "same" -> {
          for (int i = 1; i < words.length; i++) {
            same.put(plain(words[i]), plain(words[1]));
          }
        }
        case "article" -> articles.addAll(List.of(words).subList(1, words.length));
        case "rewrite" -> {
          int arrow = line.indexOf("->");
          if (arrow < 0) {
            throw new IllegalArgumentException(RULES + ": rewrite without '->': " + line);
          }
          String regex = line.substring(line.indexOf("rewrite") + 7, arrow).strip();
          rewrites.add(new Rewrite(Pattern.compile(regex), line.substring(arrow + 2).strip()));
        }
        default -> throw new IllegalArgumentException(RULES + ": not a rule: " + line);
      }
    }
    return new NameKeys(same, articles, rewrites);
  }

  /** The key of a whole name: its {@link #tokens(String) key tokens} joined by single spaces. */
  public String key(String name) {
    return String.join(" ", tokens(name));
  }

  /**
   * The key tokens of a name, in order: split at spaces and hyphens, articles and initials
   * ("W.") dropped, each token {@link #token(String) folded}.
   */
  public List<String> tokens(String name) {
    List<String> tokens = new ArrayList<>();
    for (String word : WHITESPACE.split(name.strip())) {
      String[] parts = word.split("-");
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        boolean joined = parts.length > 1 && i < parts.length - 1;
        boolean lowercaseAlone = parts.length == 1 && !part.isEmpty() && Character.isLowerCase(part.charAt(0));
        if ((joined || lowercaseAlone) && articles.contains(plain(part))) {
          continue;
        }
        String token = token(part);
        if (token.length() > 1) {
          tokens.add(token);
        }
      }
    }
    return tokens;
  }

  /** One folded token: {@link #plain(String) plain}, then the 'same' table, then the rewrites. */
  public String token(String word) {
    String cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    String token = plainForm(word);
    for (Rewrite rewrite : rewrites) {
      token = rewrite.pattern().matcher(token).replaceAll(rewrite.replacement());
    }
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(word, token);
    return token;
  }

  /** A token lowercased, marks dropped and looked up in the 'same' table, but not rewritten. */
  public String plainForm(String word) {
    String plain = plain(word);
    return same.getOrDefault(plain, plain);
  }

  /** Lowercase, without diacritics, apostrophes, ayn/hamza marks or other non-letters. */
  static String plain(String word) {
    String decomposed = Normalizer.isNormalized(word, Normalizer.Form.NFD) ? word
        : Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder plain = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c) && APOSTROPHES.indexOf(c) < 0) {
        plain.append(c);
      }
    }
    return plain.toString().toLowerCase(Locale.ROOT);
  }
}
