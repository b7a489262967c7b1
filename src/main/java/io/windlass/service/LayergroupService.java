package io.windlass.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.account.Credentials;
import io.windlass.cache.LayergroupStore;
import io.windlass.config.Settings;
import io.windlass.data.LayerSql;
import io.windlass.data.QueryPlan;
import io.windlass.data.TableRef;
import io.windlass.data.UserSql;
import io.windlass.error.ErrorDetail;
import io.windlass.error.WindlassException;
import io.windlass.mapconfig.JsonText;
import io.windlass.mapconfig.Layer;
import io.windlass.mapconfig.LayerType;
import io.windlass.mapconfig.LayergroupId;
import io.windlass.mapconfig.MapConfig;
import io.windlass.metadata.TableChanges;
import io.windlass.remote.MarkerFiles;
import io.windlass.style.FeatureStyle;
import io.windlass.style.LayerStyle;
import io.windlass.style.StyleRule;
import io.windlass.style.SymbolizerSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Creates layergroups (anonymous maps and named-map instances): parse, validate against the
 * database, find the tables read and their freshness, store, describe.
 */
@ApplicationScoped
public class LayergroupService {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Inject Settings settings;
  @Inject LayergroupStore store;
  @Inject CompiledStyles styles;
  @Inject UserSql userSql;
  @Inject MarkerFiles markerFiles;
  @Inject TableChanges tableChanges;

  /** What a successful creation answers. */
  public record Created(
      String layergroupId,
      String mapId,
      long cacheBuster,
      ObjectNode body,
      Freshness freshness,
      MapConfig config) {}

  /**
   * The template a named-map instance comes from: its signature prefix and the {@code template} key
   * ({@code {"name":…, "auth":…}}) that signed tile requests are authorised against.
   */
  public record Signature(String user, String templateHash8, ObjectNode templateKey) {}

  /**
   * Creates (or renews) the layergroup of {@code json} for {@code who}.
   *
   * @param mapUrl the absolute URL of the map endpoint the client used (e.g. {@code
   *     http://host/api/v1/map}), the base of the tile URLs in the metadata
   * @param signature the template of a named-map instance, or null for an anonymous map
   */
  public Created create(Credentials who, ObjectNode json, String mapUrl, Signature signature) {
    MapConfig config = MapConfig.parse(json);
    if (signature != null) config.json().set("template", signature.templateKey());
    var counts = new ArrayList<Long>();
    var tables = new TreeSet<TableRef>();
    for (Layer layer : config.layers()) {
      if (layer.type() != LayerType.MAPNIK) {
        counts.add(null);
        continue;
      }
      QueryPlan plan = validate(who, layer);
      counts.add(plan.estimatedRows());
      tables.addAll(plan.tables());
    }
    Freshness freshness = freshness(config, tables);
    String mapId = LayergroupId.of(config.json(), settings.dbName(), who.role().name());
    store.put(mapId, who.account().name(), config.json(), freshness.toJson());
    long cacheBuster = freshness.cacheBuster();
    String prefix =
        signature == null ? "" : signature.user() + "@" + signature.templateHash8() + "@";
    String token = prefix + mapId + ":" + cacheBuster;
    return new Created(
        token,
        mapId,
        cacheBuster,
        body(config, token, cacheBuster, counts, mapUrl, who),
        freshness,
        config);
  }

  /** Whether the map runs SQL at all: maps of only plain and http layers read no database. */
  static boolean hasSql(MapConfig config) {
    return config.layers().stream().anyMatch(l -> l.type() == LayerType.MAPNIK);
  }

  private Freshness freshness(MapConfig config, Set<TableRef> tables) {
    try {
      return Freshness.of(tables, tableChanges.updatedAt(tables), hasSql(config));
    } catch (SQLException e) {
      throw WindlassException.of(
          "Could not fetch metadata about the affected tables: " + e.getMessage());
    }
  }

