package org.dateline.nlp.events;

import java.util.Optional;
import org.dateline.nlp.references.Ref;

/**
 * Where an {@link EventPattern} matched in a sentence.
 *
 * @param pattern the pattern
 * @param first its first token
 * @param end the token after its last
 * @param verb the token of its verb, or its first token when it has none
 * @param target the actor its target slot found
 * @param source the actor its source slot found, for patterns that place the source
 */
record PatternMatch(EventPattern pattern, int first, int end, int verb, Optional<Ref> target, Optional<Ref> source) {}
