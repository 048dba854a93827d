package org.dateline.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.ActorType;
import org.dateline.model.Mention;

/**
 * What the article says each person is: the words of their mentions' roles plus the words
 * written next to their names (titles, appositives: "Ziyad al-Nakhalah, leader of Islamic
 * Jihad"). Resolves a description ("the Islamic Jihad leader") to the person it fits best.
 */
final class RoleIndex {

  private static final int WINDOW = 8;

  /** One person mention with the words around it. */
  private record Entry(Mention mention, int token, Set<String> words) {}

  private final TokenView words;
  private final SpeechLexicon lexicon;
  private final List<Entry> entries = new ArrayList<>();

  RoleIndex(TokenView words, List<Stretch> stretches, SpeechLexicon lexicon) {
    this.words = words;
    this.lexicon = lexicon;
    for (Stretch stretch : stretches) {
      for (int i = stretch.first(); i < stretch.end(); i++) {
        Optional<Mention> mention = words.mentionAt(i);
        if (mention.isEmpty() || mention.get().type() != ActorType.PERSON) {
          continue;
        }
        int end = words.mentionEnd(i);
        Set<String> bag = new HashSet<>();
        for (String role : mention.get().roles()) {
          for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            bag.add(stem(w));
          }
        }
        collect(bag, i - 1, -1, Math.max(stretch.first(), i - WINDOW) - 1, mention.get());
        collect(bag, end, 1, Math.min(stretch.end(), end + WINDOW), mention.get());
        entries.add(new Entry(mention.get(), i, bag));
        i = end - 1;
      }
    }
  }

  private void collect(Set<String> bag, int from, int step, int limit, Mention self) {
    for (int t = from; t != limit; t += step) {
      Optional<Mention> other = words.mentionAt(t);
      if (words.quoted(t) || (other.isPresent() && other.get().type() == ActorType.PERSON
          && !other.get().actorId().equals(self.actorId()))) {
        return;
      }
      bag.add(stem(words.lower(t)));
    }
  }

  /**
   * The person named before {@code token} whom a description fits: every person whose roles or
   * surroundings hold the description's head noun is a candidate, scored by how many of the
   * description's words they share; among equals the most recently named wins.
   */
  Optional<Mention> behind(List<String> description, String head, int token) {
    String stemmedHead = stem(head);
    Map<String, Set<String>> bags = new HashMap<>();
    Map<String, Entry> latest = new HashMap<>();
    for (Entry entry : entries) {
      if (entry.token() >= token) {
        break;
      }
      bags.computeIfAbsent(entry.mention().actorId(), k -> new HashSet<>()).addAll(entry.words());
      latest.put(entry.mention().actorId(), entry);
    }
    Entry best = null;
    int bestScore = -1;
    for (Map.Entry<String, Set<String>> bag : bags.entrySet()) {
      if (!bag.getValue().contains(stemmedHead)) {
        continue;
      }
      int score = score(description, bag.getValue());
      Entry entry = latest.get(bag.getKey());
      if (best == null || score > bestScore || (score == bestScore && entry.token() > best.token())) {
        best = entry;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best).map(Entry::mention);
  }

  /**
   * The first person named after {@code token}, within {@code reach} tokens, whose roles or
   * surroundings hold the head noun: a lead's "a senior commander" named in the next sentence.
   */
  Optional<Mention> ahead(String head, int token, int reach) {
    String stemmedHead = stem(head);
    for (Entry entry : entries) {
      if (entry.token() > token && entry.token() - token <= reach && entry.words().contains(stemmedHead)) {
        return Optional.of(entry.mention());
      }
    }
    return Optional.empty();
  }

  private int score(List<String> description, Set<String> bag) {
    int score = 0;
    for (String w : description) {
      if (bag.contains(stem(w))) {
        score++;
      }
    }
    return score;
  }

  private String stem(String word) {
    String w = lexicon.expand(word.toLowerCase(Locale.ROOT));
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }
}
