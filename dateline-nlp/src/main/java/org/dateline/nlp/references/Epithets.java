package org.dateline.nlp.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Descriptive names of actors ("the occupying regime"), from epithets.tsv. */
public final class Epithets {

  private static final Pattern WORD = Pattern.compile("'s|'|-|[^\\s'-]+"); // hyphens are tokens, as CoreNLP splits them

  /** A phrase, as lower-case tokens, and the actor it names. */
  record Epithet(List<String> words, String actorId) {}

  private final List<Epithet> epithets;

  Epithets(List<Epithet> epithets) {
    List<Epithet> sorted = new ArrayList<>(epithets);
    sorted.sort(Comparator.comparingInt((Epithet e) -> e.words().size()).reversed());
    this.epithets = List.copyOf(sorted);
  }

  static Epithets bundled() {
    List<Epithet> epithets = new ArrayList<>();
    for (String line : Resources.lines("epithets.tsv")) {
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new IllegalStateException("epithets.tsv: expected 'phrase<TAB>actor id': " + line);
      }
      epithets.add(new Epithet(words(columns[0]), columns[1].strip()));
    }
    return new Epithets(epithets);
  }

  /** A phrase as the lower-case tokens it is matched against ("mullahs' regime": mullahs, ', regime). */
  public static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(phrase.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** The longest epithet starting at token {@code from}, as the token after it, or -1. */
  Epithet at(Words words, int from, int limit) {
    for (Epithet epithet : epithets) {
      if (words.startsWith(from, limit, epithet.words())) {
        return epithet;
      }
    }
    return null;
  }
}
