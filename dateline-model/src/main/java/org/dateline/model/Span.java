package org.dateline.model;

/**
 * A half-open range of characters {@code [start, end)} in an article's clean
 * {@link Article#text() text}.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The characters this span covers in {@code text}. */
  public String slice(String text) {
    return text.substring(start, end);
  }

  public int length() {
    return end - start;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(Span other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
  }
}
