package conformance.eviction;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A pool per algorithm: each call takes a digest from its queue, or makes one when the queue is
 * empty, and gives it back. A queue holds at most as many digests as were in use at once.
 */
public final class PoolTakesOrCreates {

  private static final Map<String, Queue<MessageDigest>> POOLS = new ConcurrentHashMap<>(); // expect: none

  static {
    POOLS.put("SHA-256", new ConcurrentLinkedQueue<>());
    POOLS.put("SHA-512", new ConcurrentLinkedQueue<>());
  }

  private PoolTakesOrCreates() {}

  public static byte[] digest(String algorithm, byte[] input) throws NoSuchAlgorithmException {
    Queue<MessageDigest> pool = POOLS.get(algorithm);
    MessageDigest md = pool.poll();
    if (md == null) {
      md = MessageDigest.getInstance(algorithm);
    }
    try {
      return md.digest(input);
    } finally {
      md.reset();
      pool.add(md);
    }
  }
}
