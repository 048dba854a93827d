/**
 * Dateline's vocabulary: immutable records shared by every module, with no I/O and no
 * dependencies.
 *
 * <h2>Provenance</h2>
 * Every fact Dateline reports (a mention, a date, a quote, a figure, an event) carries the id of
 * the {@link org.dateline.model.Article} it came from and character offsets into that article's
 * clean {@link org.dateline.model.Article#text() text}. Raw input bytes are never referenced
 * after reading: the clean text is the one coordinate system.
 *
 * <h2>Absence</h2>
 * Values that may be missing are {@link java.util.Optional}; lists are empty, never null.
 */
@NullMarked
package org.dateline.model;

import org.jspecify.annotations.NullMarked;
