package io.windlass.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;

/** Layergroup creation: POST, JSONP GET, lzma, users, CORS and creation errors. */
class LayergroupIT extends DeployedWindlass {
  static final String COUNTRIES =
      mapConfig(
          "select * from ne_50m_admin_0_countries",
          "#c{polygon-fill:#f2efe9;line-color:#9e9e9e;line-width:0.6}",
          "select * from populated_places_simple_reduced",
          "#p{marker-fill:#d6604d;marker-width:4;[pop_max>1000000]{marker-width:7}}");

  @Test
  void postCreatesALayergroupWithCartoMetadata() {
    var r = http.post("/api/v1/map", "application/json; charset=utf-8", COUNTRIES);
    assertEquals(200, r.statusCode(), Http.text(r));
    var body = json(r);
    String id = body.get("layergroupid").asText();
    assertTrue(id.matches("[0-9a-f]{32}:0"), id);
    assertEquals(id, r.headers().firstValue("X-Layergroup-Id").orElse(null));
    assertEquals("1970-01-01T00:00:00.000Z", body.get("last_updated").asText());
    var layers = body.get("metadata").get("layers");
    assertEquals(2, layers.size());
    assertEquals("layer0", layers.get(0).get("id").asText());
    assertEquals("mapnik", layers.get(1).get("type").asText());
    long estimated = layers.get(0).get("meta").get("stats").get("estimatedFeatureCount").asLong();
    assertTrue(estimated > 200 && estimated < 300, "estimate " + estimated);
    String tiles = body.get("metadata").get("tilejson").get("raster").get("tiles").get(0).asText();
    assertTrue(tiles.endsWith("/api/v1/map/" + id + "/{z}/{x}/{y}.png"), tiles);
    assertTrue(body.has("cdn_url"));
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void sameConfigSameRoleSameIdDifferentRoleDifferentId() {
    String a = create(COUNTRIES);
    String b = create(COUNTRIES);
    String master = create(COUNTRIES, "Authorization", basic("demo", MASTER_KEY));
    assertEquals(a, b);
    assertTrue(!a.equals(master), "the owner role must hash to another id");
  }

  @Test
  void jsonpGetCreation() {
    var r = http.get("/api/v1/map?callback=cb&config=" + Http.encode(COUNTRIES));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    String body = Http.text(r);
    assertTrue(body.startsWith("/**/ typeof cb === 'function' && cb({\"layergroupid\":\""), body);
    assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("must-revalidate"));
  }

  @Test
  void lzmaEncodedConfig() throws Exception {
    String params = JSON.createObjectNode().put("config", COUNTRIES).toString();
    var r = http.get("/api/v1/map?lzma=" + Http.encode(lzma(params)));
    assertEquals(200, r.statusCode(), Http.text(r));
    assertEquals(create(COUNTRIES), json(r).get("layergroupid").asText());

    String wadus = JSON.createObjectNode().put("config", "WADUS").toString();
    var bad = http.get("/api/v1/map?lzma=" + Http.encode(lzma(wadus)));
    assertEquals(400, bad.statusCode());
    assertTrue(json(bad).get("errors").get(0).asText().contains("Unexpected token W"));
  }

  @Test
  void userFromPathAndHost() {
    var path = http.post("/user/demo/api/v1/map", "application/json", COUNTRIES);
    assertEquals(200, path.statusCode(), Http.text(path));
    String tiles = json(path).get("metadata").get("url").get("raster").get("urlTemplate").asText();
    assertTrue(tiles.contains("/user/demo/api/v1/map/"), tiles);
    var unknown = http.post("/user/nobody/api/v1/map", "application/json", COUNTRIES);
    assertEquals(404, unknown.statusCode());
    assertTrue(json(unknown).get("errors").get(0).asText().contains("nobody"));
  }

