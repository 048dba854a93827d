package org.dateline.ingest.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an "About &lt;Site&gt;" box closing a page: a heading "About Harbor Gazette" among the last
 * lines, followed by at most {@value #MAX_LINES_AFTER} lines of text, the first of which names
 * the site. The heading and everything after it is removed; the site is the outlet.
 */
final class AboutFooter {

  private static final int MAX_LINES_AFTER = 6;
  private static final int MAX_SITE_CHARS = 60;
  private static final Pattern HEADING = Pattern.compile("About\\s+(\\p{Lu}[^\\n]*)");

  private AboutFooter() {}

  /** Removes the footer from {@code lines} if there is one, and returns the site it names. */
  static Optional<String> strip(MarkedLines lines) {
    int linesAfter = 0;
    for (int i = lines.size() - 1; i >= 0 && linesAfter <= MAX_LINES_AFTER; i--) {
      if (!lines.isContent(i)) {
        continue;
      }
      Optional<String> site = site(lines.line(i));
      int next = lines.nextContent(i + 1);
      if (site.isPresent() && next >= 0 && lines.line(next).contains(site.get())) {
        for (int k = i; k < lines.size(); k++) {
          if (lines.isContent(k)) {
            lines.remove(k, MarkedLines.Removal.OTHER);
          }
        }
        return site;
      }
      linesAfter++;
    }
    return Optional.empty();
  }

  private static Optional<String> site(String line) {
    Matcher m = HEADING.matcher(line);
    if (!m.matches() || !LineShape.isHeadlineLike(line)) {
      return Optional.empty();
    }
    String site = m.group(1).replaceAll("[\\s:]+$", "");
    return site.isEmpty() || site.length() > MAX_SITE_CHARS ? Optional.empty() : Optional.of(site);
  }
}
