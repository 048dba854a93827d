package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an element into paragraphs of text: every block element (paragraph, heading, quote, list
 * item, div...) and every run of text between two line breaks ({@code <br><br>}) is one
 * paragraph, with whitespace collapsed. The headline ({@code <h1>}) is left out: it is the
 * title, not the body. Characters are kept as written, curly quotes included.
 */
final class TextBlocks implements NodeFilter {

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main",
      "header", "footer", "aside", "nav", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6", "ul",
      "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption", "figure",
      "figcaption", "hr", "address", "details", "summary", "center", "fieldset", "body");
  private static final Set<String> CELLS = Set.of("td", "th");

  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int breaksInARow;

  private TextBlocks() {}

  /** The paragraphs of {@code container}, in document order, none empty. */
  static List<String> of(Element container) {
    TextBlocks blocks = new TextBlocks();
    NodeTraversor.filter(blocks, container);
    blocks.endParagraph();
    return blocks.paragraphs;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode text) {
      String value = text.getWholeText();
      if (!value.isBlank()) {
        breaksInARow = 0;
      }
      current.append(value);
    } else if (node instanceof Element element) {
      String tag = element.normalName();
      if (tag.equals("h1")) {
        endParagraph();
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        lineBreak();
      } else if (CELLS.contains(tag)) {
        current.append(' ');
      } else if (BLOCKS.contains(tag)) {
        endParagraph();
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
      endParagraph();
    }
    return FilterResult.CONTINUE;
  }

  private void lineBreak() {
    breaksInARow++;
    if (breaksInARow >= 2) {
      endParagraph();
    } else {
      current.append(' ');
    }
  }

  private void endParagraph() {
    String paragraph = Whitespace.collapse(current.toString());
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    current.setLength(0);
  }
}