  @Test
  void corsPreflight() {
    var r = http.options("/api/v1/map");
    assertEquals(200, r.statusCode());
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertTrue(
        r.headers().firstValue("Access-Control-Allow-Headers").orElse("").endsWith("Content-Type"));
    var root = http.get("/");
    assertEquals(200, root.statusCode());
    assertNull(root.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertEquals("{\"enabled\":false,\"ok\":true}", Http.text(http.get("/health")));
  }

  @Test
  void creationErrors() {
    assertError(
        http.post("/api/v1/map", "application/json", "{{"), 400, "SyntaxError: Unexpected token {");
    assertError(
        http.post("/api/v1/map", "text/plain", COUNTRIES),
        400,
        "POST data must be of type application/json");
    assertError(
        http.post("/api/v1/map", "application/json", ""),
        400,
        "Missing layers array from layergroup config");
    assertError(http.get("/api/v1/map"), 400, "layergroup GET needs a \"config\" parameter");
    assertError(
        http.post(
            "/api/v1/map",
            "application/json",
            mapConfig("select * from nope", "#l{polygon-fill:red}")),
        404,
        "relation \"nope\" does not exist");
    assertError(
        http.post(
            "/api/v1/map",
            "application/json",
            mapConfig("select * from test_table", "#l{polygon-fit:red}")),
        400,
        "style0");
    assertError(
        http.post(
            "/api/v1/map",
            "application/json",
            mapConfig("select * from test_table", "#l{polygon-fit:red}")),
        400,
        "Unrecognized rule: polygon-fit");
    assertError(
        http.post(
            "/api/v1/map",
            "application/json",
            mapConfig("selec * from test_table", "#l{polygon-fill:red}")),
        400,
        "syntax error");
    assertError(
        http.post(
            "/api/v1/map",
            "application/json",
            mapConfig("select bogus(0,0) as g", "#l{polygon-fill:red}")),
        400,
        "function bogus(integer, integer) does not exist");
    var noGeom =
        http.post(
            "/api/v1/map", "application/json", mapConfig("select 1 as x", "#l{polygon-fill:red}"));
    assertError(
        noGeom, 400, "Postgis Plugin: ERROR:  column \"the_geom_webmercator\" does not exist");
    var context = json(noGeom).get("errors_with_context").get(0);
    assertEquals("layer", context.get("type").asText());
    assertEquals("query", context.get("subtype").asText());
    assertEquals("layer0", context.get("layer").get("id").asText());
    assertError(
        http.post("/api/v1/map", "application/json", mapConfig("select * from test_table", "  ")),
        400,
        "style0: CartoCSS is empty");
  }

  @Test
  void unknownFontFacesAreRejectedAtCreation() {
    String css = "#l{text-name:[name];text-face-name:'Dejagnu Book'}";
    var r =
        http.post("/api/v1/map", "application/json", mapConfig("select * from test_table", css));
    assertError(r, 400, "style0:");
    assertTrue(json(r).get("errors").get(0).asText().matches("(?s).*text-face-name.*Dejagnu.*"));
    String known = "#l{text-name:[name];text-face-name:'DejaVu Sans Book'}";
    assertEquals(
        200,
        http.post("/api/v1/map", "application/json", mapConfig("select * from test_table", known))
            .statusCode());
  }

  @Test
  void jsonpErrorsAreAlways200() {
    var r = http.get("/api/v1/map?callback=test&config=" + Http.encode("{}"));
    assertEquals(200, r.statusCode());
    assertEquals(
        "/**/ typeof test === 'function' && test({\"errors\":[\"Missing layers array from layergroup config\"],"
            + "\"errors_with_context\":[{\"type\":\"unknown\",\"message\":\"Missing layers array from layergroup config\"}]});",
        Http.text(r));
  }

  @Test
  void privateTablesNeedTheMasterKey() {
    String config = mapConfig("select * from test_table_private_1", "#l{marker-fill:red}");
    assertError(http.post("/api/v1/map", "application/json", config), 403, "permission denied");
    assertEquals(
        200,
        http.post("/api/v1/map?api_key=" + MASTER_KEY, "application/json", config).statusCode());
    var wrongKey = http.post("/api/v1/map?api_key=wrong", "application/json", config);
    assertEquals(401, wrongKey.statusCode());
    assertEquals(
        "api-key-not-found",
        json(wrongKey).get("errors_with_context").get(0).get("subtype").asText());
  }

  static void assertError(java.net.http.HttpResponse<byte[]> r, int status, String fragment) {
    String body = Http.text(r);
    assertEquals(status, r.statusCode(), body);
    assertTrue(json(r).get("errors").get(0).asText().contains(fragment), body);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String lzma(String text) throws Exception {
    var bytes = new ByteArrayOutputStream();
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    try (var out = new LZMAOutputStream(bytes, new LZMA2Options(), in.length)) {
      out.write(in);
    }
    byte[] b = bytes.toByteArray();
    for (int i = 0; i < b.length; i++) b[i] = (byte) (b[i] ^ 0x80);
    return Base64.getEncoder().encodeToString(b);
  }
}
