package dev.leakguard.examples.casestudy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The case-study service: {@code POST /transform} with a flat JSON or form body returns the
 * transformed fields as JSON. The transform id is the {@code X-Request-Id} header (a random one
 * when absent). Run it with {@code java -cp target/classes dev.leakguard.examples.casestudy.TransformServer 8080}.
 */
public final class TransformServer implements AutoCloseable {
  private static final int MAX_BODY_BYTES = 64 * 1024;

  static {
    // The JDK server writes a response's headers and body separately; without TCP_NODELAY the body
    // waits for the client's delayed ACK, about 40 ms a request. Read when the first server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService workers;
  private final TransformController controller;

  private TransformServer(HttpServer server, ExecutorService workers, TransformController controller) {
    this.server = server;
    this.workers = workers;
    this.controller = controller;
  }

  /** Starts the service on {@code host:port} (port 0: any free port), auditing to {@code auditSink}. */
  public static TransformServer start(String host, int port, AuditSink auditSink) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
    ExecutorService workers = Executors.newFixedThreadPool(4);
    TransformServer s = new TransformServer(server, workers, new TransformController(auditSink));
    server.createContext("/transform", s::handle);
    server.setExecutor(workers);
    server.start();
    return s;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        respond(exchange, 405, "{\"error\":\"use POST\"}");
        return;
      }
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
          respond(exchange, 413, "{\"error\":\"body too large\"}");
          return;
        }
        body = new String(bytes, StandardCharsets.UTF_8);
      }
      Map<String, Object> fields;
      try {
        fields = RequestBodies.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body);
      } catch (IllegalArgumentException e) {
        respond(exchange, 400, RequestBodies.toJson(Map.of("error", e.getMessage())));
        return;
      }
      String id = exchange.getRequestHeaders().getFirst("X-Request-Id");
      if (id == null || id.isBlank()) {
        id = UUID.randomUUID().toString();
      }
      respond(exchange, 200, RequestBodies.toJson(controller.handle(id, fields)));
    }
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    System.Logger log = System.getLogger("audit");
    AuditSink sink = batch -> log.log(System.Logger.Level.INFO, "audited {0} transformations", batch.size());
    TransformServer s = start("127.0.0.1", port, sink);
    System.out.println("listening on http://127.0.0.1:" + s.port() + "/transform");
  }
}
