package org.dateline.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds a page's article text, after taking the furniture out: the
 * container the page marks up itself ({@link SemanticContainer}), else the element with the best
 * {@linkplain ContentScores#density density} of plain text, the way readability tools score
 * candidates. On ties the deeper element wins, so wrappers around the article are shed.
 */
final class MainTextExtractor {

  private final FurnitureRemover remover;

  MainTextExtractor(FurnitureVocabulary vocabulary) {
    this.remover = new FurnitureRemover(vocabulary);
  }

  /** Prunes the page's furniture, in place, and returns the article's container. */
  Element container(Document page) {
    Element root = page.body();
    remover.prune(root);
    ContentScores scores = ContentScores.of(root);
    return SemanticContainer.find(root, scores).orElseGet(() -> densest(root, scores));
  }

  /**
   * Prunes a fragment that is all article (a feed item's content), in place, and returns its
   * body: no container is chosen, since there is no page around the text.
   */
  Element fragmentContainer(Document fragment) {
    Element root = fragment.body();
    remover.prune(root);
    return root;
  }

  private static Element densest(Element root, ContentScores scores) {
    Element[] best = {root};
    double[] bestDensity = {scores.density(root)};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element element) {
          double density = scores.density(element);
          if (density > 0 && density >= bestDensity[0]) {
            best[0] = element;
            bestDensity[0] = density;
          }
        }
      }
    }, root);
    return best[0];
  }
}
