package io.windlass.service;

import io.windlass.account.Credentials;
import io.windlass.data.FeatureQuery;
import io.windlass.data.LayerSql;
import io.windlass.data.RasterQuery;
import io.windlass.data.SqlErrors;
import io.windlass.data.SqlTokens;
import io.windlass.data.UserSql;
import io.windlass.geo.Feature;
import io.windlass.geo.ImageView;
import io.windlass.geo.RasterTile;
import io.windlass.mapconfig.Layer;
import io.windlass.mapconfig.LayerType;
import io.windlass.mapconfig.MapConfig;
import io.windlass.render.LayerContent;
import io.windlass.render.LayerContent.ImageLayer;
import io.windlass.render.LayerContent.RasterLayer;
import io.windlass.render.LayerContent.VectorLayer;
import io.windlass.render.RenderJob;
import io.windlass.render.TileRenderer;
import io.windlass.style.LayerStyle;
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

/**
 * Draws layers of a map over any view (a tile or a static image): reads their features in one
 * read-only transaction, fetches basemaps, and renders everything in layer order in one image, so
 * that a static map has one label space and no seams.
 */
@ApplicationScoped
public class MapDrawing {
  static final int DEFAULT_BUFFER_PX = 64;

  @Inject CompiledStyles styles;
  @Inject UserSql userSql;
  @Inject TileRenderer renderer;
  @Inject PlainLayers plainLayers;
  @Inject Basemaps basemaps;

  BufferedImage draw(
      Credentials who, MapConfig config, List<Layer> layers, ImageView view, Timings timings) {
    var compiled = new LayerStyle[layers.size()];
    Color background = null;
    Integer mapBuffer = null;
    for (int i = 0; i < layers.size(); i++) {
      Layer l = layers.get(i);
      if (l.type() != LayerType.MAPNIK || !l.visibleAt(view.zoom())) continue;
      compiled[i] = styles.of(l);
      if (background == null) background = compiled[i].background().orElse(null);
      if (mapBuffer == null && compiled[i].bufferSize().isPresent()) {
        mapBuffer = compiled[i].bufferSize().getAsInt();
      }
    }
    double bufferPx =
        mapBuffer != null ? mapBuffer : config.bufferSize("png").orElse(DEFAULT_BUFFER_PX);
    int scale = view.scale();
    var tokens = SqlTokens.of(view, bufferPx);
    var contents = contents(who, layers, compiled, tokens, view);
    timings.lap("db");
    var job =
        new RenderJob(
            view.extent(),
            view.widthPx() * scale,
            view.heightPx() * scale,
            scale,
            view.zoom(),
            background,
            contents,
            (int) Math.round(bufferPx));
    BufferedImage image = renderer.render(job);
    timings.lap("render");
    return image;
  }

  private List<LayerContent> contents(
      Credentials who,
      List<Layer> layers,
      LayerStyle[] compiled,
      SqlTokens tokens,
      ImageView view) {
    List<LayerData> data = read(who, layers, compiled, tokens);
    boolean alone = layers.size() == 1;
    var contents = new ArrayList<LayerContent>(layers.size());
    for (int i = 0; i < layers.size(); i++) {
      Layer layer = layers.get(i);
      switch (layer.type()) {
        case MAPNIK -> {
          if (compiled[i] == null) {
            continue;
          }
          LayerData d = data.get(i);
          contents.add(
              layer.isRaster()
                  ? new RasterLayer(compiled[i], d.rasters(), layer.rasterBand())
                  : new VectorLayer(compiled[i], d.features()));
        }
        case PLAIN -> contents.add(plainLayers.content(layer, view));
        case HTTP -> contents.add(new ImageLayer(basemaps.draw(layer, view, alone)));
        case TORQUE -> {
          // Rejected when the map is created.
        }
      }
    }
    return contents;
  }

  /** Every drawn layer's features (a raster layer's rasters), read in one read-only transaction. */
  /** What a layer's tile query read: its features, or a raster layer's rasters. */
  private record LayerData(List<Feature> features, List<RasterTile> rasters) {}

  private List<LayerData> read(
      Credentials who, List<Layer> layers, LayerStyle[] compiled, SqlTokens tokens) {
    List<LayerData> features = new ArrayList<>(Collections.nCopies(layers.size(), null));
    if (Arrays.stream(compiled).noneMatch(Objects::nonNull)) return features;
    userSql.run(
        who.role(),
        null,
        c -> {
          for (int i = 0; i < layers.size(); i++) {
            if (compiled[i] == null) continue;
            Layer layer = layers.get(i);
            List<String> fields = List.copyOf(compiled[i].fields());
            try {
              if (layer.isRaster()) {
                features.set(
                    i,
                    new LayerData(
                        List.of(), RasterQuery.read(c, LayerSql.rasterTileQuery(layer, tokens))));
                continue;
              }
              String sql = LayerSql.tileQuery(layer, fields, tokens);
              features.set(i, new LayerData(FeatureQuery.read(c, sql, fields), List.of()));
            } catch (SQLException e) {
              throw SqlErrors.translate(e, layer.ref());
            }
          }
          return null;
        });
    return features;
  }
}
