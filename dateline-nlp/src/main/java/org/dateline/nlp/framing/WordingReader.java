package org.dateline.nlp.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.Wording;
import org.dateline.model.WordingKind;
import org.dateline.nlp.events.VerbForms;
import org.dateline.nlp.references.Ref;
import org.dateline.nlp.references.Words;

/**
 * Reads how an article words its actors in its own voice: each name and descriptive name it uses,
 * the words it attaches to them (a modifier run before the name, "the illegitimate Israeli
 * occupation", "militant group Hamas"; an appositive after it, "Soleimani, Iran's legendary
 * anti-terror commander,"), the words it puts in scare quotes and the loaded words it uses
 * (loaded-words.txt). Words inside direct quotes
 * are the speaker's, not the outlet's, and are left out. The same rules apply to every actor.
 */
public final class WordingReader {

  private static final int MODIFIERS = 5;

  private final LoadedWords loaded = LoadedWords.bundled();
  private static final int APPOSITIVE = 10;

  /** Head nouns of a description of an actor: "militant group", "a key ally of Iran". */
  private static final Set<String> HEADS = Set.of("group", "groups", "movement", "movements", "organization",
      "organisation", "party", "militia", "faction", "factions", "regime", "government", "ally", "allies",
      "commander", "leader", "leaders", "chief", "official", "officials", "force", "forces", "army", "state",
      "entity", "enemy", "terrorists", "militants", "fighters", "resistance", "network", "outfit", "arm",
      "proxy", "proxies", "founder", "president", "minister", "spokesman", "spokeswoman");

  private static final Set<String> NOT_MODIFIERS = Set.of("the", "a", "an", "and", "or", "but", "of", "in", "on",
      "at", "to", "for", "with", "by", "from", "as", "that", "which", "who", "is", "are", "was", "were", "be",
      "been", "has", "have", "had", "said", "says", "told", "its", "their", "his", "her", "this", "these",
      "those", "not", "also", "than", "between", "against", "after", "before", "over", "under", "into",
      "about", "when", "while", "will", "would", "can", "could", "all", "both", "since", "during", "amid");

  /** The irregular verb forms ("met", "told", "led"), from the event coder's verb table. */
  private static final Set<String> PAST_FORMS = VerbForms.bundled().irregularForms();

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this");

  /** The article's wording, in text order. */
  public List<Wording> read(Words words, List<Span> scareQuotes) {
    List<Wording> wordings = new ArrayList<>();
    for (Ref ref : words.refsIn(0, words.size())) {
      if (inDirectQuote(words, ref.first())) {
        continue;
      }
      Optional<String> actor = Optional.of(ref.actorId());
      wordings.add(new Wording(actor, ref.text(), ref.span(),
          ref.kind() == Ref.Kind.MENTION ? WordingKind.NAME : WordingKind.EPITHET));
      modifiers(words, ref).ifPresent(first -> wordings.add(wording(words, actor, first, ref.end())));
      appositive(words, ref).ifPresent(end -> wordings.add(wording(words, actor, ref.end() + 1, end)));
      headAfter(words, ref).ifPresent(end -> wordings.add(wording(words, actor, ref.first(), end)));
    }
    wordings.addAll(loaded.find(words));
    for (Span quote : scareQuotes) {
      wordings.add(new Wording(Optional.empty(), quote.slice(words.text()), quote, WordingKind.SCARE_QUOTE));
    }
    wordings.sort((a, b) -> a.span().compareTo(b.span()));
    return wordings;
  }

  /** The first token of a modifier run before the name, if it describes it. */
  private static Optional<Integer> modifiers(Words words, Ref ref) {
    int sentenceFirst = words.sentenceFirst(words.sentenceOf(ref.first()));
    int k = ref.first() - 1;
    while (k >= sentenceFirst && ref.first() - k <= MODIFIERS && modifier(words, k)) {
      k--;
    }
    int first = k + 1;
    if (first == ref.first()) {
      return Optional.empty();
    }
    String last = words.lower(ref.first() - 1);
    if (last.endsWith("s") && !HEADS.contains(last)) {
      return Optional.empty(); // a plural noun before a name is not its modifier: "the individuals Qaani met"
    }
    boolean determined = k >= sentenceFirst && (DETERMINERS.contains(words.lower(k)) || words.possessive(k));
    boolean opened = determined || k < sentenceFirst || words.lower(k).equals(",");
    boolean headed = HEADS.contains(words.lower(ref.first() - 1));
    first = afterVerbs(words, determined ? first + 1 : first, first, ref.first()); // ", visited Sweden", "this month called Israel"

    return (opened || headed) && first < ref.first() ? Optional.of(first) : Optional.empty();
  }

