package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.ActorType;
import org.dateline.model.Span;
import org.dateline.nlp.actors.Candidate.Origin;
import org.dateline.nlp.text.NerLabel;
import org.dateline.nlp.text.NerSpan;

/**
 * Splits a tagger span that joins names: "IRGC Qods Force" or "Revolutionary Guards Quds Force"
 * (both parts known) become two organizations; "IRGC Aerospace Force" (a known prefix and an
 * unknown rest) becomes the known one plus a new organization, because the rest ends with an
 * organization designator ({@code org-designators.txt}). Anything else stays whole. A person
 * span the tagger ran on past the name is cut at its lowercase words.
 */
final class SpanRepair {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'.-]*");

  private final Lexicon lexicon;

  SpanRepair(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The new candidates for the parts of {@code tagged} that {@code inside} (dictionary matches
   * within it) leave uncovered, or empty if the span should stay whole.
   */
  Optional<List<Candidate>> split(String text, Candidate tagged, List<Candidate> inside) {
    List<Candidate> known = new ArrayList<>(inside);
    known.sort(Comparator.comparing(Candidate::span));
    List<Candidate> added = new ArrayList<>();
    int from = tagged.span().start();
    for (int i = 0; i <= known.size(); i++) {
      int to = i < known.size() ? known.get(i).span().start() : tagged.span().end();
      Optional<Span> gap = trimmed(text, from, to);
      if (gap.isPresent()) {
        if (!isOrganizationName(gap.get().slice(text))) {
          return Optional.empty();
        }
        added.add(new Candidate(gap.get(), ActorType.ORGANIZATION, Optional.empty(), Origin.TAGGER));
      }
      if (i < known.size()) {
        from = known.get(i).span().end();
      }
    }
    return Optional.of(added);
  }

  /** The part of {@code [from, to)} between its first and last letters, possessives dropped. */
  private static Optional<Span> trimmed(String text, int from, int to) {
    int start = from;
    while (start < to && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    if (start > from && start + 1 <= to && (text.charAt(start) == 's' && Gazetteer.isApostrophe(text.charAt(start - 1)))) {
      start++;
      while (start < to && !Character.isLetterOrDigit(text.charAt(start))) {
        start++;
      }
    }
    int end = to;
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    if (end - start >= 2 && text.charAt(end - 1) == 's' && Gazetteer.isApostrophe(text.charAt(end - 2))) {
      end -= 2;
    }
    return end > start ? Optional.of(new Span(start, end)) : Optional.empty();
  }

  /**
   * A person span cut at its lowercase words, name particles ("al", "bin", "von") excepted:
   * "Volkov met the head of the Dawn Movement" gives "Volkov" and "Dawn Movement" (an
   * organization, by its designator). Other spans come back whole.
   */
  List<NerSpan> personRuns(String text, NerSpan entity) {
    if (entity.label() != NerLabel.PERSON) {
      return List.of(entity);
    }
    List<NerSpan> runs = new ArrayList<>();
    int runStart = -1;
    int runEnd = -1;
    Matcher word = WORD.matcher(text).region(entity.span().start(), entity.span().end());
    while (word.find()) {
      boolean lower = Character.isLowerCase(word.group().charAt(0));
      String head = word.group().split("[-‐]", 2)[0];
      boolean particle = lexicon.nameParticles.contains(head.toLowerCase(Locale.ROOT));
      if (lower && !particle) {
        addRun(text, runs, runStart, runEnd);
        runStart = -1;
      } else {
        runStart = runStart < 0 ? word.start() : runStart;
        runEnd = word.end();
      }
    }
    addRun(text, runs, runStart, runEnd);
    return runs.size() == 1 && runs.get(0).span().equals(entity.span()) ? List.of(entity) : runs;
  }

  private void addRun(String text, List<NerSpan> runs, int start, int end) {
    if (start < 0) {
      return;
    }
    String name = text.substring(start, end);
    NerLabel label = runs.isEmpty() ? NerLabel.PERSON : isOrganizationName(name) ? NerLabel.ORGANIZATION : NerLabel.PERSON;
    runs.add(new NerSpan(new Span(start, end), name, label));
  }

  private boolean isOrganizationName(String name) {
    String[] words = name.split("\\s+");
    for (String word : words) {
      if (!Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return lexicon.orgDesignators.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }
}
