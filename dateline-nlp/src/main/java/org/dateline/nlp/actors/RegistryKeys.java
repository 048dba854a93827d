package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;

/**
 * The name keys of the registry's actors. Strong keys (a full name's key; an organization's or
 * place's one-word name; a surname-only person's surname) identify one actor. Weak keys (a
 * person's surname, or first name and surname, an organization's one-word alias) identify an
 * actor only while no other actor shares them. Persons and other actors never share keys, and a one-word key is kept per
 * type: "Tehran" the city never joins Iran because an article once wrote "Tehran said".
 */
final class RegistryKeys {

  private final NameKeys keys;
  private final Map<String, String> strong = new HashMap<>();
  private final Map<String, Set<String>> weak = new HashMap<>();
  private final Map<String, Set<String>> keysOf = new HashMap<>();

  RegistryKeys(NameKeys keys) {
    this.keys = keys;
  }

  /** The canonical id an article's actor matches, if any (possibly one since redirected). */
  Optional<String> match(Actor actor) {
    String kind = kind(actor);
    String singleKind = singleKind(actor);
    List<String> forms = forms(actor);
    List<String> single = new ArrayList<>();
    List<String> firstLast = new ArrayList<>();
    for (String form : forms) {
      List<String> tokens = keys.tokens(form);
      if (tokens.size() > 1 && strong.containsKey(kind + String.join(" ", tokens))) {
        return Optional.of(strong.get(kind + String.join(" ", tokens)));
      }
      if (tokens.size() == 1) {
        single.add(tokens.get(0));
      } else if (kind.equals("P|")) {
        firstLast.add(firstLast(tokens));
      }
    }
    for (String key : firstLast) {
      Set<String> sharing = weak.getOrDefault(key, Set.of());
      if (sharing.size() == 1) {
        return Optional.of(sharing.iterator().next());
      }
    }
    boolean onlySingle = single.size() == forms.size();
    for (String token : single) {
      Set<String> sharing = weak.getOrDefault(singleKind + token, Set.of());
      if ((onlySingle || actor.type() != ActorType.PERSON) && sharing.size() == 1) {
        return Optional.of(sharing.iterator().next());
      }
      if (onlySingle && strong.containsKey(singleKind + token)) {
        return Optional.of(strong.get(singleKind + token));
      }
    }
    return Optional.empty();
  }

  /** Records the keys of {@code actor}, now part of canonical actor {@code id}. */
  void register(String id, Actor actor, boolean fromDictionary) {
    String kind = kind(actor);
    String singleKind = singleKind(actor);
    List<String> forms = forms(actor);
    boolean person = kind.equals("P|");
    boolean anyFull = forms.stream().anyMatch(f -> keys.tokens(f).size() > 1);
    for (String form : forms) {
      List<String> tokens = keys.tokens(form);
      if (tokens.isEmpty()) {
        continue;
      }
      if (tokens.size() > 1) {
        putStrong(kind + String.join(" ", tokens), id);
        if (person) {
          putWeak(kind + tokens.get(tokens.size() - 1), id);
          putWeak(firstLast(tokens), id);
        }
      } else if (person ? !anyFull : form.equals(actor.name()) && !fromDictionary) {
        putStrong(singleKind + tokens.get(0), id);
      } else {
        putWeak(singleKind + tokens.get(0), id);
      }
    }
  }

  /**
   * The surname-only persons that {@code id}, registered with {@code actor}'s forms, should
   * absorb: those whose one key is a surname of {@code actor} that no other full name shares.
   */
  List<String> surnameOnlyFor(String id, Actor actor) {
    List<String> lone = new ArrayList<>();
    if (actor.type() != ActorType.PERSON) {
      return lone;
    }
    for (String form : forms(actor)) {
      List<String> tokens = keys.tokens(form);
      String key = "P|" + (tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1));
      Set<String> sharing = weak.getOrDefault(key, Set.of());
      String holder = strong.get(key);
      if (tokens.size() > 1 && sharing.size() == 1 && sharing.contains(id) && holder != null && !holder.equals(id)
          && !lone.contains(holder)) {
        lone.add(holder);
      }
    }
    return lone;
  }

  /** Points every key of {@code from} at {@code to}. */
  void redirect(String from, String to) {
    for (String key : keysOf.getOrDefault(from, Set.of())) {
      strong.replace(key, from, to);
      Set<String> ids = weak.get(key);
      if (ids != null && ids.remove(from)) {
        ids.add(to);
      }
      keysOf.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(key);
    }
    keysOf.remove(from);
  }

  private void putStrong(String key, String id) {
    if (strong.putIfAbsent(key, id) == null) {
      keysOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(key);
    }
  }

  private void putWeak(String key, String id) {
    weak.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
    keysOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(key);
  }

  /** A person's first and last key tokens: "Hillary Rodham Clinton" and "Hillary Clinton" share it. */
  private static String firstLast(List<String> tokens) {
    return "P|" + tokens.get(0) + " " + tokens.get(tokens.size() - 1);
  }

  private static List<String> forms(Actor actor) {
    List<String> forms = new ArrayList<>();
    forms.add(actor.name());
    forms.addAll(actor.aliases());
    return forms;
  }

  /** The namespace of full-name keys: persons apart from everything else. */
  private static String kind(Actor actor) {
    return actor.type() == ActorType.PERSON ? "P|" : "O|";
  }

  /** The namespace of one-word keys: persons, and each other type apart. */
  private static String singleKind(Actor actor) {
    return actor.type() == ActorType.PERSON ? "P|" : actor.type().name() + "|";
  }
}
