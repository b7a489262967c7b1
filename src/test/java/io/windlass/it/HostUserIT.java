package io.windlass.it;

import static io.windlass.it.LayergroupIT.COUNTRIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The user from the Host header ({@code {user}.{domain}}, the domain being {@code localhost} by
 * default), over raw HTTP/1.1: java.net.http does not let a client set Host.
 */
class HostUserIT extends DeployedWindlass {

  /** An HTTP answer; header names lower-cased. */
  record Raw(int status, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      return DeployedWindlass.json(body);
    }
  }

  int port() {
    return base.getPort() > 0 ? base.getPort() : base.getDefaultPort();
  }

  /** The path below the deployment's context root (the base URL's path, without its last '/'). */
  String contextPath() {
    String p = base.getPath();
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  Raw request(String method, String path, String host, String contentType, String body)
      throws IOException {
    byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    var head = new StringBuilder();
    head.append(method).append(' ').append(contextPath()).append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append("\r\n");
    head.append("Connection: close\r\n");
    if (contentType != null) head.append("Content-Type: ").append(contentType).append("\r\n");
    if (content != null) head.append("Content-Length: ").append(content.length).append("\r\n");
    head.append("\r\n");
    try (Socket socket = new Socket(base.getHost(), port())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (content != null) out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    }
  }

  static Raw parse(byte[] all) {
    int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
    if (end < 0) throw new AssertionError("no HTTP head in: " + new String(all));
    String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    var headers = new HashMap<String, String>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
    }
    int start = end + 4;
    byte[] body;
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(all, start);
    } else if (headers.containsKey("content-length")) {
      int n = Integer.parseInt(headers.get("content-length"));
      body = java.util.Arrays.copyOfRange(all, start, start + n);
    } else {
      body = java.util.Arrays.copyOfRange(all, start, all.length);
    }
    return new Raw(status, headers, body);
  }

  static byte[] dechunk(byte[] all, int at) {
    var out = new ByteArrayOutputStream();
    byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
    while (true) {
      int lineEnd = indexOf(all, crlf, at);
      String size = new String(all, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int semicolon = size.indexOf(';');
      int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) return out.toByteArray();
      out.write(all, lineEnd + 2, n);
      at = lineEnd + 2 + n + 2;
    }
  }

  static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  static void assertUserNotFound(Raw r, String user) {
    assertEquals(404, r.status(), r.text());
    assertEquals("User '" + user + "' not found", r.json().get("errors").get(0).asText());
    assertTrue(r.headers().getOrDefault("content-type", "").startsWith("application/json"));
  }

  @Test
  void theSubdomainOfTheUserDomainNamesTheUser() throws Exception {
    String host = "demo.localhost:" + port();
    var r = request("POST", "/api/v1/map", host, "application/json", COUNTRIES);
    assertEquals(200, r.status(), r.text());
    String id = r.json().get("layergroupid").asText();
    // Tile URLs are built from the Host the client used.
    String tiles = r.json().get("metadata").get("url").get("raster").get("urlTemplate").asText();
    assertEquals("http://" + host + "/api/v1/map/" + id + "/{z}/{x}/{y}.png", tiles);
    // The layergroup belongs to demo, whom the default account (no subdomain) also is.
    var tile = request("GET", "/api/v1/map/" + id + "/0/0/0.png", host, null, null);
    assertEquals(200, tile.status(), tile.text());
    assertEquals("image/png", tile.headers().get("content-type"));
    assertEquals(200, http.get("/api/v1/map/" + id + "/0/0/0.png").statusCode());
  }

  @Test
  void anUnknownUserInTheHostIs404() throws Exception {
    String host = "nosuchuser.localhost:" + port();
    assertUserNotFound(
        request("POST", "/api/v1/map", host, "application/json", COUNTRIES), "nosuchuser");
    String id = create(COUNTRIES);
    assertUserNotFound(
        request("GET", "/api/v1/map/" + id + "/0/0/0.png", host, null, null), "nosuchuser");
    assertUserNotFound(
        request("GET", "/api/v1/map?config=" + Http.encode(COUNTRIES), host, null, null),
        "nosuchuser");
  }

  @Test
  void thePathUserWinsOverTheHostAndAHostWithoutSubdomainIsTheDefaultAccount() throws Exception {
    var path =
        request(
            "POST",
            "/user/demo/api/v1/map",
            "nosuchuser.localhost:" + port(),
            "application/json",
            COUNTRIES);
    assertEquals(200, path.status(), path.text());
    var plain =
        request("POST", "/api/v1/map", "localhost:" + port(), "application/json", COUNTRIES);
    assertEquals(200, plain.status(), plain.text());
    // Only {user}.{domain} names a user: a deeper name is not one, so the default account serves.
    var deeper =
        request("POST", "/api/v1/map", "a.b.localhost:" + port(), "application/json", COUNTRIES);
    assertEquals(200, deeper.status(), deeper.text());
  }

  @Test
  void theMasterKeyIsCheckedAgainstTheHostsAccount() throws Exception {
    String key = "?api_key=" + MASTER_KEY;
    var own = request("GET", "/api/v1/map/named" + key, "demo.localhost:" + port(), null, null);
    assertEquals(200, own.status(), own.text());
    assertTrue(own.json().get("template_ids").isArray());
    // An unknown user has no keys: 401 with one, as CARTO (not 404).
    var unknown =
        request("GET", "/api/v1/map/named" + key, "nosuchuser.localhost:" + port(), null, null);
    assertEquals(401, unknown.status(), unknown.text());
    assertEquals(
        "api-key-not-found",
        unknown.json().get("errors_with_context").get(0).get("subtype").asText());
  }
}
