/**
 * Actors: every mention of a person, organization, country, place or group resolves to a canonical
 * actor, within an article ({@link org.dateline.nlp.actors.ActorResolver}) and across the store
 * ({@link org.dateline.nlp.actors.ActorRegistry}).
 *
 * <h2>Within an article</h2>
 *
 * {@code ActorResolver.resolve(parsed)} reads a {@link org.dateline.nlp.text.ParsedText} and returns
 * {@link org.dateline.nlp.actors.ArticleActors}: flat, non-overlapping mentions (the span covers
 * the name only, titles excluded), the actors they resolve to, nested dictionary places
 * ("Lebanon" in "Islamic Resistance in Lebanon") and demonyms. The rules, in order:
 *
 * <ol>
 *   <li><b>Candidates.</b> The tagger's spans and the {@link org.dateline.nlp.actors.ActorDictionary
 *       dictionary}'s names, aliases and capitals found in the text (longest match, the first word
 *       case-sensitive, multi-word names whole). Where they overlap the dictionary wins, unless the
 *       tagger's span is longer: then it stays whole, or is split when it joins names ("IRGC Qods
 *       Force"). A person span the tagger ran on past the name is cut at its lowercase words; a
 *       "person" before a place noun is a place ("Sheikh Jarrah neighborhood"). All-capitals agency
 *       credits ("(AFP)", "MEHR:") are organizations.
 *   <li><b>Capitals.</b> A capital that speaks or acts ("Tehran said", "Tehran will"), owns a
 *       stance ("Tehran's support"), heads a regime ("the Tel Aviv regime") or faces an actor
 *       ("between Tel Aviv and Hezbollah") is its country; elsewhere it is a place.
 *   <li><b>Linking.</b> Dictionary matches group by entry. Full names group by
 *       {@link org.dateline.nlp.actors.NameKeys key}, which folds transliteration variants (Qaani /
 *       Qa'ani / Ghaani, Esmail / Ismail, al-Nakhalah / Nakhalah; rules in {@code
 *       transliteration.txt}), or join the dictionary entry with that key. One-word names link as an
 *       acronym defined in the article or spelled by a name's initials, as the surname of a person
 *       named in full (nearest before, else after), as the bare name of a place ("Gaza" / "Gaza
 *       Strip"), as a dictionary person's unique surname, or become actors of their own.
 *   <li><b>Second reading.</b> Every form an actor was written in, and each person's surname, is
 *       looked for again where the tagger missed it (a headline's "General Qa'ani:"), and any
 *       capitalized word with a person's surname key joins that person ("(Ghaani)"). A place's Arabic
 *       name right after it ("Jerusalem al-Quds") is another name of the place.
 *   <li><b>Misspellings.</b> A lone capitalized word in subject position, within one edit (a swap
 *       counts as one) of the surname of exactly one person named earlier, joins that person
 *       ("Salmai stressed").
 *   <li><b>Roles.</b> Titles and honorifics ({@code titles.txt}) before a person's name are roles;
 *       so are role phrases around it ("Hamas' political bureau chief Ismail Haniyeh", "Esmail
 *       Qaani, the commander of the Quds Force of ..."). A role owned by a country or organization
 *       ties the person to it (the actor's {@code country} or {@code affiliation}).
 *   <li><b>Ids.</b> Dictionary actors keep their dictionary id; others get the slug of their most
 *       frequent full form ("esmail-qaani").
 * </ol>
 *
 * Demonyms ("Iranian") are never mentions of the country: they are reported apart, as {@link
 * org.dateline.nlp.actors.DemonymMention}s. Collective actors (GROUP) come only from the
 * dictionary. Every word list is a data file next to this package, documented in its header.
 *
 * <h2>Across the store</h2>
 *
 * {@code ActorRegistry.add(articleId, articleActors)} merges one article's actors into canonical
 * ones, incrementally and deterministically: the same dictionary id is the same actor; otherwise
 * the same key of a full name is; a person's first name and surname, an organization's acronym
 * or a lone surname join the one actor that has it. The canonical name is the dictionary's or the
 * most frequent full form; aliases are every form written; counts are per article and mention.
 */
@NullMarked
package org.dateline.nlp.actors;

import org.jspecify.annotations.NullMarked;
