package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.dateline.model.ActorType;
import org.dateline.model.Span;
import org.dateline.nlp.actors.Candidate.Origin;

/**
 * Links a misspelt surname to the person the article is about (rule 5): "Salmai stressed" in an
 * article that named "Hossein Salami" before. Conservative on purpose; all must hold: the word
 * is capitalized, five letters or more, written nowhere else in the article and matches nothing
 * in the dictionary; it stands in subject position (a speech verb follows); it starts with the
 * same letter as exactly one surname of a person named in full earlier, and lies within one edit
 * of it (two for surnames of eight letters or more), a swap of neighbours counting as one.
 */
final class MisspellingLinker {

  private static final int MIN_LENGTH = 5;
  private static final int LONG = 8;

  private final NameKeys keys;
  private final Lexicon lexicon;

  MisspellingLinker(NameKeys keys, Lexicon lexicon) {
    this.keys = keys;
    this.lexicon = lexicon;
  }

  void relink(ArticleLinker linker, Words words, String text) {
    for (LocalActor lone : new ArrayList<>(linker.actors())) {
      if (lone.entryId.isPresent() || lone.hasFullName() || lone.forms.size() != 1 || lone.type() != ActorType.PERSON) {
        continue;
      }
      String written = lone.forms.keySet().iterator().next();
      List<Span> spans = linker.links().stream().filter(l -> l.actor() == lone).map(l -> l.candidate().span()).toList();
      if (spans.size() == 1 && inSubjectPosition(words, spans.get(0))) {
        target(linker.actors(), written, spans.get(0).start(), Optional.of(lone)).ifPresent(target -> linker.merge(lone, target));
      }
    }
    BitSet covered = new BitSet(text.length());
    linker.links().forEach(l -> covered.set(l.candidate().span().start(), l.candidate().span().end()));
    for (int i = 0; i < words.size(); i++) {
      Span span = new Span(words.start(i), words.end(i));
      if (!words.isCapitalized(i) || span.length() < MIN_LENGTH || !covered.get(span.start(), span.end()).isEmpty()
          || !inSubjectPosition(words, span)
          || text.indexOf(words.text(i)) != text.lastIndexOf(words.text(i))) {
        continue;
      }
      Optional<LocalActor> target = target(linker.actors(), words.text(i), span.start(), Optional.empty());
      if (target.isPresent()) {
        LocalActor person = target.get();
        linker.attachVariant(new Candidate(span, ActorType.PERSON, person.entryId, Origin.LEARNED), person, keys.tokens(words.text(i)));
      }
    }
  }

  private Optional<LocalActor> target(List<LocalActor> actors, String written, int at, Optional<LocalActor> self) {
    String word = NameKeys.plain(written);
    if (word.length() < MIN_LENGTH) {
      return Optional.empty();
    }
    LocalActor found = null;
    for (LocalActor actor : actors) {
      if (self.isPresent() && actor == self.get() || !actor.isPerson() || !actor.hasFullName() || actor.firstStart >= at) {
        continue;
      }
      for (String form : actor.forms.keySet()) {
        String surname = NameKeys.plain(form.substring(form.strip().lastIndexOf(' ') + 1));
        if (form.strip().contains(" ") && close(word, surname)) {
          if (found != null && found != actor) {
            return Optional.empty();
          }
          found = actor;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean close(String word, String surname) {
    if (word.equals(surname) || word.charAt(0) != surname.charAt(0) || surname.length() < MIN_LENGTH) {
      return false;
    }
    return distance(word, surname) <= (Math.min(word.length(), surname.length()) >= LONG ? 2 : 1);
  }

  private boolean inSubjectPosition(Words words, Span span) {
    int next = words.firstFrom(span.end());
    return words.isWord(next) && lexicon.speechVerbs.contains(words.lower(next));
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
