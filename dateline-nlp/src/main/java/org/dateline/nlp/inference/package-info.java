/**
 * Inferring when an undated article was published, from its own evidence.
 *
 * <h2>How an inferred date is built</h2>
 * Each kind of evidence gives a {@link org.dateline.model.DateWindow}: explicit dates and years
 * the text mentions (the article is not older than the latest of them), actors named with a
 * dated role ("president-elect", "the late", "former"; a current title), and deaths dated by a
 * relative year ("was killed last year"). The windows are intersected, the reasons kept, and
 * the result is capped at today. Relative dates are then resolved against the window: an
 * expression gets a value only where both ends of the window give the same one.
 */
@NullMarked
package org.dateline.nlp.inference;

import org.jspecify.annotations.NullMarked;
