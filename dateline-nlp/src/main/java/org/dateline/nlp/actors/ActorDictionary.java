package org.dateline.nlp.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors Dateline knows by name before reading anything: countries with their capitals and
 * demonyms, organizations, armed groups, office holders, collective actors. Read from JSON lines
 * (format in {@link DictionaryReader}); the bundled {@value #BUNDLED} comes first and a user's
 * files merge over it, an entry with a known id extending that entry. Immutable.
 */
public final class ActorDictionary {

  /** The dictionary shipped with Dateline, next to this class. */
  public static final String BUNDLED = "starter-dictionary.jsonl";

  /** Further bundled files merged over it: leaders of armed groups and security forces. */
  public static final List<String> BUNDLED_SUPPLEMENTS = List.of("leaders.jsonl");

  private static final ActorDictionary EMPTY = new ActorDictionary(Map.of());
  private static volatile ActorDictionary bundled;

  private final Map<String, DictionaryEntry> entries;

  private ActorDictionary(Map<String, DictionaryEntry> entries) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** A dictionary without entries. */
  public static ActorDictionary empty() {
    return EMPTY;
  }

  /** The bundled dictionary; empty while the jar carries none. */
  public static ActorDictionary bundled() {
    ActorDictionary result = bundled;
    if (result == null) {
      Map<String, DictionaryEntry> entries = new LinkedHashMap<>();
      List<String> files = new java.util.ArrayList<>(List.of(BUNDLED));
      files.addAll(BUNDLED_SUPPLEMENTS);
      for (String file : files) {
        try (InputStream in = ActorDictionary.class.getResourceAsStream(file)) {
          if (in != null) {
            DictionaryReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), file, entries);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read bundled " + file, e);
        }
      }
      result = new ActorDictionary(entries);
      bundled = result;
    }
    return result;
  }

  /**
   * The bundled dictionary with {@code files} merged over it, in order.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException naming the file and line of a malformed entry
   */
  public static ActorDictionary load(List<Path> files) throws IOException {
    return bundled().extendedWith(files);
  }

  /** Only the entries of {@code files}, without the bundled dictionary (for tests and tools). */
  public static ActorDictionary fromFiles(List<Path> files) throws IOException {
    return EMPTY.extendedWith(files);
  }

  /** Only the entries of one JSON-lines text; {@code source} names it in error messages. */
  public static ActorDictionary read(Reader reader, String source) throws IOException {
    Map<String, DictionaryEntry> entries = new LinkedHashMap<>();
    DictionaryReader.read(reader, source, entries);
    return new ActorDictionary(entries);
  }

  /** This dictionary with the entries of {@code files} merged over it, in order. */
  public ActorDictionary extendedWith(List<Path> files) throws IOException {
    Map<String, DictionaryEntry> merged = new LinkedHashMap<>(entries);
    for (Path file : files) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        DictionaryReader.read(reader, file.toString(), merged);
      }
    }
    return new ActorDictionary(merged);
  }

  /** The entry with {@code id}, if any. */
  public Optional<DictionaryEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Every entry, in file order. */
  public List<DictionaryEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** How many entries it holds. */
  public int size() {
    return entries.size();
  }
}
