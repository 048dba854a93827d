/**
 * Export files, a public contract: {@code articles.jsonl} with the fields named in
 * {@link org.dateline.app.export.ArticleJson}. Fields are only ever added, never renamed.
 * Events can also be written as a GDELT 2.0 Event table ({@link
 * org.dateline.app.export.GdeltEventWriter}), whose 61 columns are GDELT's.
 */
@NullMarked
package org.dateline.app.export;

import org.jspecify.annotations.NullMarked;
