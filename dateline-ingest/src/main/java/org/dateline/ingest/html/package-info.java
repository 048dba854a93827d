/**
 * Reading news web pages: {@link org.dateline.ingest.html.HtmlReader} for one page per file, and
 * {@link org.dateline.ingest.html.HtmlArticleExtractor}, which the feed and WARC readers share,
 * for turning any HTML string into article text and metadata.
 *
 * <h2>Main text</h2>
 * Extraction works on the parsed page in four steps, each its own class:
 * <ol>
 *   <li>{@code FurnitureRemover} takes out what is never article text: scripts, styles, forms,
 *       navigation, page headers and footers, asides, hidden elements, and elements whose class or
 *       id names site furniture (share bars, related links, comments, ads, cookie banners). The
 *       class and id keywords live in {@code furniture-words.txt} and
 *       {@code furniture-tokens.txt} next to this package's classes; extend them there.</li>
 *   <li>{@code MainTextExtractor} chooses the container of the article: an element marked
 *       {@code itemprop=articleBody}, else the {@code <article>}, else {@code <main>}, else the
 *       element with the best mix of plain (non-link) text and density.</li>
 *   <li>{@code CaptionCollector} moves photo captions out of the body into furniture, and photo
 *       credits into credits.</li>
 *   <li>{@code TextBlocks} turns the container into paragraphs and {@code LeadLines} takes a
 *       "By ..." line and a date line off the top.</li>
 * </ol>
 *
 * <h2>Metadata</h2>
 * JSON-LD ({@code JsonLdReader}) wins over meta tags and other markup ({@code MetaTagReader}),
 * which win over what the text itself says ({@code LeadLines}). Dates are taken as written: the
 * date part of a date-time, never shifted to another time zone.
 *
 * <h2>Robustness</h2>
 * Every walk over the document uses jsoup's iterative {@link org.jsoup.select.NodeTraversor}, so
 * pages nested hundreds of thousands of elements deep are read without deep recursion.
 */
@NullMarked
package org.dateline.ingest.html;

import org.jspecify.annotations.NullMarked;
