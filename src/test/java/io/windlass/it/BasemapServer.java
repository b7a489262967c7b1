package io.windlass.it;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;

/**
 * A basemap upstream on loopback for the tests: {@code /light/z/x/y.png} answers an opaque tile of
 * {@link #COLOR}, {@code /error404/...} answers 404 and {@code /slow/...} answers after the
 * server's fetch timeout; {@code /markers/pin.svg} is a marker file (a red circle, 20 px). Counts
 * the tiles it served.
 */
final class BasemapServer implements AutoCloseable {
  static final Color COLOR = new Color(0x33, 0x66, 0x99);
  static final String PIN_SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\">"
          + "<circle cx=\"10\" cy=\"10\" r=\"9\" fill=\"#ff0000\"/></svg>";

  private final HttpServer server;
  private final byte[] tile;
  volatile int served;

  BasemapServer(int port) throws IOException {
    var img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(COLOR);
    g.fillRect(0, 0, 256, 256);
    g.dispose();
    var bytes = new ByteArrayOutputStream();
    ImageIO.write(img, "png", bytes);
    tile = bytes.toByteArray();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
    server.createContext(
        "/light/",
        ex -> {
          served++;
          ex.getResponseHeaders().add("Content-Type", "image/png");
          ex.sendResponseHeaders(200, tile.length);
          ex.getResponseBody().write(tile);
          ex.close();
        });
    server.createContext(
        "/error404/",
        ex -> {
          ex.sendResponseHeaders(404, -1);
          ex.close();
        });
    server.createContext(
        "/slow/",
        ex -> {
          try {
            Thread.sleep(4000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.sendResponseHeaders(200, tile.length);
          ex.getResponseBody().write(tile);
          ex.close();
        });
    server.createContext(
        "/markers/pin.svg",
        ex -> {
          byte[] svg = PIN_SVG.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "image/svg+xml");
          ex.sendResponseHeaders(200, svg.length);
          ex.getResponseBody().write(svg);
          ex.close();
        });
    // One thread per request: the slow path must not hold up the others.
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
