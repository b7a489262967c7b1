package io.windlass.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.imageio.ImageIO;

/** Plain HTTP against the deployed server, and the checks the integration tests share. */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;

  Http(URL base) {
    String b = base.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  HttpResponse<byte[]> get(String path, String... headers) {
    var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return send(b.build());
  }

  HttpResponse<byte[]> post(String path, String contentType, String body, String... headers) {
    var b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) b.header("Content-Type", contentType);
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return send(b.build());
  }

  HttpResponse<byte[]> put(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<byte[]> delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE().build());
  }

  /** Any method, with a body (or null for none) and extra headers (name, value, ...). */
  HttpResponse<byte[]> send(
      String method, String path, String contentType, String body, String... headers) {
    var b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) b.header("Content-Type", contentType);
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return send(b.build());
  }

  HttpResponse<byte[]> options(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private static HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  static BufferedImage image(HttpResponse<byte[]> r) {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
      if (img == null) throw new AssertionError("not an image: " + text(r));
      return img;
    } catch (IOException e) {
      throw new AssertionError("unreadable image", e);
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The pixel at (x, y) as 0xAARRGGBB (non-premultiplied). */
  static int argb(BufferedImage img, int x, int y) {
    return img.getRGB(x, y);
  }

  static int alpha(int argb) {
    return argb >>> 24;
  }

  /** Whether {@code argb} is within {@code tolerance} of {@code expected} in every channel. */
  static boolean near(int argb, int expected, int tolerance) {
    for (int shift = 0; shift <= 24; shift += 8) {
      int a = (argb >>> shift) & 0xff;
      int b = (expected >>> shift) & 0xff;
      if (Math.abs(a - b) > tolerance) return false;
    }
    return true;
  }

  /** Tile pixel of a lon/lat at zoom z within tile (tx, ty), for 256 px tiles. */
  static int[] pixel(double lon, double lat, int z, int tx, int ty) {
    double n = 256 * Math.pow(2, z);
    double x = (lon + 180) / 360 * n;
    double latRad = Math.toRadians(lat);
    double y = (1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * n;
    return new int[] {(int) Math.floor(x - tx * 256), (int) Math.floor(y - ty * 256)};
  }
}
