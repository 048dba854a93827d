package org.dateline.ingest.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.ingest.clean.Bylines;
import org.dateline.ingest.clean.Credits;
import org.dateline.ingest.clean.DatelineFinder;
import org.dateline.ingest.clean.LineShape;

/**
 * Takes the loose header off a plain-text article: a {@code date yyyy-mm-dd} token opening the
 * file, a byline, a date line, a photo caption and a headline of up to
 * {@value #MAX_TITLE_LINES} lines, in any order, within the first {@value #MAX_HEADER_LINES}
 * lines of text. The header ends at the first line that is none of these, or that opens with a
 * dateline. A caption or a title needs a body after it: a lone line is body. See the package
 * documentation for the conventions.
 */
final class HeaderParser {

  private static final int MAX_HEADER_LINES = 8;
  private static final int MAX_TITLE_LINES = 3;
  private static final int MAX_CAPTION_CHARS = 300;
  private static final Pattern DATE_TOKEN =
      Pattern.compile("(?i:date)\\s*:?\\s+(\\d{4}-\\d{2}-\\d{2})(?=\\s|$)");

  private final Bylines bylines;
  private final DatelineFinder datelines;

  HeaderParser(Bylines bylines, DatelineFinder datelines) {
    this.bylines = bylines;
    this.datelines = datelines;
  }

  /** Splits stripped {@code lines} into the header and the body lines after it. */
  Header parse(List<String> lines) {
    HeaderLines header = new HeaderLines(lines);
    int i = header.nextOpen(0);
    Optional<LocalDate> published = Optional.empty();
    if (i >= 0) {
      Matcher token = DATE_TOKEN.matcher(header.line(i));
      if (token.lookingAt()) {
        published = PublishedDateParser.iso(token.group(1));
        header.replaceStart(i, token.end());
      }
    }
    Optional<String> byline = Optional.empty();
    List<String> credits = new ArrayList<>();
    List<String> furniture = new ArrayList<>();
    List<Integer> title = new ArrayList<>();
    boolean titleClosed = false;
    for (int seen = 0; seen < MAX_HEADER_LINES && (i = header.nextOpen(Math.max(i, 0))) >= 0;
        seen++) {
      String line = header.line(i);
      titleClosed |= !title.isEmpty() && header.blankBefore(i);
      Optional<String> by = byline.isEmpty() ? bylines.parse(line) : Optional.empty();
      Optional<LocalDate> date = PublishedDateParser.parse(line);
      Optional<List<String>> caption = line.length() <= MAX_CAPTION_CHARS
          && header.nextOpen(i + 1) >= 0 ? Credits.closingCaption(line) : Optional.empty();
      if (by.isPresent() || date.isPresent() || caption.isPresent()) {
        byline = by.isPresent() ? by : byline;
        published = published.isPresent() ? published : date;
        caption.ifPresent(c -> {
          credits.addAll(c);
          furniture.add(line);
        });
        titleClosed |= !title.isEmpty();
      } else if (datelines.find(line).isEmpty() && !titleClosed
          && title.size() < MAX_TITLE_LINES && LineShape.isHeadlineLike(line)) {
        title.add(i);
      } else {
        break;
      }
      header.take(i);
    }
    Optional<String> headline = header.headline(title);
    return new Header(headline, byline, byline.flatMap(bylines::outletOf), published, credits,
        furniture, header.rest());
  }
}
