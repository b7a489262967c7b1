package io.windlass.it;

import static io.windlass.it.Http.alpha;
import static io.windlass.it.Http.argb;
import static io.windlass.it.Http.near;
import static io.windlass.it.LayergroupIT.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Static maps: centre, bbox and named images, formats, sizes, basemaps and their failures. */
class StaticMapIT extends DeployedWindlass {
  static final int RED = 0xffff0000;
  static final String KEY = "?api_key=" + MASTER_KEY;
  static BasemapServer upstream;
  static final String BASE = "http://127.0.0.1:" + System.getProperty("it.remote.port", "18033");

  @BeforeAll
  static void start() throws Exception {
    upstream = new BasemapServer(Integer.parseInt(System.getProperty("it.remote.port", "18033")));
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  static final String COUNTRIES =
      mapConfig("select * from ne_50m_admin_0_countries", "#c{polygon-fill:#ff0000}");

  static String withBasemap(String path) {
    return "{\"version\":\"1.8.0\",\"layers\":[{\"type\":\"http\",\"options\":{\"urlTemplate\":\""
        + BASE
        + path
        + "\"}},{\"options\":{\"sql\":\"select * from ne_50m_admin_0_countries\","
        + "\"cartocss\":\"#c{polygon-fill:#ff0000}\",\"cartocss_version\":\"2.3.0\"}}]}";
  }

  BufferedImage image(HttpResponse<byte[]> r, String type, int w, int h) {
    assertEquals(200, r.statusCode(), Http.text(r));
    assertEquals(type, r.headers().firstValue("Content-Type").orElse(null));
    BufferedImage img = Http.image(r);
    assertEquals(w, img.getWidth());
    assertEquals(h, img.getHeight());
    return img;
  }

  @Test
  void centreImageShowsLandAndSea() {
    String token = create(COUNTRIES);
    var img =
        image(
            http.get("/api/v1/map/static/center/" + token + "/3/0/0/400/300.png"),
            "image/png",
            400,
            300);
    // Chad (20°E, 10°N) is 114 px right of and 57 px above the centre at zoom 3.
    assertTrue(near(argb(img, 313, 93), RED, 8), Integer.toHexString(argb(img, 313, 93)));
    assertEquals(0, alpha(argb(img, 200, 150)), "0,0 lies in the Gulf of Guinea");
    var retina =
        image(
            http.get("/api/v1/map/static/center/" + token + "/3/0/0/400/300@2x.png"),
            "image/png",
            800,
            600);
    assertTrue(near(argb(retina, 626, 186), RED, 8));
    var tall =
        image(
            http.get("/api/v1/map/static/center/" + token + "/1/0/0/400/3000.png"),
            "image/png",
            400,
            3000);
    assertEquals(0, alpha(argb(tall, 200, 10)), "beyond the world is transparent");
  }

  @Test
  void bboxImagePicksCartosZoom() {
    String token = create(COUNTRIES);
    var img =
        image(
            http.get("/api/v1/map/static/bbox/" + token + "/-90,-45,90,45/640/480.png"),
            "image/png",
            640,
            480);
    // Zoom 2 (the largest that fits), centred on 0,0: Brazil (-50,-10) at (177, 268).
    assertTrue(near(argb(img, 177, 268), RED, 8), Integer.toHexString(argb(img, 177, 268)));
    assertEquals(0, alpha(argb(img, 20, 240)), "the Pacific");
  }

  @Test
  void jpegQualityChangesTheSize() {
    String token = create(COUNTRIES);
    var low = http.get("/api/v1/map/static/center/" + token + "/2/20/0/600/400.jpg?quality=10");
    var high = http.get("/api/v1/map/static/center/" + token + "/2/20/0/600/400.jpg?quality=95");
    var dflt = http.get("/api/v1/map/static/center/" + token + "/2/20/0/600/400.jpg");
    image(low, "image/jpeg", 600, 400);
    image(high, "image/jpeg", 600, 400);
    image(dflt, "image/jpeg", 600, 400);
    assertTrue(
        low.body().length < dflt.body().length && dflt.body().length < high.body().length,
        low.body().length + " < " + dflt.body().length + " < " + high.body().length);
  }

  @Test
  void basemapsFromAllowedHostsAndTheirFailures() {
    String token = create(withBasemap("/light/{z}/{x}/{y}.png"));
    var img =
        image(
            http.get("/api/v1/map/static/center/" + token + "/3/0/0/400/300.png"),
            "image/png",
            400,
            300);
    assertTrue(
        near(argb(img, 200, 150), 0xff000000 | BasemapServer.COLOR.getRGB(), 4),
        "sea shows the basemap");
    assertTrue(near(argb(img, 313, 93), RED, 8), "land drawn over it");
    var tile = http.get("/api/v1/map/" + token + "/0/1/0/0.png");
    assertTrue(
        near(argb(Http.image(tile), 10, 10), 0xff000000 | BasemapServer.COLOR.getRGB(), 4),
        "http layer as a tile");

    String failing = create(withBasemap("/error404/{z}/{x}/{y}.png"));
    var partial =
        image(
            http.get("/api/v1/map/static/center/" + failing + "/3/0/0/400/300.png"),
            "image/png",
            400,
            300);
    assertEquals(0, alpha(argb(partial, 200, 150)), "a failed basemap tile stays transparent");
    assertError(
        http.get("/api/v1/map/" + failing + "/0/0/0/0.png"),
        400,
        "Unable to fetch http tile: " + BASE + "/error404/0/0/0.png [404]");

    String slow = create(withBasemap("/slow/{z}/{x}/{y}.png"));
    assertError(
        http.get("/api/v1/map/static/center/" + slow + "/1/0/0/200/200.png"),
        400,
        "Unable to fetch http tile: ");

    String elsewhere =
        create(withBasemap("/light/{z}/{x}/{y}.png").replace("127.0.0.1:", "127.0.0.2:"));
    assertError(
        http.get("/api/v1/map/static/center/" + elsewhere + "/1/0/0/200/200.png"),
        400,
        "Invalid \"urlTemplate\" for http layer");
  }

  @Test
  void markerFilesFromAllowedHostsAndTheirFailures() {
    String pin = BASE + "/markers/pin.svg";
    String token =
        create(
            mapConfig(
                "select * from test_table",
                "#p{marker-file:url(" + pin + ");marker-allow-overlap:true;}"));
    var img =
        image(
            http.get("/api/v1/map/static/center/" + token + "/3/40.42/-3.7/400/300.png"),
            "image/png",
            400,
            300);
    assertTrue(near(argb(img, 200, 150), 0xffff0000, 8), "the SVG's red circle on Madrid");
    assertEquals(0, alpha(argb(img, 20, 20)), "nothing where there are no points");

    String missing = BASE + "/error404/pin.svg";
    assertError(
        http.post(
            "/api/v1/map",
            "application/json",
            mapConfig("select * from test_table", "#p{marker-file:url(" + missing + ");}")),
        400,
        "Unable to download '" + missing + "' for 'style0' (server returned 404)");
    String elsewhere = pin.replace("127.0.0.1:", "127.0.0.2:");
    assertError(
        http.post(
            "/api/v1/map",
            "application/json",
            mapConfig("select * from test_table", "#p{marker-file:url(" + elsewhere + ");}")),
        400,
        "Unable to download '" + elsewhere + "' for 'style0' (host not allowed)");
  }

  @Test
  void sizeAndFormatLimits() {
    String token = create(COUNTRIES);
    String base = "/api/v1/map/static/center/" + token + "/1/0/0/";
    assertError(http.get(base + "8193/100.png"), 400, "Desired image is too large.");
    assertError(http.get(base + "100/8193.png"), 400, "Desired image is too large.");
    assertError(http.get(base + "0/100.png"), 400, "Invalid image size");
    assertError(http.get(base + "abc/100.png"), 400, "Invalid image size");
    assertError(http.get(base + "100/100.gif"), 400, "Unsupported image format \"gif\"");
    assertError(http.get(base + "100/100.jpg?quality=101"), 400, "Invalid JPEG quality");
    image(http.get(base + "8192/64.png"), "image/png", 8192, 64);
  }

  static String namedTemplate(String name, String view) {
    return "{\"version\":\"0.0.1\",\"name\":\""
        + name
        + "\",\"layergroup\":{\"version\":\"1.8.0\",\"layers\":["
        + "{\"options\":{\"sql\":\"select * from ne_50m_admin_0_countries\",\"cartocss\":\"#c{polygon-fill:#ff0000}\",\"cartocss_version\":\"2.3.0\"}},"
        + "{\"options\":{\"sql\":\"select * from test_table\",\"cartocss\":\"#p{marker-fill:#0000ff;marker-width:40}\",\"cartocss_version\":\"2.3.0\"}}]}"
        + (view == null ? "" : ",\"view\":" + view)
        + "}";
  }

  void replace(String name, String template) {
    http.delete("/api/v1/map/named/" + name + KEY);
    var r = http.post("/api/v1/map/named" + KEY, "application/json", template);
    assertEquals(200, r.statusCode(), Http.text(r));
  }

  @Test
  void namedStaticViewOrder() {
    replace(
        "static_view",
        namedTemplate(
            "static_view",
            "{\"zoom\":3,\"center\":{\"lng\":0,\"lat\":0},\"bounds\":{\"west\":-10,\"south\":30,\"east\":10,\"north\":50}}"));
    var centred =
        image(http.get("/api/v1/map/static/named/static_view/400/300.png"), "image/png", 400, 300);
    assertTrue(near(argb(centred, 313, 93), RED, 8), "centre and zoom win over bounds");
    var r = http.get("/api/v1/map/static/named/static_view/400/300.png");
    assertTrue(r.headers().firstValue("Surrogate-Key").orElse("").startsWith("n:"));

    replace(
        "static_bounds",
        namedTemplate(
            "static_bounds", "{\"bounds\":{\"west\":-10,\"south\":30,\"east\":10,\"north\":50}}"));
    var bounds =
        image(
            http.get("/api/v1/map/static/named/static_bounds/400/300.png"), "image/png", 400, 300);
    // Zoom 3 fits those bounds, centred on 0°, 40°N: Madrid's points are 21 px west, 3 px north.
    assertTrue(
        near(argb(bounds, 179, 147), 0xff0000ff, 8), Integer.toHexString(argb(bounds, 179, 147)));

    replace("static_none", namedTemplate("static_none", null));
    image(http.get("/api/v1/map/static/named/static_none/300/200.jpg"), "image/jpeg", 300, 200);

    var preview =
        namedTemplate(
            "static_preview",
            "{\"zoom\":3,\"center\":{\"lng\":0,\"lat\":0},\"preview_layers\":{\"0\":false}}");
    replace("static_preview", preview);
    var onlyPoints =
        image(
            http.get("/api/v1/map/static/named/static_preview/400/300.png"), "image/png", 400, 300);
    assertEquals(0, alpha(argb(onlyPoints, 313, 93)), "preview_layers hides the countries");

    var zoomed =
        image(
            http.get("/api/v1/map/static/named/static_view/400/300.png?zoom=3&lon=-3.7&lat=40.42"),
            "image/png",
            400,
            300);
    assertTrue(near(argb(zoomed, 200, 150), 0xff0000ff, 8), "query centre and zoom win");
    assertError(
        http.get("/api/v1/map/static/named/no_such/400/300.png"),
        404,
        "Template 'no_such' of user 'demo' not found");
    assertError(
        http.get("/api/v1/map/static/named/static_view/400/300.webp"),
        400,
        "Unsupported image format \"webp\"");
  }
}
