/** How the outlets of one story word it, side by side: what {@code compare} and {@code framing.jsonl} show. */
@NullMarked
package org.dateline.app.framing;

import org.jspecify.annotations.NullMarked;
