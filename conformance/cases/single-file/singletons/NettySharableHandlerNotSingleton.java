package conformance.singletons;

import java.util.ArrayList;
import java.util.List;

/**
 * A network handler marked {@code @Sharable} may sit in several pipelines, but libraries make such
 * handlers per connection too: the mark is not a singleton's, and the buffer lives as long as its
 * handler's connection. Netty is not on the conformance classpath, and annotations are matched by
 * simple name, so this file declares a same-named stand-in below.
 */
@ChannelHandler.Sharable
public class NettySharableHandlerNotSingleton {

  private final List<byte[]> pending = new ArrayList<>(); // expect: none

  public void channelRead(byte[] message) {
    pending.add(message);
  }
}

interface ChannelHandler {
  @interface Sharable {}
}
