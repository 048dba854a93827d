package org.dateline.nlp.actors;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;

/**
 * The role phrases around person names in one text (rule 2). Before a name: a role noun right
 * before it, with its modifiers and an owner's possessive ("Hamas' political bureau chief
 * NAME"), or a "ROLE of ..." phrase ending at it ("the head of Hamas' political bureau, NAME").
 * After a name, an appositive between commas whose head is a role noun followed by "of" or by
 * the comma ("NAME, the commander of the Quds Force of the IRGC," gives "commander of the Quds
 * Force"; "NAME, Iran's legendary commander,"). Role nouns come from {@code role-nouns.txt}; the
 * phrase stops at clause words ("who", "with", "and", a speech verb) and at 14 words.
 */
final class RolePhrases {

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");
  private static final Set<String> BREAKS = Set.of("who", "whom", "which", "that", "with", "to", "by", "for",
      "from", "on", "at", "and", "or", "as", "after", "before", "during", "when", "while", "is", "was", "were",
      "are", "been", "met", "also", "in");
  private static final Set<String> PHRASE_ENDS = Set.of(",", ".", ";", ":", "“", "”", "\"", ")", "(", "!", "?");
  private static final int MAX_PHRASE = 14;
  private static final int MAX_MODIFIERS = 4;

  private final String text;
  private final Words words;
  private final NavigableMap<Integer, ArticleLinker.Link> mentions;
  private final Lexicon lexicon;

  RolePhrases(String text, Words words, NavigableMap<Integer, ArticleLinker.Link> mentions, Lexicon lexicon) {
    this.lexicon = lexicon;
    this.text = text;
    this.words = words;
    this.mentions = mentions;
  }

  /** "Hamas' political bureau chief NAME", "the head of Hamas' political bureau, NAME". */
  Optional<RoleReader.Role> before(int nameStart) {
    int i = words.lastBefore(nameStart);
    if (words.is(i, ",")) {
      i--;
    }
    if (isRoleNoun(i)) {
      int k = modifiersLeftOf(i, MAX_MODIFIERS);
      Optional<LocalActor> of = words.isPossessive(k) ? actorAt(k - 1) : Optional.empty();
      return Optional.of(new RoleReader.Role(text.substring(words.start(k + 1), words.end(i)), of));
    }
    for (int j = i; j >= 0 && j > i - MAX_PHRASE; j--) {
      boolean inActor = actorAt(j).isPresent();
      if (!inActor && (PHRASE_ENDS.contains(words.text(j)) && !words.is(j, "(") && !words.is(j, ")")
          || words.isWord(j) && (BREAKS.contains(words.lower(j)) || lexicon.speechVerbs.contains(words.lower(j))))) {
        return Optional.empty();
      }
      if (!inActor && isRoleNoun(j) && words.is(j + 1, "of")) {
        int k = modifiersLeftOf(j, 2);
        return Optional.of(new RoleReader.Role(text.substring(words.start(k + 1), words.end(i)), lastActor(j + 2, i + 1)));
      }
    }
    return Optional.empty();
  }

  /** "NAME, the commander of the Quds Force of ...," and "NAME, Iran's legendary commander,". */
  Optional<RoleReader.Role> after(int nameEnd) {
    int i = words.firstFrom(nameEnd);
    if (words.is(i, "(")) {
      int close = i;
      while (close < words.size() && close < i + 6 && !words.is(close, ")")) {
        close++;
      }
      i = close + 1;
    }
    if (!words.is(i, ",")) {
      return Optional.empty();
    }
    i++;
    if (words.isWord(i) && DETERMINERS.contains(words.lower(i))) {
      i++;
    }
    int end = i;
    while (end < words.size() && end - i < MAX_PHRASE && !PHRASE_ENDS.contains(words.text(end))) {
      end++;
    }
    int modifiers = i;
    Optional<LocalActor> owner = Optional.empty();
    for (int h = i; h < end; h++) {
      Optional<LocalActor> actor = actorAt(h);
      if (actor.isPresent() || words.isPossessive(h)) {
        owner = actor.isPresent() ? actor : owner;
        modifiers = h + 1;
      } else if (!words.isWord(h) && !words.is(h, "-") || BREAKS.contains(words.lower(h))) {
        return Optional.empty();
      } else if (isRoleNoun(h) && (h + 1 == end || words.is(h + 1, "of"))) {
        int last = h + 1 == end ? h : ownerEnd(h + 2, end);
        Optional<LocalActor> of = h + 1 == end ? owner : lastActor(h + 2, last + 1);
        return Optional.of(new RoleReader.Role(text.substring(words.start(modifiers), words.end(last)), of));
      }
    }
    return Optional.empty();
  }

  /** The last piece of the first actor from {@code from} on, through "'s ACTOR" chains. */
  private int ownerEnd(int from, int end) {
    for (int k = from; k < end; k++) {
      if (actorAt(k).isPresent()) {
        int last = k;
        while (last + 1 < end && (actorAt(last + 1).isPresent() || words.isPossessive(last + 1) && actorAt(last + 2).isPresent())) {
          last++;
        }
        return last;
      }
    }
    return end - 1;
  }

  private int modifiersLeftOf(int head, int max) {
    int k = head - 1;
    for (int n = 0; n < max && words.isWord(k) && actorAt(k).isEmpty(); n++, k--) {
      String word = words.lower(k);
      if (DETERMINERS.contains(word) || BREAKS.contains(word) || lexicon.speechVerbs.contains(word)) {
        break;
      }
    }
    return k;
  }

  private boolean isRoleNoun(int i) {
    return words.isWord(i) && lexicon.roleNouns.contains(words.lower(i)) && actorAt(i).isEmpty();
  }

  private Optional<LocalActor> lastActor(int from, int to) {
    Optional<LocalActor> last = Optional.empty();
    for (int k = from; k < to && k < words.size(); k++) {
      Optional<LocalActor> here = actorAt(k);
      if (here.isPresent()) {
        last = here;
      }
    }
    return last;
  }

  private Optional<LocalActor> actorAt(int piece) {
    if (piece < 0 || piece >= words.size()) {
      return Optional.empty();
    }
    Map.Entry<Integer, ArticleLinker.Link> entry = mentions.floorEntry(words.start(piece));
    return entry != null && entry.getValue().candidate().span().end() > words.start(piece)
        ? Optional.of(entry.getValue().actor()) : Optional.empty();
  }
}
