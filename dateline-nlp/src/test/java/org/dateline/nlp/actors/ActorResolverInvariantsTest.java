package org.dateline.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.dateline.model.Actor;
import org.dateline.model.Mention;
import org.dateline.model.Span;
import org.dateline.nlp.text.NerLabel;
import org.dateline.nlp.text.NerSpan;
import org.dateline.nlp.text.ParsedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants on random texts made of names, titles, role words and punctuation, with random
 * tagger spans: resolution never fails, spans slice back to their text, mentions never overlap,
 * every mention's actor is listed, and adding the article to a registry twice counts it once.
 */
class ActorResolverInvariantsTest {

  private static final String[] PIECES = {"Brigadier General", "Dmitri", "Volkov", "Vlokov", "al-Harbi", "Yusuf",
      "Yousef", "Harbi", "Marksburg", "MARKSBURG", "said", "stressed", "the", "commander", "of", "head", "’s", "'s",
      "’", ",", ".", "(", ")", "“", "”", "Northern Guard Corps", "NGC", "Sokol (Falcon) Force", "Freedonian",
      "Freedonians", "between", "and", "regime", "support", "Hebron", "al-Khalil", "Sheikh", "neighborhood", "MEHR",
      ":", "\n", "\n\n", "Tollund", "President", "Axis of Dawn", "Qa’ani", "Ghaani", "-", "Ba'ath", "Hama", "Hamas"};

  private static ActorResolver resolver;
  private static ActorDictionary dictionary;

  @BeforeAll
  static void loadDictionary() throws IOException {
    dictionary = ActorDictionary.fromFiles(List.of(ActorDictionaryTest.FICTIONAL));
    resolver = new ActorResolver(dictionary);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597})
  void holdsOnRandomTexts(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ParsedText parsed = randomText(random);
    String why = "seed " + seed + ", text: " + parsed.text();

    ArticleActors actors = resolver.resolve(parsed);

    Set<String> ids = actors.actors().stream().map(Actor::id).collect(Collectors.toSet());
    Span previous = null;
    for (Mention mention : actors.mentions()) {
      assertThat(mention.span().slice(parsed.text())).as(why).isEqualTo(mention.text());
      assertThat(ids).as(why).contains(mention.actorId());
      if (previous != null) {
        assertThat(previous.end()).as(why).isLessThanOrEqualTo(mention.span().start());
      }
      previous = mention.span();
    }
    for (Mention inner : actors.nested()) {
      assertThat(actors.mentions()).as(why).anyMatch(m -> m.span().contains(inner.span()));
      assertThat(ids).as(why).contains(inner.actorId());
    }
    for (DemonymMention demonym : actors.demonyms()) {
      assertThat(actors.mentions()).as(why).noneMatch(m -> m.span().overlaps(demonym.span()));
    }
    ActorRegistry registry = new ActorRegistry(dictionary);
    registry.add("a", actors);
    List<RegisteredActor> once = registry.actors();
    registry.add("a", actors);
    assertThat(registry.actors()).as(why).isEqualTo(once);
  }

  private static ParsedText randomText(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int pieces = 20 + random.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      if (text.length() > 0) {
        text.append(random.nextInt(4) == 0 ? "" : " ");
      }
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    ParsedText plain = Parsed.of(text.toString()).build();
    List<NerSpan> entities = new ArrayList<>();
    List<Span> tokens = plain.tokens();
    int i = 0;
    while (i < tokens.size()) {
      if (random.nextInt(3) == 0) {
        int length = 1 + random.nextInt(Math.min(4, tokens.size() - i));
        Span span = new Span(tokens.get(i).start(), tokens.get(i + length - 1).end());
        NerLabel label = NerLabel.values()[random.nextInt(NerLabel.values().length)];
        entities.add(new NerSpan(span, span.slice(plain.text()), label));
        i += length + 1;
      } else {
        i++;
      }
    }
    return new ParsedText(plain.text(), plain.sentences(), tokens, entities);
  }
}
