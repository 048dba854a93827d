/**
 * Text-level cleaning shared by every reader: taking site furniture out of an article's text and
 * keeping it, with the credits and the dateline found around the body, as metadata.
 * {@link org.dateline.ingest.clean.TextCleaner} is the front door.
 *
 * <h2>Furniture</h2>
 * Site furniture is text a page carries that is not the article: "Back to top button", share and
 * subscribe lines, "Advertisement", copyright footers, lists of related headlines and an "About
 * &lt;Site&gt;" box at the end. It is removed from the text and returned verbatim, so nothing read is
 * lost.
 *
 * <h2>Credits and datelines</h2>
 * Credits are the agencies or sources an outlet names as its material's origin: a closing
 * {@code (PC, AJA)} line, an agency prefix such as {@code MEHR:} opening one of the first
 * paragraphs, the agency in a dateline {@code WASHINGTON (Reuters) -}. A credit line alone is
 * furniture; a prefix or a dateline stays in the text, because it is part of the first sentence
 * as published and downstream tools look for cited sources there.
 *
 * <h2>Vocabulary</h2>
 * What counts as furniture is data, not code: {@code *.txt} lists next to this package's classes,
 * one entry a line, {@code #} starting a comment. {@link org.dateline.ingest.clean.Vocabulary}
 * reads them and lets users add their own lists.
 */
@NullMarked
package org.dateline.ingest.clean;

import org.jspecify.annotations.NullMarked;
