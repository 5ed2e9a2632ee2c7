package com.acme.web;

import com.acme.core.Registries;

public class Handler {
  public void handle(String sessionId, Object session) {
    Registries.SESSIONS.put(sessionId, session);
  }
}
