package dev.leakguard.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A stand-in for the GitHub REST API on 127.0.0.1: lists a pull request's review comments one
 * per page (with Link headers, so the client must paginate), creates reviews (their comments
 * then show in the list), checks the bearer token, and can be told to fail with a status.
 */
final class FakeGithub implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<String> commentBodies = Collections.synchronizedList(new ArrayList<>());
  final List<JsonNode> reviews = Collections.synchronizedList(new ArrayList<>());
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final HttpServer server;
  private final String token;
  private final String repoPath;
  volatile int failWith;
  volatile String failBody = "{}";

  FakeGithub(String token, String repository, int pullRequest) throws IOException {
    this.token = token;
    this.repoPath = "/repos/" + repository + "/pulls/" + pullRequest;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      serve(x);
    } catch (RuntimeException | IOException e) {
      e.printStackTrace();
      throw e;
    }
  }

  private void serve(HttpExchange x) throws IOException {
    {
      String method = x.getRequestMethod();
      String path = x.getRequestURI().getPath();
      requests.add(method + " " + x.getRequestURI());
      if (failWith != 0) {
        send(x, failWith, failBody);
        return;
      }
      if (!("Bearer " + token).equals(x.getRequestHeaders().getFirst("Authorization"))) {
        send(x, 401, "{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}");
        return;
      }
      if (method.equals("GET") && path.equals(repoPath + "/comments")) {
        String query = x.getRequestURI().getQuery();
        int page = 1;
        for (String param : query == null ? new String[0] : query.split("&")) {
          if (param.startsWith("page=")) {
            page = Integer.parseInt(param.substring(5));
          }
        }
        ArrayNode list = JSON.createArrayNode();
        if (page <= commentBodies.size()) {
          list.addObject().put("id", page).put("body", commentBodies.get(page - 1));
        }
        if (page < commentBodies.size()) {
          x.getResponseHeaders().add("Link", "<" + url() + repoPath + "/comments?per_page=100&page=" + (page + 1) + ">; rel=\"next\", <"
              + url() + repoPath + "/comments?per_page=100&page=" + commentBodies.size() + ">; rel=\"last\"");
        }
        send(x, 200, JSON.writeValueAsString(list));
      } else if (method.equals("POST") && path.equals(repoPath + "/reviews")) {
        JsonNode review = JSON.readTree(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        reviews.add(review);
        review.path("comments").forEach(c -> commentBodies.add(c.path("body").asText()));
        send(x, 200, "{\"id\":" + reviews.size() + ",\"html_url\":\"https://github.test/pull/7#pullrequestreview-" + reviews.size() + "\"}");
      } else {
        send(x, 404, "{\"message\":\"Not Found\"}");
      }
    }
  }

  private static void send(HttpExchange x, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "application/json");
    x.sendResponseHeaders(status, bytes.length);
    x.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
