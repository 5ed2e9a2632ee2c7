package dev.leakguard.junit;

/** One iteration of the load: a request sent, a message handled, ... {@code iteration} counts from 0. */
@FunctionalInterface
public interface Workload {
  void run(int iteration) throws Exception;
}
