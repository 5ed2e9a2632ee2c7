package dev.leakguard.core.catalog;

/** The kind of container, for messages and for what a method call on it means. */
public enum Shape {
  MAP("map"),
  LIST("list"),
  SET("set"),
  QUEUE("queue"),
  DEQUE("deque"),
  MULTIMAP("multimap"),
  MULTISET("multiset"),
  COLLECTION("collection"),
  CACHE("cache"),
  /** An event bus or a listener support object: registered objects stay until unregistered. */
  LISTENERS("listener registry"),
  LOADING_CACHE("loading cache");

  private final String noun;

  Shape(String noun) {
    this.noun = noun;
  }

  /** A lower-case noun for messages: "map", "loading cache". */
  public String noun() {
    return noun;
  }

  public boolean isCache() {
    return this == CACHE || this == LOADING_CACHE;
  }
}
