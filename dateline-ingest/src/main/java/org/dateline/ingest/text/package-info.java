/**
 * Reading plain-text articles, one article a file.
 *
 * <h2>Conventions read from real copy</h2>
 * Plain-text news carries a loose header above the body, in any order and sometimes on one line:
 * <ul>
 *   <li>a header token {@code date 2024-07-11} at the very start, possibly followed on the same
 *       line by a byline or the first sentence;
 *   <li>a byline {@code By Jane Doe}; a team byline ({@code By Harbour Gazette Staff}) also names
 *       the outlet;
 *   <li>a date line alone ({@code May 17, 2021}, {@code 17 May 2021}, {@code 2021-05-17},
 *       {@code Monday, May 17, 2021}, optionally with a time);
 *   <li>a photo caption closing in a credit ({@code Someone, some title. (MEHR)});
 *   <li>a headline: one to three short lines without closing punctuation, e.g. a kicker ending
 *       in ':' and the headline proper.
 * </ul>
 * The header is taken off the text and kept as metadata (the caption as furniture). The body then
 * goes through {@link org.dateline.ingest.clean.TextCleaner} for site furniture, credits, an
 * "About" footer and the dateline. A body written one paragraph a line, with no blank lines, is
 * laid out with blank lines between paragraphs, like the rest.
 *
 * <p>Nothing here knows a particular outlet: every rule is a shape of text, and the word lists
 * are data files of the {@code clean} package.
 */
@NullMarked
package org.dateline.ingest.text;

import org.jspecify.annotations.NullMarked;
