package io.windlass.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.error.WindlassException;
import io.windlass.geo.ImageView;
import io.windlass.geo.WebMercator;
import io.windlass.mapconfig.Layer;
import io.windlass.remote.RemoteFailure;
import io.windlass.remote.RemoteResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Draws {@code http} layers (XYZ basemaps) for any view: the tiles covering it at the view's zoom,
 * fetched from allow-listed hosts, placed where CARTO's static maps place them. A tile that cannot
 * be had is left transparent; a timeout fails the image, as in CARTO.
 */
@ApplicationScoped
public class Basemaps {
  private static final Pattern VARIABLE = Pattern.compile("\\{\\s*(\\w+)\\s*\\}");

  @Inject RemoteResources remote;

  /**
   * The layer drawn over {@code view}, as an image of the view's size in pixels.
   *
   * @param alone whether the layer is requested on its own (then any failure is the answer)
   */
  public BufferedImage draw(Layer layer, ImageView view, boolean alone) {
    String template = layer.text("urlTemplate");
    if (template == null) {
      throw WindlassException.badRequest("Missing mandatory \"urlTemplate\" option");
    }
    List<String> subdomains = subdomains(layer, template);
    boolean tms = layer.options().path("tms").asBoolean(false);
    int z = view.zoom();
    double res = WebMercator.resolution(z, 256);
    double px0 = (view.extent().minX() + WebMercator.ORIGIN_SHIFT) / res;
    double py0 = (WebMercator.ORIGIN_SHIFT - view.extent().maxY()) / res;
    int scale = view.scale();
    var image =
        new BufferedImage(
            view.widthPx() * scale, view.heightPx() * scale, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    try {
      long n = 1L << z;
      int col0 = (int) Math.floor(px0 / 256);
      int col1 = (int) Math.floor((px0 + view.widthPx() - 1e-9) / 256);
      int row0 = (int) Math.max(0, Math.floor(py0 / 256));
      int row1 = (int) Math.min(n - 1, Math.floor((py0 + view.heightPx() - 1e-9) / 256));
      for (int row = row0; row <= row1; row++) {
        for (int col = col0; col <= col1; col++) {
          long x = Math.floorMod(col, n);
          long y = tms ? n - 1 - row : row;
          String url = url(template, subdomains, z, x, y);
          BufferedImage tile = fetch(url, alone);
          if (tile == null) continue;
          int dx = (int) Math.round((col * 256.0 - px0) * scale);
          int dy = (int) Math.round((row * 256.0 - py0) * scale);
          g.drawImage(tile, dx, dy, 256 * scale, 256 * scale, null);
        }
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private BufferedImage fetch(String url, boolean alone) {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(remote.fetch(url)));
      if (img == null && alone)
        throw WindlassException.badRequest("Unable to fetch http tile: " + url);
      return img;
    } catch (RemoteFailure f) {
      if (f.kind() == RemoteFailure.Kind.NOT_ALLOWED) {
        throw WindlassException.badRequest("Invalid \"urlTemplate\" for http layer");
      }
      if (alone || f.kind() == RemoteFailure.Kind.TIMEOUT) {
        String status = f.kind() == RemoteFailure.Kind.STATUS ? " [" + f.status() + "]" : "";
        throw WindlassException.badRequest("Unable to fetch http tile: " + url + status);
      }
      return null;
    } catch (IOException e) {
      if (alone) throw WindlassException.badRequest("Unable to fetch http tile: " + url);
      return null;
    }
  }

  /** CARTO's substitution: {z} {x} {y} {s}, blanks inside braces allowed, nothing else. */
  static String url(String template, List<String> subdomains, int z, long x, long y) {
    Matcher m = VARIABLE.matcher(template);
    var out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "z" -> Integer.toString(z);
            case "x" -> Long.toString(x);
            case "y" -> Long.toString(y);
            case "s" ->
                subdomains.isEmpty()
                    ? ""
                    : subdomains.get((int) (Math.abs(x + y) % subdomains.size()));
            default ->
                throw WindlassException.badRequest(
                    "No value provided for variable {" + m.group(1) + "}");
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static List<String> subdomains(Layer layer, String template) {
    JsonNode s = layer.options().get("subdomains");
    var list = new ArrayList<String>();
    if (s != null && s.isArray()) {
      s.forEach(n -> list.add(n.asText()));
    } else if (s != null && s.isTextual()) {
      for (char c : s.asText().toCharArray()) list.add(String.valueOf(c));
    } else if (template.contains("{s}")) {
      list.addAll(List.of("a", "b", "c"));
    }
    return list;
  }
}
