package io.windlass.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.account.Credentials;
import io.windlass.config.Settings;
import io.windlass.data.UserSql;
import io.windlass.encode.ImageEncoding;
import io.windlass.error.ErrorDetail;
import io.windlass.error.WindlassException;
import io.windlass.geo.ImageView;
import io.windlass.geo.WebMercator;
import io.windlass.mapconfig.Layer;
import io.windlass.mapconfig.LayerFilter;
import io.windlass.mapconfig.MapConfig;
import io.windlass.template.SurrogateKeys;
import io.windlass.template.Template;
import io.windlass.template.View;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Static map images (PNG or JPEG of any size up to the configured maximum) of layergroups and named
 * maps: the requested extent rendered at once with the tile renderer, basemaps included.
 */
@ApplicationScoped
public class StaticMapService {
  /** JPEG quality when the request names none (CARTO's fixed value). */
  public static final int DEFAULT_JPEG_QUALITY = 85;

  private static final long PERMIT_WAIT_SECONDS = 20;

  @Inject Settings settings;
  @Inject TileService tiles;
  @Inject MapDrawing drawing;
  @Inject NamedMapService named;
  @Inject UserSql userSql;

  /** Large PNGs are deflated in this many parts at once: one per core. */
  private static final int PNG_PARTS = Runtime.getRuntime().availableProcessors();

  /** Pixels being drawn at once are bounded by memory: 4 bytes each, a quarter of the heap. */
  private Semaphore pixels;

  private int pixelBudget;

  @PostConstruct
  void init() {
    pixelBudget = (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 4 / 4);
    pixels = new Semaphore(pixelBudget, true);
  }

  /** An encoded static image and what its headers need. */
  public record StaticImage(
      byte[] bytes,
      String contentType,
      Freshness freshness,
      long lastModified,
      String namedKey,
      String serverTiming) {}

  /** What a static request asks for, checked with CARTO's messages. */
  public record Request(
      Credentials who, String width, String height, int scale, String format, Integer quality) {}

  /** A static image of a stored layergroup centred on (lng, lat) at zoom z. */
  public StaticImage center(
      Request r,
      String token,
      int z,
      double lat,
      double lng,
      String filter,
      List<String> authTokens) {
    Size size = size(r);
    var loaded = tiles.load(token, r.who(), authTokens);
    var view = ImageView.centred(lng, lat, z, size.width(), size.height(), r.scale());
    return render(
        r,
        loaded.who(),
        loaded.config(),
        loaded.freshness(),
        layers(filter, loaded.config()),
        view,
        loaded.lastModified(),
        null);
  }

  /** A static image of a stored layergroup showing a lon/lat bounding box. */
  public StaticImage bbox(
      Request r, String token, double[] wsen, String filter, List<String> authTokens) {
    Size size = size(r);
    var loaded = tiles.load(token, r.who(), authTokens);
    var view =
        ImageView.ofBounds(
            wsen[0], wsen[1], wsen[2], wsen[3], size.width(), size.height(), r.scale());
    return render(
        r,
        loaded.who(),
        loaded.config(),
        loaded.freshness(),
        layers(filter, loaded.config()),
        view,
        loaded.lastModified(),
        null);
  }

  /**
   * A static image of a named map: query view overrides, else the template's view (centre and zoom
   * before bounds), else the extent estimated from the tables read, else zoom 1 at 0,0.
   */
  public StaticImage named(
      Request r,
      String name,
      JsonNode params,
      List<String> authTokens,
      String filter,
      Optional<double[]> queryCentre,
      Optional<Integer> queryZoom,
      Optional<double[]> queryBbox,
      String mapUrl) {
    Size size = size(r);
    var instance = named.instantiate(r.who(), name, params, authTokens, mapUrl);
    Template template = instance.template();
    var created = instance.created();
    MapConfig config = created.config();
    String layerFilter =
        template
            .previewLayers()
            .map(l -> l.stream().map(String::valueOf).collect(Collectors.joining(",")))
            .orElse(filter);
    ImageView view = namedView(r, size, template, created, queryCentre, queryZoom, queryBbox);
    var owner = new Credentials(r.who().account(), r.who().account().owner(), true, null);
    long cb = created.cacheBuster();
    return render(
        r,
        owner,
        config,
        created.freshness(),
        layers(layerFilter, config),
        view,
        cb > 0 ? cb : System.currentTimeMillis(),
        SurrogateKeys.named(r.who().account().name(), name));
  }

  private ImageView namedView(
      Request r,
      Size size,
      Template template,
      LayergroupService.Created created,
      Optional<double[]> queryCentre,
      Optional<Integer> queryZoom,
      Optional<double[]> queryBbox) {
    if (queryCentre.isPresent() && queryZoom.isPresent()) {
      double[] c = queryCentre.get();
      return ImageView.centred(c[0], c[1], queryZoom.get(), size.width(), size.height(), r.scale());
    }
    if (queryBbox.isPresent()) {
      double[] b = queryBbox.get();
      return ImageView.ofBounds(b[0], b[1], b[2], b[3], size.width(), size.height(), r.scale());
    }
    Optional<View> view = template.view();
    if (view.isPresent() && view.get().zoom().isPresent() && view.get().center().isPresent()) {
      double[] c = view.get().center().get();
      int z = queryZoom.orElse(view.get().zoom().getAsInt());
      return ImageView.centred(c[0], c[1], z, size.width(), size.height(), r.scale());
    }
    if (view.isPresent() && view.get().bounds().isPresent()) {
      double[] b = view.get().bounds().get();
      return ImageView.ofBounds(b[0], b[1], b[2], b[3], size.width(), size.height(), r.scale());
    }
    return estimatedExtent(r, created)
        .map(
            b -> ImageView.ofBounds(b[0], b[1], b[2], b[3], size.width(), size.height(), r.scale()))
        .orElseGet(() -> ImageView.centred(0, 0, 1, size.width(), size.height(), r.scale()));
  }

