/** Text as the statistical layer hands it to the rule-based readers: sentences, tokens, names. */
@NullMarked
package org.dateline.nlp.text;

import org.jspecify.annotations.NullMarked;
