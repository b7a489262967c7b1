package io.windlass.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.account.Credentials;
import io.windlass.cache.LayergroupStore;
import io.windlass.cache.TileCache;
import io.windlass.encode.Png8Encoder;
import io.windlass.encode.PngEncoder;
import io.windlass.error.ErrorDetail;
import io.windlass.error.WindlassException;
import io.windlass.geo.ImageView;
import io.windlass.geo.TileCoord;
import io.windlass.mapconfig.Layer;
import io.windlass.mapconfig.LayerFilter;
import io.windlass.mapconfig.LayerType;
import io.windlass.mapconfig.MapConfig;
import io.windlass.mapconfig.Token;
import io.windlass.template.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;

/** Serves raster tiles of layergroups: the data path from token to PNG bytes. */
@ApplicationScoped
public class TileService {
  private static final int TILE_SIZE = 256;
  private static final int DEFAULT_BUFFER_PX = 64;

  @Inject LayergroupStore store;
  @Inject TileCache tiles;
  @Inject MapDrawing drawing;
  @Inject RenderSlots slots;

  /** A tile of a stored layergroup, addressed by its token. */
  public Tile tile(TileRequest req) {
    Loaded loaded = load(req.token(), req.who(), req.authTokens());
    return serve(
        loaded.who(),
        loaded.config(),
        loaded.freshness(),
        loaded.identity(),
        req,
        loaded.lastModified());
  }

  /**
   * A stored layergroup as a request for its resources sees it.
   *
   * @param who the credentials its SQL runs with (the owner's for a signed instance)
   * @param identity what its cached resources are keyed by
   */
  record Loaded(
      Credentials who, MapConfig config, Freshness freshness, String identity, long lastModified) {}

  /** The layergroup of {@code token}, with CARTO's signature and token checks. */
  Loaded load(String tokenText, Credentials requester, List<String> authTokens) {
    Token token = Token.parse(tokenText);
    checkSigner(token, requester);
    var stored = store.get(token.mapId());
    if (stored.isEmpty() || !stored.get().account().equals(requester.account().name())) {
      throw WindlassException.badRequest(
          "Invalid or nonexistent map configuration token '" + token.mapId() + "'");
    }
    // Before parsing: the parser drops a "template" key, which signed access is checked against.
    Credentials who = signedAccess(token, requester, authTokens, stored.get().config());
    MapConfig config = MapConfig.parse(stored.get().config());
    var freshness = Freshness.fromJson(stored.get().facts(), LayergroupService.hasSql(config));
    long cb = token.cacheBusterMillis();
    return new Loaded(
        who,
        config,
        freshness,
        token.mapId() + ':' + token.cacheBuster(),
        cb > 0 ? cb : System.currentTimeMillis());
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
                BufferedImage image =
                    drawing.draw(
                        who, config, layers, ImageView.ofTile(coord, req.scale()), timings);
                // CARTO serves .png as an 8-bit palette (png8:m=h) and .png32 as RGBA.
                byte[] png =
                    req.format().equals("png32")
                        ? PngEncoder.encode(image)
                        : Png8Encoder.encode(image);
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
  private static Credentials signedAccess(
      Token token, Credentials who, List<String> authTokens, ObjectNode config) {
    if (token.signer() == null || who.apiKey() != null) return who;
    JsonNode template = config.get("template");
    if (template == null || !Template.authorizes(template.get("auth"), authTokens)) {
      throw new WindlassException(
          403,
          List.of(
              new ErrorDetail(
                  "auth", "Sorry, you are unauthorized (permission denied)", null, null)),
          null);
    }
    return new Credentials(who.account(), who.account().owner(), false, null);
  }
}
