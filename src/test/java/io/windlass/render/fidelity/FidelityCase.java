package io.windlass.render.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.windlass.geo.Bbox;
import io.windlass.geo.Feature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * One case of the fidelity suite ({@code src/test/resources/render/cases.json}): a MapConfig, a
 * tile and a scale factor; the reference PNG and the layers' input features (EPSG:3857) come from
 * {@code scripts/render/regenerate-references.sh}.
 */
record FidelityCase(String name, int z, int x, int y, int scale, List<LayerInput> layers) {

  /**
   * One mapnik layer of the MapConfig: its CartoCSS, version, the features-file key and, for a
   * raster layer ({@code geom_type: raster}), its {@code raster_band} (else -1).
   */
  record LayerInput(String cartocss, String cartocssVersion, String featuresKey, int rasterBand) {

    boolean isRaster() {
      return rasterBand >= 0;
    }
  }

  static final String ROOT = "/render/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double ORIGIN_SHIFT = Math.PI * 6378137;

  static List<FidelityCase> all() {
    JsonNode cases = read(ROOT + "cases.json").get("cases");
    JsonNode index = read(ROOT + "features/index.json");
    List<FidelityCase> out = new ArrayList<>();
    for (JsonNode c : cases) {
      String name = c.get("name").asText();
      List<LayerInput> layers = new ArrayList<>();
      int k = 0;
      for (JsonNode l : c.get("mapconfig").get("layers")) {
        JsonNode o = l.get("options");
        layers.add(
            new LayerInput(
                o.get("cartocss").asText(),
                o.path("cartocss_version").asText("2.0.0"),
                index.get(name).get(k++).asText(),
                "raster".equals(o.path("geom_type").asText())
                    ? o.path("raster_band").asInt(0)
                    : -1));
      }
      out.add(
          new FidelityCase(
              name,
              c.get("z").asInt(),
              c.get("x").asInt(),
              c.get("y").asInt(),
              c.path("scale").asInt(1),
              layers));
    }
    return out;
  }

  /** The tile's extent, with cartonik's arithmetic (256 px tiles). */
  Bbox extent() {
    double res = 2 * ORIGIN_SHIFT / 256 / Math.pow(2, z);
    return new Bbox(
        x * 256 * res - ORIGIN_SHIFT,
        ORIGIN_SHIFT - (y + 1) * 256 * res,
        (x + 1) * 256 * res - ORIGIN_SHIFT,
        ORIGIN_SHIFT - y * 256 * res);
  }

  int sizePx() {
    return 256 * scale;
  }

  static List<Feature> features(String key) {
    return features(ROOT + "features/", key);
  }

  /** The stored input features {@code key} of a suite whose files are under {@code dir}. */
  static List<Feature> features(String dir, String key) {
    String path = dir + key + ".json.gz";
    try (InputStream in = FidelityCase.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path + ": run regenerate-references.sh");
      }
      JsonNode rows = JSON.readTree(new GZIPInputStream(in));
      WKTReader wkt = new WKTReader();
      List<Feature> out = new ArrayList<>(rows.size());
      for (JsonNode r : rows) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        r.get("attributes")
            .fields()
            .forEachRemaining(e -> attrs.put(e.getKey(), value(e.getValue())));
        out.add(new Feature(wkt.read(r.get("wkt").asText()), attrs));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException(path, e);
    }
  }

  /** The stored rasters {@code key}: rows of {@code {"raster": hex WKB}}. */
  static List<io.windlass.geo.RasterTile> rasters(String key) {
    String path = ROOT + "features/" + key + ".json.gz";
    try (InputStream in = FidelityCase.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path + ": run regenerate-references.sh");
      }
      List<io.windlass.geo.RasterTile> out = new ArrayList<>();
      for (JsonNode r : JSON.readTree(new GZIPInputStream(in))) {
        out.add(
            io.windlass.data.RasterWkb.decode(
                java.util.HexFormat.of().parseHex(r.get("raster").asText())));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(JsonNode v) {
    if (v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    return v.asText();
  }

  static JsonNode read(String path) {
    try (InputStream in = FidelityCase.class.getResourceAsStream(path)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
