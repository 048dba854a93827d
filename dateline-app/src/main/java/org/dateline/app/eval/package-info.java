/**
 * Scoring the store against hand-annotated gold files: per part, precision, recall and the
 * misses, so that every figure Dateline claims can be checked and every error read.
 */
@NullMarked
package org.dateline.app.eval;

import org.jspecify.annotations.NullMarked;
