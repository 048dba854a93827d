package org.dateline.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.ingest.html.Bylines;

/**
 * The byline of a feed entry from its authors: Atom {@code author} names, RSS {@code author} or
 * {@code dc:creator}. RSS 2.0 writes authors as e-mail addresses, "desk@example.org (Ana Sousa)":
 * the name in brackets is kept, a bare address dropped.
 */
final class AuthorNames {

  private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  private static final Pattern BARE_EMAIL = Pattern.compile("^\\S+@\\S+$");

  private AuthorNames() {}

  static Optional<String> of(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null) {
        names.add(person.getName());
      }
    }
    if (names.isEmpty() && entry.getAuthor() != null) {
      names.add(entry.getAuthor());
    }
    return Bylines.join(names.stream().map(AuthorNames::clean).filter(n -> !n.isEmpty()).toList());
  }

  private static String clean(String author) {
    String value = author.strip();
    Matcher withName = EMAIL_WITH_NAME.matcher(value);
    if (withName.matches()) {
      return withName.group(1).strip();
    }
    return BARE_EMAIL.matcher(value).matches() ? "" : Bylines.withoutBy(value);
  }
}
