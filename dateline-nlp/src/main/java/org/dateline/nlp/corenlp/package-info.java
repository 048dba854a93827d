/** The statistical layer: Stanford CoreNLP's tokenizer, sentence splitter and name tagger. */
package org.dateline.nlp.corenlp;
