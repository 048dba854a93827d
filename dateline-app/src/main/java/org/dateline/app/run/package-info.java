/** An ingest run: from input paths to committed articles in the store, with progress and a summary. */
@NullMarked
package org.dateline.app.run;

import org.jspecify.annotations.NullMarked;
