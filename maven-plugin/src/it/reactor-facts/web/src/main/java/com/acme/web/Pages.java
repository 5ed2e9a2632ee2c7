package com.acme.web;

import com.acme.core.Registries;

public class Pages {
  public int sessions() {
    return Registries.SESSIONS.size();
  }
}
