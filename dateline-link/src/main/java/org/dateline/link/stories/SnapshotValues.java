package org.dateline.link.stories;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.DateWindow;

/**
 * The values the parts of a {@link StoryClusterer#writeTo snapshot} share, in one binary form:
 * strings as a length and UTF-8 ({@link DataOutput#writeUTF} stops at 64 KB, a headline need
 * not), days as epoch days, an optional value as a flag and the value. Reading checks what it
 * can (no negative counts, no absurd lengths) so a damaged snapshot fails with an
 * {@link IOException} instead of allocating without bound.
 */
final class SnapshotValues {

  /** The longest string a snapshot holds: far beyond any id, headline or outlet. */
  private static final int MAX_STRING_BYTES = 1 << 24;

  private SnapshotValues() {}

  static void writeString(DataOutput out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInput in) throws IOException {
    int length = readCount(in);
    if (length > MAX_STRING_BYTES) {
      throw new IOException("damaged snapshot: a string of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static void writeOptionalString(DataOutput out, Optional<String> value) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      writeString(out, value.get());
    }
  }

  static Optional<String> readOptionalString(DataInput in) throws IOException {
    return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
  }

  /**
   * Writes weights by key in the map's iteration order; {@link #readWeights} puts them back in
   * that order, so a map grown the same way iterates alike and sums to the same bits.
   */
  static void writeWeights(DataOutput out, Map<String, Double> weights) throws IOException {
    out.writeInt(weights.size());
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      writeString(out, e.getKey());
      out.writeDouble(e.getValue());
    }
  }

  /** Reads weights {@link #writeWeights written} earlier into {@code into}. */
  static void readWeights(DataInput in, Map<String, Double> into) throws IOException {
    for (int i = 0, n = readCount(in); i < n; i++) {
      into.put(readString(in), in.readDouble());
    }
  }

  static void writeDay(DataOutput out, LocalDate day) throws IOException {
    out.writeLong(day.toEpochDay());
  }

  static LocalDate readDay(DataInput in) throws IOException {
    return LocalDate.ofEpochDay(in.readLong());
  }

  /** A count or size: never negative. */
  static int readCount(DataInput in) throws IOException {
    int count = in.readInt();
    if (count < 0) {
      throw new IOException("damaged snapshot: a count of " + count);
    }
    return count;
  }

  /**
   * Everything of {@code article}, whose text is at most the lead sentence a story keeps of a
   * report (a snapshot never holds article bodies).
   */
  static void writeFeatures(DataOutput out, ArticleFeatures article) throws IOException {
    writeString(out, article.id());
    writeOptionalString(out, article.title());
    writeString(out, article.text());
    writeOptionalString(out, article.outlet());
    out.writeBoolean(article.published().isPresent());
    if (article.published().isPresent()) {
      writeDay(out, article.published().get());
    }
    out.writeBoolean(article.publishedInferred().isPresent());
    if (article.publishedInferred().isPresent()) {
      DateWindow window = article.publishedInferred().get();
      writeDay(out, window.earliest());
      writeDay(out, window.latest());
      out.writeDouble(window.confidence());
      writeString(out, window.why());
    }
    out.writeInt(article.actorIds().size());
    for (String actor : article.actorIds()) {
      writeString(out, actor);
    }
    out.writeInt(article.mentionedDays().size());
    for (LocalDate day : article.mentionedDays()) {
      writeDay(out, day);
    }
  }

  /** Features written by {@link #writeFeatures}, with an empty text. */
  static ArticleFeatures readFeatures(DataInput in) throws IOException {
    String id = readString(in);
    Optional<String> title = readOptionalString(in);
    String lead = readString(in);
    Optional<String> outlet = readOptionalString(in);
    Optional<LocalDate> published = in.readBoolean() ? Optional.of(readDay(in)) : Optional.empty();
    Optional<DateWindow> inferred = in.readBoolean()
        ? Optional.of(new DateWindow(readDay(in), readDay(in), in.readDouble(), readString(in)))
        : Optional.empty();
    List<String> actors = new ArrayList<>();
    for (int i = 0, n = readCount(in); i < n; i++) {
      actors.add(readString(in));
    }
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0, n = readCount(in); i < n; i++) {
      days.add(readDay(in));
    }
    return new ArticleFeatures(id, title, lead, outlet, published, inferred, actors, days);
  }
}
