package io.windlass.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.error.WindlassException;
import io.windlass.geo.ImageView;
import io.windlass.geo.WebMercator;
import io.windlass.mapconfig.Layer;
import io.windlass.remote.RemoteFailure;
import io.windlass.remote.RemoteResources;
import io.windlass.render.LayerContent;
import io.windlass.render.LayerContent.FillLayer;
import io.windlass.render.LayerContent.ImageLayer;
import io.windlass.style.Colors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * What a {@code plain} layer draws: a colour over everything, or an image repeated from the world's
 * pixel origin; CARTO's validation messages.
 */
@ApplicationScoped
public class PlainLayers {
  @Inject RemoteResources remote;

  /** The layer over {@code view}: its colour, else its image tiled across the world. */
  public LayerContent content(Layer layer, ImageView view) {
    JsonNode color = layer.options().get("color");
    JsonNode imageUrl = layer.options().get("imageUrl");
    if ((color == null || color.isNull()) && imageUrl != null && imageUrl.isTextual()) {
      return new ImageLayer(tiled(image(imageUrl.asText()), view));
    }
    return new FillLayer(color(layer));
  }

  private BufferedImage image(String url) {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(remote.fetch(url)));
      if (img != null) return img;
      throw WindlassException.badRequest(
          "Invalid imageUrl for 'plain' layer: " + url + " is not an image");
    } catch (RemoteFailure f) {
      throw WindlassException.badRequest(
          "Invalid imageUrl for 'plain' layer: Unable to fetch http tile: " + f.getMessage());
    } catch (IOException e) {
      throw WindlassException.badRequest(
          "Invalid imageUrl for 'plain' layer: " + url + " is not an image");
    }
  }

  /** The image repeated from the world's pixel origin at the view's zoom, over the view. */
  private static BufferedImage tiled(BufferedImage img, ImageView view) {
    int scale = view.scale();
    double res = WebMercator.resolution(view.zoom(), 256);
    double px0 = (view.extent().minX() + WebMercator.ORIGIN_SHIFT) / res;
    double py0 = (WebMercator.ORIGIN_SHIFT - view.extent().maxY()) / res;
    var out =
        new BufferedImage(
            view.widthPx() * scale, view.heightPx() * scale, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    try {
      int w = img.getWidth();
      int h = img.getHeight();
      double startX = -Math.floorMod((long) Math.floor(px0), (long) w);
      double startY = -Math.floorMod((long) Math.floor(py0), (long) h);
      for (double y = startY; y < view.heightPx(); y += h) {
        for (double x = startX; x < view.widthPx(); x += w) {
          g.drawImage(img, (int) (x * scale), (int) (y * scale), w * scale, h * scale, null);
        }
      }
    } finally {
      g.dispose();
    }
    return out;
  }

  public Color color(Layer layer) {
    JsonNode color = layer.options().get("color");
    if (color != null && !color.isNull()) {
      if (color.isArray()) return fromArray(color);
      String text = color.asText();
      Color c = Colors.parse(text);
      if (c == null) {
        throw WindlassException.badRequest(
            "Invalid color for 'plain' layer: Failed to parse color: \"" + text + "\"");
      }
      return c;
    }
    throw WindlassException.badRequest(
        "Plain layer: at least one of the options, `color` or `imageUrl`, must be provided.");
  }

  private static Color fromArray(JsonNode a) {
    if (a.size() != 3 && a.size() != 4) throw invalidArray();
    int[] v = new int[4];
    v[3] = 255;
    for (int i = 0; i < a.size(); i++) {
      JsonNode n = a.get(i);
      if (!n.isNumber()) throw invalidArray();
      v[i] = Math.max(0, Math.min(255, n.asInt()));
    }
    return new Color(v[0], v[1], v[2], v[3]);
  }

  private static WindlassException invalidArray() {
    return WindlassException.badRequest("Invalid color for 'plain' layer: invalid integer array");
  }
}
