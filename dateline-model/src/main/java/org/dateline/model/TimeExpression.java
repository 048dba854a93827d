package org.dateline.model;

import java.util.Objects;

/**
 * A temporal expression in an article with its normalized value.
 *
 * @param span where it stands in the article text
 * @param text the expression as written
 * @param type its TIMEX3 type
 * @param value its TIMEX3 value, following TimeML conventions: {@code 2024-07-11},
 *     {@code 2021-05}, {@code 2020}, {@code 2021-W20}, {@code 2021-05-22TNI}, {@code P1M},
 *     {@code PRESENT_REF}, or an {@code X}-filled value ({@code XXXX-05-10}) where the anchor
 *     needed to resolve it is unknown
 */
public record TimeExpression(Span span, String text, TimexType type, String value) {

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
