package io.windlass.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.account.Credentials;
import io.windlass.cache.LayergroupStore;
import io.windlass.cache.TileCache;
import io.windlass.data.FeatureQuery;
import io.windlass.data.LayerSql;
import io.windlass.data.SqlErrors;
import io.windlass.data.SqlTokens;
import io.windlass.data.UserSql;
import io.windlass.encode.PngEncoder;
import io.windlass.error.ErrorDetail;
import io.windlass.error.WindlassException;
import io.windlass.geo.Bbox;
import io.windlass.geo.Feature;
import io.windlass.geo.TileCoord;
import io.windlass.geo.WebMercator;
import io.windlass.mapconfig.Layer;
import io.windlass.mapconfig.LayerFilter;
import io.windlass.mapconfig.LayerType;
import io.windlass.mapconfig.MapConfig;
import io.windlass.mapconfig.Token;
import io.windlass.render.LayerContent;
import io.windlass.render.LayerContent.FillLayer;
import io.windlass.render.LayerContent.VectorLayer;
import io.windlass.render.RenderJob;
import io.windlass.render.TileRenderer;
import io.windlass.style.LayerStyle;
import io.windlass.template.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Serves raster tiles of layergroups: the data path from token to PNG bytes. */
@ApplicationScoped
public class TileService {
  private static final int TILE_SIZE = 256;
  private static final int DEFAULT_BUFFER_PX = 64;

  @Inject LayergroupStore store;
  @Inject TileCache tiles;
  @Inject CompiledStyles styles;
  @Inject UserSql userSql;
  @Inject TileRenderer renderer;
  @Inject RenderSlots slots;
  @Inject PlainLayers plainLayers;

  /** A tile of a stored layergroup, addressed by its token. */
  public Tile tile(TileRequest req) {
    Token token = Token.parse(req.token());
    checkSigner(token, req.who());
    var stored = store.get(token.mapId());
    if (stored.isEmpty() || !stored.get().account().equals(req.who().account().name())) {
      throw WindlassException.badRequest(
          "Invalid or nonexistent map configuration token '" + token.mapId() + "'");
    }
    // Before parsing: the parser drops a "template" key, which signed access is checked against.
    Credentials who = signedAccess(token, req, stored.get().config());
    MapConfig config = MapConfig.parse(stored.get().config());
    var freshness = Freshness.fromJson(stored.get().facts(), LayergroupService.hasSql(config));
    long cb = token.cacheBusterMillis();
    String identity = token.mapId() + ':' + token.cacheBuster();
    return serve(who, config, freshness, identity, req, cb > 0 ? cb : System.currentTimeMillis());
  }

  /**
   * A tile of {@code config} (a stored layergroup or a named map instantiated in memory), cached
   * under {@code identity}, the role and the request's layers, coordinates, scale and format.
   */
  Tile serve(
      Credentials who,
      MapConfig config,
      Freshness freshness,
      String identity,
      TileRequest req,
      long lastModified) {
    if (req.scale() != 1 && req.scale() != 2) {
      throw WindlassException.withStatus(404, "Tile with specified resolution not found");
    }
    if (!req.format().equals("png32") && !req.format().equals("png")) {
      throw WindlassException.badRequest("Unsupported format " + req.format());
    }
    List<Layer> layers = LayerFilter.resolve(req.filter(), config);
    if (layers.isEmpty()) throw WindlassException.badRequest("No 'mapnik' layers in MapConfig");
    if (config.vectorOnly() && layers.stream().anyMatch(l -> l.type() == LayerType.MAPNIK)) {
      throw new WindlassException(
          400,
          List.of(
              new ErrorDetail(
                  "tile",
                  "Unsupported format: 'cartocss' option is missing for " + req.format(),
                  null,
                  null)),
          null);
    }
    if (req.filter() != null && layers.size() == 1 && layers.get(0).type() == LayerType.HTTP) {
      throw WindlassException.badRequest(
          "Unable to fetch http tile: http layers are not supported yet");
    }
    int n = 1 << req.z();
    if (req.y() >= n) {
      throw WindlassException.badRequest(
          "Coordinates out of range: " + req.z() + "/" + req.x() + "/" + req.y());
    }
    var coord = TileCoord.of(req.z(), (int) Math.floorMod(req.x(), (long) n), req.y());

    String key =
        who.role().name()
            + '/'
            + identity
            + '/'
            + layers.stream().map(l -> Integer.toString(l.index())).collect(Collectors.joining(","))
            + '/'
            + coord.z()
            + '/'
            + coord.x()
            + '/'
            + coord.y()
            + '@'
            + req.scale()
            + '.'
            + req.format();
    var timings = new Timings();
    byte[] bytes = tiles.get(key);
    if (bytes == null) {
      bytes =
          slots.render(
              () -> {
                BufferedImage image = draw(who, config, layers, coord, req.scale(), timings);
                byte[] png = PngEncoder.encode(image);
                timings.lap("encode");
                return png;
              });
      tiles.put(key, bytes);
    } else {
      timings.lap("cache");
    }
    return new Tile(bytes, "image/png", freshness, lastModified, timings.header());
  }