  /**
   * Fetches every marker file the style names, as CARTO downloads a map's external resources when
   * it is created: one it cannot have is the map's error, not a hole in its tiles.
   */
  private void checkMarkerFiles(LayerStyle style, Layer layer) {
    for (FeatureStyle fs : style.styles()) {
      for (StyleRule rule : fs.rules()) {
        for (SymbolizerSpec spec : rule.symbolizers()) {
          String file = spec.properties().get("file");
          if (!(spec.type().equals("MarkersSymbolizer")
                  || spec.type().equals("PointSymbolizer")
                  || spec.type().equals("PolygonPatternSymbolizer"))
              || file == null
              || file.startsWith("shape://")) {
            continue;
          }
          try {
            markerFiles.load(file);
          } catch (MarkerFiles.Unavailable e) {
            throw new WindlassException(
                400,
                List.of(
                    ErrorDetail.ofLayer(
                        "Unable to download '"
                            + file
                            + "' for 'style"
                            + layer.index()
                            + "' ("
                            + e.getMessage()
                            + ")",
                        layer.ref())),
                null);
          }
        }
      }
    }
  }

  /** Compiles the layer's style and plans its SQL: the estimated feature count, tables read. */
  private QueryPlan validate(Credentials who, Layer layer) {
    List<String> fields = List.of();
    if (layer.cartocss() != null) {
      LayerStyle style = styles.of(layer);
      fields = List.copyOf(style.fields());
      checkMarkerFiles(style, layer);
    }
    String probe = LayerSql.probeQuery(layer, fields);
    return userSql.run(
        who.role(),
        layer.ref(),
        c -> {
          try (PreparedStatement ps = c.prepare(probe);
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return QueryPlan.of(JsonText.parse(rs.getString(1)));
          }
        });
  }

  private ObjectNode body(
      MapConfig config,
      String token,
      long cacheBuster,
      List<Long> counts,
      String mapUrl,
      Credentials who) {
    var m = JsonText.MAPPER;
    String query = who.apiKey() == null ? "" : "?api_key=" + who.apiKey();
    String base = mapUrl + "/" + token;
    ObjectNode body = m.createObjectNode();
    body.put("layergroupid", token);
    ObjectNode metadata = body.putObject("metadata");
    ArrayNode layers = metadata.putArray("layers");
    boolean vectorOnly = config.vectorOnly();
    for (Layer layer : config.layers()) {
      ObjectNode l = layers.addObject();
      l.put("type", layer.type().wireName());
      l.put("id", layer.id());
      ObjectNode meta = l.putObject("meta");
      ObjectNode tilejson = m.createObjectNode();
      String layerBase = base + "/" + layer.id() + "/{z}/{x}/{y}";
      if (layer.type() == LayerType.MAPNIK) {
        if (layer.cartocss() != null) meta.put("cartocss", layer.cartocss());
        meta.putObject("stats").put("estimatedFeatureCount", counts.get(layer.index()));
        tile(tilejson.putObject("vector"), layerBase + ".mvt" + query);
        if (!vectorOnly) {
          ObjectNode raster = tilejson.putObject("raster");
          tile(raster, layerBase + ".png" + query);
          if (layer.options().hasNonNull("interactivity")) {
            raster.putArray("grids").add(layerBase + ".grid.json" + query);
          }
        }
      } else {
        tile(tilejson.putObject("raster"), layerBase + ".png" + query);
      }
      l.set("tilejson", tilejson);
    }
    metadata.putObject("dataviews");
    metadata.putArray("analyses");
    ObjectNode rootTilejson = metadata.putObject("tilejson");
    ObjectNode url = metadata.putObject("url");
    if (config.hasMapnikLayers()) {
      String rootBase = base + "/{z}/{x}/{y}";
      tile(rootTilejson.putObject("vector"), rootBase + ".mvt" + query);
      urlTemplate(url.putObject("vector"), rootBase + ".mvt" + query);
      if (!vectorOnly) {
        tile(rootTilejson.putObject("raster"), rootBase + ".png" + query);
        urlTemplate(url.putObject("raster"), rootBase + ".png" + query);
      }
    }
    ObjectNode cdn = body.putObject("cdn_url");
    if (settings.cdnHttp() != null) cdn.put("http", settings.cdnHttp());
    if (settings.cdnHttps() != null) cdn.put("https", settings.cdnHttps());
    body.put("last_updated", ISO_MILLIS.format(Instant.ofEpochMilli(cacheBuster)));
    return body;
  }

  private static void tile(ObjectNode node, String url) {
    node.put("tilejson", "2.2.0");
    node.putArray("tiles").add(url);
  }

  private static void urlTemplate(ObjectNode node, String url) {
    node.put("urlTemplate", url);
    node.putArray("subdomains");
  }
}
