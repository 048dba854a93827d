/** Words as story linking reads them: tokens for shingles, content words for TF-IDF. */
@NullMarked
package org.dateline.link.text;

import org.jspecify.annotations.NullMarked;