  /**
   * The first token after the last verb form in {@code [from, end)}, else {@code first}: a past
   * form ("visited", "met", "called") is the clause's verb, not a modifier of the name after it,
   * unless it comes right after a determiner ("the embattled") or is joined by a hyphen
   * ("US-backed"), which the caller leaves out of {@code [from, end)} or which is checked here.
   */
  private static int afterVerbs(Words words, int from, int first, int end) {
    int start = first;
    for (int k = from; k < end; k++) {
      String w = words.lower(k);
      boolean hyphened = (k > 0 && words.lower(k - 1).equals("-")) || (k + 1 < words.size() && words.lower(k + 1).equals("-"));
      if (((w.endsWith("ed") && w.length() > 4) || PAST_FORMS.contains(w)) && !hyphened) {
        start = k + 1;
      }
    }
    return start;
  }

  private static boolean modifier(Words words, int k) {
    String w = words.lower(k);
    Optional<Ref> ref = words.refAt(k);
    if (ref.isPresent()) {
      boolean fused = ref.get().span().end() < words.end(k)
          || (k + 1 < words.size() && words.lower(k + 1).startsWith("-"));
      return ref.get().end() == k + 1 && fused; // "Gaza-based"
    }
    if (w.equals("-")) {
      return true;
    }
    if (NOT_MODIFIERS.contains(w) || words.punctuation(k) || words.possessive(k)) {
      return false;
    }
    return w.chars().allMatch(c -> Character.isLetter(c) || c == '-') && !w.endsWith("ly");
  }

  /** The token after a head noun following the name ("Hezbollah resistance movement"), if any. */
  private static Optional<Integer> headAfter(Words words, Ref ref) {
    int limit = Math.min(words.sentenceEnd(words.sentenceOf(ref.first())), ref.end() + 3);
    for (int k = ref.end(); k < limit; k++) {
      String w = words.lower(k);
      if (!Character.isLowerCase(w.charAt(0)) || NOT_MODIFIERS.contains(w) || words.refAt(k).isPresent()) {
        return Optional.empty();
      }
      if (GROUP_HEADS.contains(w)) {
        return Optional.of(k + 1);
      }
    }
    return Optional.empty();
  }

  /** Heads that, after a name, describe the named group itself (not one of its people). */
  private static final Set<String> GROUP_HEADS = Set.of("group", "groups", "movement", "movements",
      "organization", "organisation", "party", "militia", "faction", "factions", "regime", "network", "outfit");

  /** The token after an appositive describing the name ("X, a key ally of Iran,"), if there is one. */
  private static Optional<Integer> appositive(Words words, Ref ref) {
    int t = ref.end();
    int limit = words.sentenceEnd(words.sentenceOf(ref.first()));
    if (t + 1 >= limit || !words.lower(t).equals(",")) {
      return Optional.empty();
    }
    boolean headed = false;
    for (int k = t + 1; k < limit && k - t <= APPOSITIVE; k++) {
      String w = words.lower(k);
      if (w.equals(",") || w.equals(".") || w.equals(";")) {
        return headed && k > t + 1 ? Optional.of(k) : Optional.empty();
      }
      if (k == t + 1 && !(DETERMINERS.contains(w) || words.refAt(k).filter(r -> words.possessive(r.end())).isPresent())) {
        return Optional.empty(); // "X, a key ally of Iran," or "X, Iran's commander," but not "X, where ..."
      }
      headed |= HEADS.contains(w);
    }
    return Optional.empty();
  }

  private static Wording wording(Words words, Optional<String> actor, int first, int end) {
    Span span = new Span(words.start(first), words.end(end - 1));
    return new Wording(actor, span.slice(words.text()), span, WordingKind.DESCRIPTION);
  }

  private static boolean inDirectQuote(Words words, int t) {
    return words.quoteAt(t).map(Quote::direct).orElse(false);
  }
}
