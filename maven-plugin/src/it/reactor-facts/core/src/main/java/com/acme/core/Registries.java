package com.acme.core;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

/** The shared registries: the web module and the batch module use them. */
public final class Registries {
  public static final Map<String, Object> SESSIONS = new HashMap<>();
  public static final Queue<String> JOBS = new ArrayDeque<>();

  private Registries() {}
}
