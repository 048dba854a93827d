package org.dateline.nlp.quotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words quote attribution relies on: speech verbs and phrases ({@code speech-verbs.txt}) and
 * the nouns that head a description of a speaker ({@code speaker-nouns.txt}). The defaults ship
 * beside this class; {@link #extendedWith(Path)} adds a user's own lists. Immutable and safe to
 * share between threads.
 */
public final class SpeechLexicon {

  static final String SPEECH_VERBS = "speech-verbs.txt";
  static final String SPEAKER_NOUNS = "speaker-nouns.txt";
  static final String TITLE_ABBREVIATIONS = "title-abbreviations.txt";

  private static final Set<String> CUE_TAGS = Set.of("bare", "object", "source", "naming");
  private static final Set<String> NOUN_TAGS = Set.of("person", "institution");

  /** A speech cue matched in running text. */
  record Cue(int length, boolean bare, boolean object, boolean source, boolean naming) {}

  private final List<WordListReader.Entry> cues;
  private final Map<String, List<WordListReader.Entry>> cuesByFirstWord = new HashMap<>();
  private final Map<String, Boolean> speakerNouns;
  private final Map<String, String> abbreviations;

  private SpeechLexicon(
      List<WordListReader.Entry> cues, Map<String, Boolean> speakerNouns, Map<String, String> abbreviations) {
    this.cues = List.copyOf(cues);
    this.speakerNouns = Map.copyOf(speakerNouns);
    this.abbreviations = Map.copyOf(abbreviations);
    for (WordListReader.Entry entry : this.cues) {
      cuesByFirstWord.computeIfAbsent(entry.words().get(0), k -> new ArrayList<>()).add(entry);
    }
  }

  /** The lists that ship with Dateline. */
  public static SpeechLexicon defaults() {
    WordListReader plain = new WordListReader(Set.of());
    return new SpeechLexicon(List.of(), Map.of(), Map.of()).plus(
        new WordListReader(CUE_TAGS).readResource(SPEECH_VERBS),
        new WordListReader(NOUN_TAGS).readResource(SPEAKER_NOUNS),
        plain.readResource(TITLE_ABBREVIATIONS));
  }

  /**
   * These lists plus the entries of {@code speech-verbs.txt}, {@code speaker-nouns.txt} and
   * {@code title-abbreviations.txt} in {@code directory}, where present.
   */
  public SpeechLexicon extendedWith(Path directory) {
    return plus(
        new WordListReader(CUE_TAGS).readFileIfPresent(directory.resolve(SPEECH_VERBS)),
        new WordListReader(NOUN_TAGS).readFileIfPresent(directory.resolve(SPEAKER_NOUNS)),
        new WordListReader(Set.of()).readFileIfPresent(directory.resolve(TITLE_ABBREVIATIONS)));
  }

  private SpeechLexicon plus(
      List<WordListReader.Entry> moreCues,
      List<WordListReader.Entry> moreNouns,
      List<WordListReader.Entry> moreAbbreviations) {
    List<WordListReader.Entry> allCues = new ArrayList<>(cues);
    allCues.addAll(moreCues);
    // longest phrases first, so "pointed out" wins over a shorter entry at the same place
    allCues.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
    Map<String, Boolean> nouns = new HashMap<>(speakerNouns);
    for (WordListReader.Entry entry : moreNouns) {
      nouns.put(String.join(" ", entry.words()), !entry.tags().contains("institution"));
    }
    Map<String, String> titles = new HashMap<>(abbreviations);
    for (WordListReader.Entry entry : moreAbbreviations) {
      if (entry.words().size() != 2) {
        throw new IllegalArgumentException(
            TITLE_ABBREVIATIONS + ": expected 'abbreviation word', got " + entry.words());
      }
      titles.put(entry.words().get(0), entry.words().get(1));
    }
    return new SpeechLexicon(allCues, nouns, titles);
  }

  /** The word an abbreviated title stands for ("gov." gives "governor"), else the word itself. */
  String expand(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return abbreviations.getOrDefault(lower, lower);
  }

  /**
   * The speech cue starting at token {@code i}, if any. Verbs count in lower case only ("State"
   * is a noun); source phrases may open a sentence ("According to").
   */
  Optional<Cue> cueAt(TokenView words, int i) {
    if (i >= words.size()) {
      return Optional.empty();
    }
    boolean lower = words.lowerCase(i);
    for (WordListReader.Entry entry : cuesByFirstWord.getOrDefault(words.lower(i), List.of())) {
      if ((lower || entry.tags().contains("source")) && matches(words, i, entry.words())) {
        Set<String> tags = entry.tags();
        return Optional.of(
            new Cue(entry.words().size(), tags.contains("bare"), tags.contains("object"), tags.contains("source"),
                tags.contains("naming")));
      }
    }
    return Optional.empty();
  }

  /** Whether the word is a speaker noun, and if so whether it names a person (else a body). */
  Optional<Boolean> speakerNoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Boolean person = speakerNouns.get(abbreviations.getOrDefault(lower, lower));
    if (person == null && lower.endsWith("s")) {
      person = speakerNouns.get(lower.substring(0, lower.length() - 1));
    }
    return Optional.ofNullable(person);
  }

  /** Whether the word is the plural of a speaker noun ("officials"), naming a group. */
  boolean plural(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith("s") && !speakerNouns.containsKey(lower)
        && speakerNouns.containsKey(lower.substring(0, lower.length() - 1));
  }

  private static boolean matches(TokenView words, int i, List<String> phrase) {
    if (i + phrase.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!words.lower(i + k).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }
}
