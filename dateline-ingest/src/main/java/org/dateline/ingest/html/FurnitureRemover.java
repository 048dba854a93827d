package org.dateline.ingest.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text from a page: elements that hold no readable text (scripts,
 * styles, forms controls, embeds), page chrome (navigation, asides, footers, headers outside the
 * article, dialogs), hidden elements, and elements whose class or id names furniture in the
 * {@link FurnitureVocabulary}.
 *
 * <p>Chrome and class-named furniture are spared when they hold the article: the page's own
 * article container and its ancestors, and any element holding most of the page's plain text
 * (a page wrapped whole in {@code <form>} or {@code class="layout-with-sidebar"}).
 */
final class FurnitureRemover {

  private static final Set<String> NO_TEXT = Set.of("script", "style", "noscript", "template",
      "iframe", "svg", "canvas", "object", "embed", "button", "input", "select", "textarea",
      "option", "label", "link", "meta", "video", "audio", "map", "head");
  private static final Set<String> CHROME = Set.of("nav", "aside", "footer", "form", "dialog",
      "menu");
  private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  private static final double MOST_OF_PAGE = 0.6;

  private final FurnitureVocabulary vocabulary;

  FurnitureRemover(FurnitureVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Removes furniture under {@code root}, in place. */
  void prune(Element root) {
    ContentScores scores = ContentScores.of(root);
    Set<Element> spared = Collections.newSetFromMap(new IdentityHashMap<>());
    SemanticContainer.find(root, scores).ifPresent(container -> {
      Element e = container;
      while (e != null && spared.add(e)) {
        e = e.parent();
      }
    });
    long heavy = Math.max(1, (long) (scores.plainText(root) * MOST_OF_PAGE));
    NodeTraversor.filter(new Pruner(root, element ->
        spared.contains(element) || scores.plainText(element) >= heavy), root);
  }

  /** One pass over the page, counting the article or main elements around the current node. */
  private final class Pruner implements NodeFilter {
    private final Element root;
    private final Predicate<Element> spared;
    private int articleDepth;

    Pruner(Element root, Predicate<Element> spared) {
      this.root = root;
      this.spared = spared;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element element) || element == root) {
        return FilterResult.CONTINUE;
      }
      if (NO_TEXT.contains(element.normalName())) {
        return FilterResult.REMOVE;
      }
      if (!spared.test(element) && isFurniture(element)) {
        return FilterResult.REMOVE;
      }
      if (isArticle(element)) {
        articleDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element && element != root && isArticle(element)) {
        articleDepth--;
      }
      return FilterResult.CONTINUE;
    }

    private boolean isFurniture(Element element) {
      String tag = element.normalName();
      return CHROME.contains(tag)
          || tag.equals("header") && articleDepth == 0
          || CHROME_ROLES.contains(element.attr("role").strip().toLowerCase(Locale.ROOT))
          || isHidden(element)
          || vocabulary.names(element);
    }

    private static boolean isArticle(Element element) {
      return element.nameIs("article") || element.nameIs("main");
    }
  }

  private static boolean isHidden(Element element) {
    return element.hasAttr("hidden")
        || element.attr("aria-hidden").equalsIgnoreCase("true")
        || HIDDEN_STYLE.matcher(element.attr("style")).find();
  }
}
