package com.acme.batch;

import com.acme.core.Registries;

public class Worker {
  public void submit(String job) {
    Registries.JOBS.add(job);
  }

  public void runAll() {
    String job;
    while ((job = Registries.JOBS.poll()) != null) {
      System.out.println(job);
    }
  }
}
