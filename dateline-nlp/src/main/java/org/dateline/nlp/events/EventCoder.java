package org.dateline.nlp.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.DateWindow;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.dateline.model.TimeExpression;
import org.dateline.nlp.actors.ActorDictionary;
import org.dateline.nlp.actors.ArticleActors;
import org.dateline.nlp.actors.DictionaryEntry;
import org.dateline.nlp.references.References;
import org.dateline.nlp.references.Resources;
import org.dateline.nlp.references.Words;

/**
 * Codes an article's events in CAMEO: finds the event patterns (patterns.txt) in each sentence,
 * reads who acts and who is acted upon, drops what did not happen or is only possible, codes
 * intentions and threats as such, attributes claims in quoted or reported speech to their
 * speaker, and dates each event by its own sentence (see the package documentation).
 *
 * <pre>{@code
 * EventCoder coder = EventCoder.bundled(dictionary);   // once: reads the data files
 * List<Event> events = coder.code(articleId, words, actors, times, published);
 * }</pre>
 *
 * Stateless after loading: one instance serves many threads.
 */
public final class EventCoder {

  private final PatternMatcher matcher;
  private final Modality modality;
  private final Map<String, String> intentCodes;
  private final Set<String> roleNouns;
  private final Set<String> speechVerbs;
  private final Map<String, Set<String>> dictionaryParents;

  private EventCoder(List<EventPattern> patterns, Modality modality,
      Map<String, String> intentCodes, Set<String> roleNouns, Set<String> speechVerbs,
      Map<String, Set<String>> dictionaryParents) {
    this.speechVerbs = Set.copyOf(speechVerbs);
    this.matcher = new PatternMatcher(patterns);
    this.modality = modality;
    this.intentCodes = Map.copyOf(intentCodes);
    this.roleNouns = Set.copyOf(roleNouns);
    this.dictionaryParents = dictionaryParents;
  }

  /** A coder with the bundled patterns and word lists, resolving groups through {@code dictionary}. */
  public static EventCoder bundled(ActorDictionary dictionary) {
    PatternReader reader = new PatternReader(VerbForms.bundled());
    List<EventPattern> patterns = reader.read(Resources.lines(EventCoder.class, "patterns.txt"), "patterns.txt");
    Map<String, String> intents = new HashMap<>();
    for (String line : Resources.lines(EventCoder.class, "intent-codes.txt")) {
      String[] columns = line.split("\\s+");
      intents.put(columns[0], columns[1]);
    }
    Set<String> roles = new HashSet<>();
    for (String line : Resources.lines(EventCoder.class, "/org/dateline/nlp/actors/role-nouns.txt")) {
      roles.add(line.toLowerCase(Locale.ROOT));
    }
    Set<String> speech = new HashSet<>();
    for (String line : Resources.lines(EventCoder.class, "/org/dateline/nlp/actors/speech-verbs.txt")) {
      speech.add(line.toLowerCase(Locale.ROOT));
    }
    Map<String, Set<String>> parents = new HashMap<>();
    for (DictionaryEntry entry : dictionary.entries()) {
      Set<String> up = new HashSet<>();
      entry.country().ifPresent(up::add);
      entry.affiliation().ifPresent(up::add);
      parents.put(entry.id(), up);
    }
    return new EventCoder(patterns, Modality.bundled(), intents, roles, speech, Map.copyOf(parents));
  }

  /**
   * The events of one article, in text order.
   *
   * @param articleId the article's id, the stem of the event ids
   * @param words the article's tokens with its actor references marked ({@link References})
   * @param actors the actors the language layer resolved
   * @param times its temporal expressions, resolved
   * @param quotes its quotes and reported speech, with speakers
   * @param articleDate the article's publication day (or its inferred day), if known
   */
  public List<Event> code(String articleId, Words words, ArticleActors actors,
      List<TimeExpression> times, Optional<String> articleDate) {
    return code(articleId, words, actors, times, articleDate, Optional.empty());
  }

  /**
   * The events of one article, in text order, for an article whose publication day is not known
   * but lies in {@code window}: the day its lead gives then dates its news when it falls in or
   * up to a week before the window.
   */
  public List<Event> code(String articleId, Words words, ArticleActors actors,
      List<TimeExpression> times, Optional<String> articleDate, Optional<DateWindow> window) {
    ArticleReading reading = new ArticleReading(words, new ClauseReader(words, roleNouns), modality,
        new EventDates(words, times, articleDate, window), new EventPlaces(words), sides(actors.actors()), intentCodes,
        speechVerbs);
    List<Event> drafts = new ArrayList<>();
    for (int s = 0; s < words.sentences(); s++) {
      for (PatternMatch match : matcher.find(words, reading.clauses(), s)) {
        drafts.addAll(reading.events(match));
      }
      reading.attendTo(s);
    }
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Event draft : drafts) {
      String key = draft.sentence() + draft.code() + draft.actor1().actorId()
          + draft.actor2().map(Participant::actorId) + draft.date();
      if (seen.add(key)) {
        events.add(withId(draft, articleId + "/e" + (events.size() + 1)));
      }
    }
    return events;
  }

  private Sides sides(List<Actor> articleActors) {
    Map<String, Set<String>> parents = new HashMap<>(dictionaryParents);
    for (Actor actor : articleActors) {
      Set<String> up = new HashSet<>(parents.getOrDefault(actor.id(), Set.of()));
      actor.country().ifPresent(up::add);
      actor.affiliation().ifPresent(up::add);
      parents.put(actor.id(), up);
    }
    return new Sides(parents);
  }

  private static Event withId(Event e, String id) {
    return new Event(id, e.code(), e.actor1(), e.actor2(), e.date(), e.location(), e.span(), e.sentence(),
        e.confidence(), e.mode(), e.reportedBy());
  }

}
