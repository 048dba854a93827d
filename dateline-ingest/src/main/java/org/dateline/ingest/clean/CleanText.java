package org.dateline.ingest.clean;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link TextCleaner#clean(String)} makes of a text.
 *
 * @param text the body without furniture: lines stripped, paragraphs separated by one blank line,
 *     no leading or trailing whitespace; empty if nothing but furniture was found
 * @param furniture the removed lines, verbatim (stripped), in document order
 * @param credits agency or source credits found (a closing credit line, an agency prefix, the
 *     agency in a dateline), in document order, without duplicates
 * @param outlet the site named by an "About &lt;Site&gt;" footer, if there was one
 * @param dateline the place of a dateline opening the text ("TEHRAN"), if there was one; the
 *     dateline itself stays in {@code text}
 */
public record CleanText(
    String text,
    List<String> furniture,
    List<String> credits,
    Optional<String> outlet,
    Optional<String> dateline) {

  public CleanText {
    Objects.requireNonNull(text, "text");
    furniture = List.copyOf(furniture);
    credits = List.copyOf(credits);
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(dateline, "dateline");
  }
}