  /** The union of the tables' estimated extents (planner statistics), west/south/east/north. */
  private Optional<double[]> estimatedExtent(Request r, LayergroupService.Created created) {
    var tables = created.freshness().tables();
    if (tables.isEmpty()) return Optional.empty();
    try {
      double[] box =
          userSql.run(
              r.who().account().owner(),
              null,
              c -> {
                double[] b = null;
                for (var t : tables) {
                  try (PreparedStatement ps =
                      c.prepare(
                          "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM"
                              + " ST_EstimatedExtent(?, ?, 'the_geom_webmercator') AS e")) {
                    ps.setString(1, t.schema());
                    ps.setString(2, t.name());
                    try (ResultSet rs = ps.executeQuery()) {
                      if (rs.next() && rs.getObject(1) != null) {
                        double[] e = {
                          rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)
                        };
                        b =
                            b == null
                                ? e
                                : new double[] {
                                  Math.min(b[0], e[0]),
                                  Math.min(b[1], e[1]),
                                  Math.max(b[2], e[2]),
                                  Math.max(b[3], e[3])
                                };
                      }
                    }
                  }
                }
                return b;
              });
      if (box == null) return Optional.empty();
      double[] sw = WebMercator.toLonLat(box[0], box[1]);
      double[] ne = WebMercator.toLonLat(box[2], box[3]);
      return Optional.of(new double[] {sw[0], sw[1], ne[0], ne[1]});
    } catch (WindlassException e) {
      return Optional.empty(); // CARTO falls back to zoom 1 at 0,0 on any failure here.
    }
  }

  private StaticImage render(
      Request r,
      Credentials who,
      MapConfig config,
      Freshness freshness,
      List<Layer> layers,
      ImageView view,
      long lastModified,
      String namedKey) {
    long needed = (long) view.widthPx() * view.heightPx() * r.scale() * r.scale();
    if (needed > pixelBudget) {
      throw WindlassException.badRequest(
          "Desired image is too large for this server's memory ("
              + needed
              + " pixels, at most "
              + pixelBudget
              + " at once)");
    }
    acquire((int) needed);
    try {
      var timings = new Timings();
      BufferedImage image = drawing.draw(who, config, layers, view, timings);
      boolean jpeg = !r.format().equals("png");
      byte[] bytes =
          jpeg
              ? ImageEncoding.jpeg(image, r.quality() == null ? DEFAULT_JPEG_QUALITY : r.quality())
              : ImageEncoding.png72(image, ForkJoinPool.commonPool(), PNG_PARTS);
      timings.lap("encode");
      return new StaticImage(
          bytes,
          jpeg ? "image/jpeg" : "image/png",
          freshness,
          lastModified,
          namedKey,
          timings.header());
    } finally {
      pixels.release((int) needed);
    }
  }

  private void acquire(int needed) {
    boolean ok;
    try {
      ok = pixels.tryAcquire(needed, PERMIT_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ok = false;
    }
    if (!ok) {
      throw new WindlassException(
          429,
          List.of(
              new ErrorDetail(
                  "limit",
                  "You are over platform's limits: Max render capacity exceeded."
                      + " Too many large static images are being drawn; try again shortly.",
                  "render-capacity",
                  null)),
          null);
    }
  }

  private static List<Layer> layers(String filter, MapConfig config) {
    List<Layer> layers = LayerFilter.resolve(filter == null ? "all" : filter, config);
    if (layers.isEmpty()) throw WindlassException.badRequest("No tiles to stitch");
    return layers;
  }

  private record Size(int width, int height) {}

  /** Format and size checks, in CARTO's order: format first, then the size limit. */
  private Size size(Request r) {
    String f = r.format();
    if (!f.equals("png") && !f.equals("jpg") && !f.equals("jpeg")) {
      throw WindlassException.badRequest("Unsupported image format \"" + f + "\"");
    }
    if (r.quality() != null && (r.quality() < 1 || r.quality() > 100)) {
      throw WindlassException.badRequest("Invalid JPEG quality " + r.quality() + ": 1 to 100");
    }
    int w = dimension(r.width());
    int h = dimension(r.height());
    int max = settings.staticMaxSize();
    if (w > max || h > max) throw WindlassException.badRequest("Desired image is too large.");
    if (w <= 0 || h <= 0) {
      throw WindlassException.badRequest("Invalid image size " + r.width() + "x" + r.height());
    }
    return new Size(w, h);
  }

  private static int dimension(String text) {
    if (!text.matches("\\d{1,9}")) {
      throw WindlassException.badRequest(
          "Invalid image size: '" + text + "' is not a number of pixels");
    }
    return Integer.parseInt(text);
  }
}
