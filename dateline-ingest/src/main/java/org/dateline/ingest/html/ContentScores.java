package org.dateline.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element holds: all of it, and the part outside links ("plain text").
 * Article bodies are long runs of plain text; navigation, related lists and teasers are mostly
 * link text. Computed in one iterative pass, children before parents, so the cost stays linear
 * however deep the page nests.
 */
final class ContentScores {

  /** Character counts of one element's subtree. */
  private static final class Counts {
    long plain;
    long all;
  }

  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  private ContentScores() {}

  /** Scores every element under and including {@code root}. */
  static ContentScores of(Element root) {
    ContentScores scores = new ContentScores();
    NodeTraversor.traverse(scores.new Counter(root), root);
    return scores;
  }

  /** Characters of text outside links in the element's subtree. */
  long plainText(Element element) {
    Counts c = counts.get(element);
    return c == null ? 0 : c.plain;
  }

  /**
   * The element's promise as the article container: plain text times its share of all text
   * (plain² / all). Large, link-free blocks win over both single paragraphs and whole pages.
   */
  double density(Element element) {
    Counts c = counts.get(element);
    return c == null || c.all == 0 ? 0 : (double) c.plain * c.plain / c.all;
  }

  private Counts countsOf(Element element) {
    return counts.computeIfAbsent(element, e -> new Counts());
  }

  private final class Counter implements NodeVisitor {
    private final Element root;
    private int linkDepth;

    Counter(Element root) {
      this.root = root;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text && node.parent() instanceof Element parent) {
        int length = text.text().strip().length();
        Counts c = countsOf(parent);
        c.all += length;
        if (linkDepth == 0) {
          c.plain += length;
        }
      } else if (node instanceof Element element) {
        countsOf(element);
        if (element.nameIs("a")) {
          linkDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return;
      }
      if (element.nameIs("a")) {
        linkDepth--;
      }
      if (element != root && element.parent() != null) {
        Counts mine = countsOf(element);
        Counts parent = countsOf(element.parent());
        parent.plain += mine.plain;
        parent.all += mine.all;
      }
    }
  }
}
