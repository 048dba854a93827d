/**
 * The per-article language layer: who is named, when things happened, who said what, which
 * figures were given. A pure function of one article plus read-only models and dictionaries.
 */
@NullMarked
package org.dateline.nlp;

import org.jspecify.annotations.NullMarked;