  private static void checkSigner(Token token, Credentials who) {
    if (token.signer() != null && !token.signer().equals(who.account().name())) {
      throw new WindlassException(
          403,
          List.of(
              new ErrorDetail(
                  "auth",
                  "Cannot use map signature of user \""
                      + token.signer()
                      + "\" on db of user \""
                      + who.account().name()
                      + "\"",
                  null,
                  null)),
          null);
    }
  }

  /**
   * The credentials of a request for a signed (named-map instance) token: without a key, the
   * owner's role when the request's {@code auth_token} satisfies the template's auth embedded in
   * the instance, as CARTO; anonymous tokens keep the request's credentials.
   */
  private static Credentials signedAccess(Token token, TileRequest req, ObjectNode config) {
    Credentials who = req.who();
    if (token.signer() == null || who.apiKey() != null) return who;
    JsonNode template = config.get("template");
    if (template == null || !Template.authorizes(template.get("auth"), req.authTokens())) {
      throw new WindlassException(
          403,
          List.of(
              new ErrorDetail(
                  "auth", "Sorry, you are unauthorized (permission denied)", null, null)),
          null);
    }
    return new Credentials(who.account(), who.account().owner(), false, null);
  }

  private BufferedImage draw(
      Credentials who,
      MapConfig config,
      List<Layer> layers,
      TileCoord coord,
      int scale,
      Timings timings) {
    Bbox extent = WebMercator.tileBounds(coord);
    double res = extent.width() / TILE_SIZE;
    var compiled = new LayerStyle[layers.size()];
    Color background = null;
    Integer mapBuffer = null;
    for (int i = 0; i < layers.size(); i++) {
      Layer l = layers.get(i);
      if (l.type() != LayerType.MAPNIK || !l.visibleAt(coord.z())) continue;
      compiled[i] = styles.of(l);
      if (background == null) background = compiled[i].background().orElse(null);
      if (mapBuffer == null && compiled[i].bufferSize().isPresent()) {
        mapBuffer = compiled[i].bufferSize().getAsInt();
      }
    }
    double bufferPx =
        mapBuffer != null ? mapBuffer : config.bufferSize("png").orElse(DEFAULT_BUFFER_PX);
    var tokens = new SqlTokens(extent.expandBy(bufferPx * res), res / scale, res / scale);
    var contents = fetch(who, layers, compiled, tokens);
    timings.lap("db");
    var job =
        new RenderJob(
            extent, TILE_SIZE * scale, TILE_SIZE * scale, scale, coord.z(), background, contents);
    BufferedImage image = renderer.render(job);
    timings.lap("render");
    return image;
  }

  /** Reads every drawn layer's features in one read-only transaction, then builds the contents. */
  private List<LayerContent> fetch(
      Credentials who, List<Layer> layers, LayerStyle[] compiled, SqlTokens tokens) {
    List<List<Feature>> features = new ArrayList<>(Collections.nCopies(layers.size(), null));
    if (Arrays.stream(compiled).anyMatch(Objects::nonNull)) {
      userSql.run(
          who.role(),
          null,
          c -> {
            for (int i = 0; i < layers.size(); i++) {
              if (compiled[i] == null) continue;
              Layer layer = layers.get(i);
              List<String> fields = List.copyOf(compiled[i].fields());
              String sql = LayerSql.tileQuery(layer, fields, tokens);
              try {
                features.set(i, FeatureQuery.read(c, sql, fields));
              } catch (SQLException e) {
                throw SqlErrors.translate(e, layer.ref());
              }
            }
            return null;
          });
    }
    var contents = new ArrayList<LayerContent>(layers.size());
    for (int i = 0; i < layers.size(); i++) {
      Layer layer = layers.get(i);
      switch (layer.type()) {
        case MAPNIK -> {
          if (compiled[i] != null) contents.add(new VectorLayer(compiled[i], features.get(i)));
        }
        case PLAIN -> contents.add(new FillLayer(plainLayers.color(layer)));
        case HTTP, TORQUE -> {
          // An http layer inside a blend that cannot be fetched is drawn transparent, as CARTO
          // does; fetching basemaps comes with the static maps work.
        }
      }
    }
    return contents;
  }
}
