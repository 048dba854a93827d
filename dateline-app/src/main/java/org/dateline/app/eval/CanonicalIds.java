package org.dateline.app.eval;

/** Maps the actor id a mention carries in one article to the store-wide canonical actor id. */
@FunctionalInterface
public interface CanonicalIds {

  /** Ids as the articles give them. */
  CanonicalIds AS_GIVEN = (article, actorId) -> actorId;

  String canonical(String articleId, String actorId);
}
