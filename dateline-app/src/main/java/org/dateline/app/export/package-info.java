/**
 * Export files, a public contract: {@code articles.jsonl} with the fields named in
 * {@link org.dateline.app.export.ArticleJson}. Fields are only ever added, never renamed.
 */
@NullMarked
package org.dateline.app.export;

import org.jspecify.annotations.NullMarked;
