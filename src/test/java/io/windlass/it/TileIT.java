package io.windlass.it;

import static io.windlass.it.Http.alpha;
import static io.windlass.it.Http.argb;
import static io.windlass.it.Http.near;
import static io.windlass.it.LayergroupIT.assertError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** PNG tiles of anonymous maps, decoded and checked pixel by pixel, and their errors. */
class TileIT extends DeployedWindlass {
  static final int RED = 0xffff0000;
  static final int BLUE = 0xff0000ff;
  static final int GREEN = 0xff00ff00;

  static final String COUNTRIES_RED =
      mapConfig("select * from ne_50m_admin_0_countries", "#c{polygon-fill:#ff0000}");

  BufferedImage tile(String token, String path) {
    var r = http.get("/api/v1/map/" + token + "/" + path);
    assertEquals(200, r.statusCode(), Http.text(r));
    assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(null));
    return Http.image(r);
  }

  @Test
  void countriesAreFilledWhereLandIsAndClearOverTheOcean() {
    String token = create(COUNTRIES_RED);
    BufferedImage img = tile(token, "0/0/0.png");
    assertEquals(256, img.getWidth());
    int[] brazil = Http.pixel(-50, -10, 0, 0, 0);
    int[] pacific = Http.pixel(-140, -30, 0, 0, 0);
    int[] algeria = Http.pixel(2, 28, 0, 0, 0);
    int[] australia = Http.pixel(134, -25, 0, 0, 0);
    assertTrue(
        near(argb(img, brazil[0], brazil[1]), RED, 8),
        Integer.toHexString(argb(img, brazil[0], brazil[1])));
    assertTrue(near(argb(img, algeria[0], algeria[1]), RED, 8));
    assertTrue(near(argb(img, australia[0], australia[1]), RED, 8));
    assertEquals(0, alpha(argb(img, pacific[0], pacific[1])));
  }

  @Test
  void tilesAtDeeperZoomsFollowTheData() {
    String token = create(COUNTRIES_RED);
    // z4 tile 8/5 covers lon 0..22.5, lat 0..21.9: the Gulf of Guinea (sea) and Nigeria (land).
    BufferedImage img = tile(token, "4/8/7.png");
    int[] nigeria = Http.pixel(8, 10, 4, 8, 7);
    int[] gulf = Http.pixel(3, 2, 4, 8, 7);
    assertTrue(near(argb(img, nigeria[0], nigeria[1]), RED, 8));
    assertEquals(0, alpha(argb(img, gulf[0], gulf[1])));
  }

  @Test
  void markersAreDrawnAtTheirPoints() {
    String token =
        create(
            mapConfig(
                "select ST_Transform(ST_SetSRID(ST_MakePoint(0,0),4326),3857) as the_geom_webmercator",
                "#p{marker-fill:#0000ff;marker-width:20;marker-line-width:0}"));
    BufferedImage img = tile(token, "0/0/0.png");
    assertTrue(near(argb(img, 128, 128), BLUE, 8));
    assertEquals(0, alpha(argb(img, 128 + 15, 128)));
    BufferedImage retina = tile(token, "0/0/0@2x.png");
    assertEquals(512, retina.getWidth());
    assertTrue(near(argb(retina, 256 + 15, 256), BLUE, 8), "markers double in size at @2x");
  }

  @Test
  void geometryInLonLatWorksLikeWebMercator() {
    String mercator = create(COUNTRIES_RED);
    String lonlat =
        create(
            "{\"version\":\"1.8.0\",\"layers\":[{\"options\":{\"sql\":\"select * from ne_50m_admin_0_countries\","
                + "\"geom_column\":\"the_geom\",\"srid\":4326,\"cartocss\":\"#c{polygon-fill:#ff0000}\",\"cartocss_version\":\"2.3.0\"}}]}");
    BufferedImage a = tile(mercator, "1/1/0.png");
    BufferedImage b = tile(lonlat, "1/1/0.png");
    int differing = 0;
    for (int y = 0; y < 256; y++) {
      for (int x = 0; x < 256; x++) {
        if (!near(a.getRGB(x, y), b.getRGB(x, y), 16)) differing++;
      }
    }
    assertTrue(differing < 256 * 256 / 100, differing + " pixels differ");
  }

  @Test
  void layerFiltersAndBlendingWithPlainLayers() {
    String config =
        "{\"version\":\"1.8.0\",\"layers\":["
            + "{\"type\":\"plain\",\"options\":{\"color\":\"#00ff00\"}},"
            + "{\"options\":{\"sql\":\"select * from ne_50m_admin_0_countries\",\"cartocss\":\"#c{polygon-fill:#ff0000}\",\"cartocss_version\":\"2.3.0\"}},"
            + "{\"id\":\"dot\",\"options\":{\"sql\":\"select ST_Transform(ST_SetSRID(ST_MakePoint(-140,-30),4326),3857) as the_geom_webmercator\","
            + "\"cartocss\":\"#p{marker-fill:#0000ff;marker-width:20;marker-line-width:0}\",\"cartocss_version\":\"2.3.0\"}}]}";
    String token = create(config);
    int[] brazil = Http.pixel(-50, -10, 0, 0, 0);
    int[] pacific = Http.pixel(-140, -30, 0, 0, 0);
    int[] indian = Http.pixel(80, -30, 0, 0, 0);

    BufferedImage all = tile(token, "all/0/0/0.png");
    assertTrue(near(argb(all, brazil[0], brazil[1]), RED, 8));
    assertTrue(near(argb(all, pacific[0], pacific[1]), BLUE, 8));
    assertTrue(near(argb(all, indian[0], indian[1]), GREEN, 8));

    BufferedImage layerless = tile(token, "0/0/0.png");
    assertEquals(
        0, alpha(argb(layerless, indian[0], indian[1])), "no plain layer without a filter");

    BufferedImage onlyDot = tile(token, "dot/0/0/0.png");
    assertEquals(0, alpha(argb(onlyDot, brazil[0], brazil[1])));
    assertTrue(near(argb(onlyDot, pacific[0], pacific[1]), BLUE, 8));
    assertArrayEquals(
        http.get("/api/v1/map/" + token + "/1/0/0/0.png").body(),
        http.get("/api/v1/map/" + token + "/layer0/0/0/0.png").body(),
        "index and derived id select the same layer");

    BufferedImage plain = tile(token, "0/0/0/0.png");
    assertTrue(near(argb(plain, brazil[0], brazil[1]), GREEN, 8));
  }

  @Test
  void substitutionTokensDrawTheSameInsetSquareAtEveryZoom() {
    String token =
        create(
            mapConfig(
                // !bbox! is the tile plus its 64 px buffer: 96 px in leaves a 32 px margin.
                "select ST_Buffer(!bbox!, -96*greatest(!pixel_width!,!pixel_height!)) as the_geom_webmercator",
                "#l{polygon-fill:#ff0000}"));
    for (String path : new String[] {"1/0/0.png", "4/3/5.png"}) {
      BufferedImage img = tile(token, path);
      assertTrue(near(argb(img, 128, 128), RED, 8), path);
      assertTrue(near(argb(img, 40, 40), RED, 8), path);
      assertEquals(0, alpha(argb(img, 20, 20)), path);
    }
  }

  @Test
  void negativeColumnsWrapAroundTheWorld() {
    String token = create(COUNTRIES_RED);
    assertArrayEquals(
        http.get("/api/v1/map/" + token + "/2/2/1.png").body(),
        http.get("/api/v1/map/" + token + "/2/-2/1.png").body());
  }

  @Test
  void tileErrors() {
    String token = create(COUNTRIES_RED);
    assertError(
        http.get("/api/v1/map/deadbeef/0/0/0.png"),
        400,
        "Invalid or nonexistent map configuration token 'deadbeef'");
    assertError(
        http.get("/api/v1/map/" + token + "/wadus,0/0/0/0.png"), 400, "Invalid layer filtering");
    assertError(
        http.get("/api/v1/map/" + token + "/3/0/0/0.png"),
        400,
        "Layer '3' not found in layergroup");
    assertError(http.get("/api/v1/map/" + token + "/a/0/0.png"), 400, "Invalid zoom value (a)");
    assertError(
        http.get("/api/v1/map/" + token + "/0/b/0.png"), 400, "Invalid coodinate 'x' value (b)");
    assertError(
        http.get("/api/v1/map/" + token + "/0/0/-1.png"), 400, "Invalid coodinate 'y' value (-1)");
    assertError(
        http.get("/api/v1/map/" + token + "/1/0/2.png"), 400, "Coordinates out of range: 1/0/2");
    assertError(
        http.get("/api/v1/map/" + token + "/0/0/0@4x.png"),
        404,
        "Tile with specified resolution not found");
    assertError(http.get("/api/v1/map/" + token + "/0/0/0.jpg"), 400, "Unsupported format jpg");
    var jsonp = http.get("/api/v1/map/deadbeef/0/0/0.png?callback=cb");
    assertEquals(200, jsonp.statusCode());
    assertTrue(Http.text(jsonp).startsWith("/**/ typeof cb === 'function' && cb({\"errors\""));
  }

  @Test
  void privateTileNeedsTheMasterKeyAtTileTime() {
    String config = mapConfig("select * from test_table_private_1", "#l{marker-fill:red}");
    String token = create(config, "Authorization", LayergroupIT.basic("", MASTER_KEY));
    assertEquals(
        200, http.get("/api/v1/map/" + token + "/0/0/0.png?api_key=" + MASTER_KEY).statusCode());
    assertError(http.get("/api/v1/map/" + token + "/0/0/0.png"), 403, "permission denied");
  }

  @Test
  void userSqlIsReadOnly() {
    // As the owner, who may execute the demo's SECURITY DEFINER inserter: only the read-only
    // transaction stands between the SQL and the table.
    String token =
        create(
            mapConfig(
                "select *, test_table_inserter(the_geom, 'x') from test_table",
                "#l{marker-fill:red}"),
            "Authorization",
            LayergroupIT.basic("demo", MASTER_KEY));
    assertError(
        http.get("/api/v1/map/" + token + "/0/0/0.png?api_key=" + MASTER_KEY),
        400,
        "cannot execute INSERT in a read-only transaction");
    assertError(http.get("/api/v1/map/" + token + "/0/0/0.png"), 403, "permission denied");
    String inserted =
        create(mapConfig("select * from test_table where name = 'x'", "#l{marker-fill:red}"));
    BufferedImage img = tile(inserted, "0/0/0.png");
    for (int y = 0; y < 256; y++) {
      for (int x = 0; x < 256; x++) assertEquals(0, alpha(argb(img, x, y)), "no row was inserted");
    }
  }

  @Test
  void slowQueriesHitTheStatementTimeout() {
    String token =
        create(
            mapConfig(
                "select * from test_table, pg_sleep(case when !pixel_width! < 100000 then 10 else 0 end)",
                "#l{marker-fill:red}"));
    long start = System.nanoTime();
    // 3/3/3 holds test_table's Madrid points: with no row in the tile the sleep never runs.
    var r = http.get("/api/v1/map/" + token + "/3/3/3.png");
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertError(r, 429, "You are over platform's limits: SQL query timeout error.");
    assertTrue(ms < 3000 + 1500, "answered after " + ms + " ms");
    assertEquals("limit", json(r).get("errors_with_context").get(0).get("type").asText());
  }

  private static String rasterMapConfig(String table, String css, String extra) {
    return "{\"version\":\"1.8.0\",\"layers\":[{\"options\":{\"sql\":\"select * from "
        + table
        + "\",\"geom_column\":\"the_raster_webmercator\",\"geom_type\":\"raster\""
        + extra
        + ",\"cartocss\":\""
        + css
        + "\",\"cartocss_version\":\"2.3.0\"}}]}";
  }

  @Test
  void rasterLayersDrawTheirBandsAsRgb() {
    // raster_demo_rgb (scripts/db/25-demo-raster.sql): 10 km pixels from (-1200000, 8400000),
    // red = column, green = row, blue = 64 + ((column + row + 2) % 8) * 24
    String token = create(rasterMapConfig("raster_demo_rgb", "#r{raster-opacity:1}", ""));
    // RGBA: the palette of .png would round these thousands of colours
    BufferedImage img = tile(token, "4/8/5.png32");
    double res = 2 * 20037508.342789244 / 256 / 16;
    double mx = 10.5 * res;
    double my = 20037508.342789244 - 5 * 256 * res - 10.5 * res;
    int col = (int) Math.floor((mx + 1200000) / 10000);
    int row = (int) Math.floor((8400000 - my) / 10000);
    int expected = 0xff000000 | (col << 16) | (row << 8) | (64 + ((col + row + 2) % 8) * 24);
    assertTrue(
        near(argb(img, 10, 10), expected, 1),
        Integer.toHexString(argb(img, 10, 10)) + " for " + Integer.toHexString(expected));
    // east of the raster (x > 1360000) nothing is drawn
    assertEquals(0, alpha(argb(img, 200, 10)));
  }

  @Test
  void aRasterInLonLatIsTransformedAndOneBandIsGrey() {
    // Windshaft's raster test: a one-band raster made in the layer's SQL, in EPSG:4326
    String token =
        create(
            "{\"version\":\"1.8.0\",\"layers\":[{\"options\":{\"sql\":\"select"
                + " ST_AsRaster(ST_MakeEnvelope(-100,-40,100,40,4326),1.0,-1.0,'8BUI',127) as rst\","
                + "\"geom_column\":\"rst\",\"geom_type\":\"raster\","
                + "\"cartocss\":\"#layer{raster-opacity:1.0}\",\"cartocss_version\":\"2.0.1\"}}]}");
    BufferedImage img = tile(token, "0/0/0.png");
    int[] inside = Http.pixel(0, 0, 0, 0, 0);
    int[] outside = Http.pixel(150, 0, 0, 0, 0);
    assertTrue(
        near(argb(img, inside[0], inside[1]), 0xff7f7f7f, 2),
        Integer.toHexString(argb(img, inside[0], inside[1])));
    assertEquals(0, alpha(argb(img, outside[0], outside[1])));
  }

  @Test
  void aRasterBandGoesThroughTheColorizer() {
    String css =
        "#r{raster-colorizer-default-mode:discrete;raster-colorizer-default-color:transparent;"
            + "raster-colorizer-stops:stop(0,#ff0000) stop(400,#0000ff);}";
    String token = create(rasterMapConfig("raster_demo_elevation", css, ",\"raster_band\":1"));
    BufferedImage img = tile(token, "4/8/5.png");
    // near the raster's centre (x 80000, y 7120000) the distance is small: below 400, red; far
    // from it, at its north-east corner (x 1300000, y 8350000 is off this tile), check the tile's
    // east edge of the raster, about 1280 km away: blue
    int[] centre = pixelAt(80000, 7120000);
    int[] far = pixelAt(1300000, 7450000);
    assertTrue(
        near(argb(img, centre[0], centre[1]), RED, 8),
        Integer.toHexString(argb(img, centre[0], centre[1])));
    assertTrue(
        near(argb(img, far[0], far[1]), BLUE, 8), Integer.toHexString(argb(img, far[0], far[1])));
  }

  /** The pixel of tile 4/8/5 at EPSG:3857 (x, y). */
  private static int[] pixelAt(double x, double y) {
    double res = 2 * 20037508.342789244 / 256 / 16;
    return new int[] {
      (int) Math.floor(x / res), (int) Math.floor((20037508.342789244 - 5 * 256 * res - y) / res)
    };
  }

  @Test
  void rasterLayersRefuseInteractivity() {
    String config =
        rasterMapConfig(
            "raster_demo_rgb", "#r{raster-opacity:1}", ",\"interactivity\":\"cartodb_id\"");
    var r = http.post("/api/v1/map", "application/json", config);
    assertError(r, 400, "Mapnik raster layers do not support interactivity");
  }
}
