package org.dateline.ingest.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Takes site furniture out of an article's text and reports it, with the credits, the outlet of
 * an "About" footer and the dateline found on the way. Readers call it on the body they have
 * extracted (after taking off their own header: title, byline, date).
 *
 * <pre>{@code
 * CleanText clean = TextCleaner.standard().clean(body);
 * }</pre>
 *
 * Passes, in order: furniture lines and related-article lists anywhere in the text; an "About
 * &lt;Site&gt;" footer; the trailer (closing credit lines, related headlines above a marker); agency
 * prefixes in the first {@value #PREFIX_PARAGRAPHS} paragraphs; a dateline on the first line.
 * Instances are immutable and safe to share between threads.
 */
public final class TextCleaner {

  private static final int PREFIX_PARAGRAPHS = 2;
  private static final int MAX_RELATED_LINKS = 12;
  private static final TextCleaner STANDARD = new TextCleaner(Vocabulary.bundled());

  private final Vocabulary vocabulary;
  private final AgencyPrefix agencyPrefix;
  private final DatelineFinder datelines;

  public TextCleaner(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.agencyPrefix = new AgencyPrefix(vocabulary);
    this.datelines = new DatelineFinder(vocabulary);
  }

  /** A cleaner using the bundled {@link Vocabulary}. */
  public static TextCleaner standard() {
    return STANDARD;
  }

  /** Cleans {@code text} (any line endings); see {@link CleanText} for what comes back. */
  public CleanText clean(String text) {
    MarkedLines lines = new MarkedLines(text);
    removeFurnitureLines(lines);
    Optional<String> outlet = AboutFooter.strip(lines);
    List<String> trailerCredits = TrailerScanner.strip(lines);
    LinkedHashSet<String> credits = new LinkedHashSet<>();
    Optional<String> place = Optional.empty();
    int first = lines.nextContent(0);
    if (first >= 0) {
      Optional<Dateline> dateline = datelines.find(lines.line(first));
      place = dateline.flatMap(Dateline::place);
      dateline.ifPresent(d -> credits.addAll(d.credits()));
    }
    credits.addAll(prefixCredits(lines));
    credits.addAll(trailerCredits);
    return new CleanText(lines.keptText(), lines.removedText(), new ArrayList<>(credits), outlet,
        place);
  }

  private void removeFurnitureLines(MarkedLines lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.isContent(i)) {
        continue;
      }
      if (vocabulary.isFurniture(lines.line(i))) {
        lines.remove(i, MarkedLines.Removal.SITE_MARKER);
      } else if (vocabulary.isRelatedHeading(lines.line(i))) {
        lines.remove(i, MarkedLines.Removal.SITE_MARKER);
        i = removeRelatedLinks(lines, i + 1) - 1;
      }
    }
  }

  /** Removes the headline-like lines after a related heading; returns where body goes on. */
  private static int removeRelatedLinks(MarkedLines lines, int from) {
    int links = 0;
    int i = lines.nextContent(from);
    while (i >= 0 && links < MAX_RELATED_LINKS && LineShape.isHeadlineLike(lines.line(i))) {
      lines.remove(i, MarkedLines.Removal.SITE_MARKER);
      links++;
      i = lines.nextContent(i + 1);
    }
    return i < 0 ? lines.size() : i;
  }

  private List<String> prefixCredits(MarkedLines lines) {
    List<String> found = new ArrayList<>();
    int paragraphs = 0;
    boolean inParagraph = false;
    for (int i = 0; i < lines.size() && paragraphs <= PREFIX_PARAGRAPHS; i++) {
      if (!lines.isContent(i)) {
        inParagraph &= lines.mark(i) != MarkedLines.Removal.KEPT;
        continue;
      }
      if (!inParagraph) {
        paragraphs++;
        inParagraph = true;
        if (paragraphs <= PREFIX_PARAGRAPHS) {
          agencyPrefix.find(lines.line(i)).ifPresent(found::add);
        }
      }
    }
    return found;
  }
}
