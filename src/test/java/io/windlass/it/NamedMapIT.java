package io.windlass.it;

import static io.windlass.it.Http.alpha;
import static io.windlass.it.Http.argb;
import static io.windlass.it.Http.near;
import static io.windlass.it.LayergroupIT.assertError;
import static io.windlass.it.LayergroupIT.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Named maps: administration with the master key, instantiation, token auth, direct tiles. */
class NamedMapIT extends DeployedWindlass {
  static final String KEY = "?api_key=" + MASTER_KEY;

  @BeforeAll
  static void track() throws Exception {
    Database.trackDemoTables();
  }

  /** A template drawing a table's points in a placeholder colour. */
  static String template(String name, String auth, String table) {
    return ("{'version':'0.0.1','name':'"
            + name
            + "',"
            + (auth == null ? "" : "'auth':" + auth + ",")
            + "'placeholders':{'color':{'type':'css_color','default':'red'},"
            + "'place':{'type':'sql_literal','default':'Hawai'}},"
            + "'layergroup':{'version':'1.8.0','layers':[{'type':'mapnik','options':{"
            + "'sql':'select * from "
            + table
            + "',"
            + "'cartocss':'#l{marker-fill:<%= color %>;marker-width:30;marker-line-width:0;marker-allow-overlap:true}',"
            + "'cartocss_version':'2.3.0'}}]},"
            + "'view':{'zoom':4,'center':{'lng':-3.7,'lat':40.4}}}")
        .replace('\'', '"');
  }

  HttpResponse<byte[]> createTemplate(String json) {
    // Each run starts from scratch: the test database outlives a run.
    String name = json(json.getBytes()).path("name").asText();
    if (name.matches("\\w+") && !name.equals("admin_test")) {
      http.delete("/api/v1/map/named/" + name + KEY);
    }
    return http.post("/api/v1/map/named" + KEY, "application/json", json);
  }

  @Test
  void administrationNeedsTheMasterKey() {
    String t = template("admin_test", null, "test_table");
    http.delete("/api/v1/map/named/admin_test" + KEY);
    assertError(
        http.post("/api/v1/map/named", "application/json", t),
        403,
        "Only authenticated users can create templated maps");
    var wrong = http.post("/api/v1/map/named?api_key=nope", "application/json", t);
    assertEquals(401, wrong.statusCode());
    assertEquals("Unauthorized", json(wrong).get("errors").get(0).asText());
    assertError(
        http.get("/api/v1/map/named"), 403, "Only authenticated users can list templated maps");

    var created = createTemplate(t);
    assertEquals(200, created.statusCode(), Http.text(created));
    assertEquals("admin_test", json(created).get("template_id").asText());
    assertError(createTemplate(t), 400, "Template 'admin_test' of user 'demo' already exists");

    var list = json(http.get("/api/v1/map/named" + KEY)).get("template_ids");
    assertTrue(list.toString().contains("\"admin_test\""), list.toString());
    var got = json(http.get("/api/v1/map/named/admin_test" + KEY)).get("template");
    assertEquals("open", got.get("auth").get("method").asText());
    assertEquals("css_color", got.get("placeholders").get("color").get("type").asText());

    assertError(
        http.post("/api/v1/map/named" + KEY, "text/plain", t),
        400,
        "POST template data must be of type application/json");
    var renamed = template("other_name", null, "test_table");
    assertError(
        putTemplate("admin_test", renamed),
        400,
        "Cannot update name of a map template ('admin_test' != 'other_name')");
    assertError(
        putTemplate("missing_one", template("missing_one", null, "test_table")),
        404,
        "does not exist");
    assertEquals(200, putTemplate("admin_test", t).statusCode());

    assertError(
        createTemplate("{\"version\":\"6.6.6\"}"), 400, "Unsupported template version 6.6.6");
    assertError(
        createTemplate(template("a b", null, "t")),
        400,
        "Invalid characters in template name 'a b'");

    var deleted = delete("/api/v1/map/named/admin_test" + KEY);
    assertEquals(204, deleted.statusCode());
    assertError(
        http.get("/api/v1/map/named/admin_test" + KEY),
        404,
        "Cannot find template 'admin_test' of user 'demo'");
    assertError(delete("/api/v1/map/named/admin_test" + KEY), 404, "does not exist");
  }

  /**
   * Every admin endpoint, as (method, path after /api/v1/map/named, action): spec §1.4's table and
   * §2.2's order (Basic password, then query api_key, map_key, then body).
   */
  @ParameterizedTest
  @CsvSource({
    "POST, '', create",
    "GET, '', list",
    "GET, /auth_get, get",
    "PUT, /auth_update, update",
    "DELETE, /auth_delete, delete"
  })
  void everyAdminEndpointRefusesMissingAndWrongKeys(String method, String tail, String action) {
    String name = "auth_" + action;
    String body = null;
    if (action.equals("create")) {
      http.delete("/api/v1/map/named/" + name + KEY);
      body = template(name, null, "test_table");
    } else if (!action.equals("list")) {
      assertEquals(200, createTemplate(template(name, null, "test_table")).statusCode());
      if (action.equals("update")) {
        body = template(name, null, "test_table").replace("\"zoom\":4", "\"zoom\":5");
      }
    }
    String path = "/api/v1/map/named" + tail;
    String only = "Only authenticated users can " + action + " templated maps";

    var none = admin(method, path, body);
    assertError(none, 403, only);
    assertEquals("unknown", context(none).get("type").asText());
    // A Basic user name without a password is no key, whoever it names.
    assertError(admin(method, path, body, "Authorization", basic("demo", "")), 403, only);
    assertError(admin(method, path, body, "Authorization", basic("alice", "")), 403, only);

    assertUnauthorized(admin(method, path + "?api_key=nope", body));
    assertUnauthorized(admin(method, path + "?map_key=nope", body));
    assertUnauthorized(admin(method, path, body, "Authorization", basic("demo", "nope")));
    // The key is checked before the user name: a wrong key is 401 whoever Basic names...
    assertUnauthorized(admin(method, path, body, "Authorization", basic("alice", "nope")));
    // ... and the right key under another user name is 403.
    var mismatch = admin(method, path, body, "Authorization", basic("alice", MASTER_KEY));
    assertError(mismatch, 403, "Forbidden");
    assertEquals("Forbidden", json(mismatch).get("errors").get(0).asText());
    assertEquals("auth", context(mismatch).get("type").asText());
    assertEquals("api-key-username-mismatch", context(mismatch).get("subtype").asText());
    // The Basic password is the first key looked at: a right query key does not mend it.
    assertUnauthorized(admin(method, path + KEY, body, "Authorization", basic("demo", "nope")));

    var stored = http.get("/api/v1/map/named/" + name + KEY);
    if (action.equals("create")) {
      assertEquals(404, stored.statusCode(), "no refused creation stored it");
    } else if (action.equals("update")) {
      assertEquals(4, json(stored).get("template").get("view").get("zoom").asInt());
    } else if (action.equals("delete")) {
      assertEquals(200, stored.statusCode(), "no refused deletion removed it");
    }

    var ok = admin(method, path, body, "Authorization", basic("demo", MASTER_KEY));
    assertEquals(action.equals("delete") ? 204 : 200, ok.statusCode(), Http.text(ok));
    if (action.equals("update")) {
      var updated = json(http.get("/api/v1/map/named/" + name + KEY));
      assertEquals(5, updated.get("template").get("view").get("zoom").asInt());
    }
    if (action.equals("create")) http.delete("/api/v1/map/named/" + name + KEY);
  }

  @Test
  void theMasterKeyMayComeInTheJsonBodyOfCreateAndUpdate() {
    http.delete("/api/v1/map/named/body_key" + KEY);
    String t = template("body_key", null, "test_table");
    String withApiKey = t.replaceFirst("^\\{", "{\"api_key\":\"" + MASTER_KEY + "\",");
    String withMapKey = t.replaceFirst("^\\{", "{\"map_key\":\"" + MASTER_KEY + "\",");
    String withWrongKey = t.replaceFirst("^\\{", "{\"api_key\":\"nope\",");

    assertUnauthorized(http.post("/api/v1/map/named", "application/json", withWrongKey));
    // CARTO reads keys from JSON bodies only: this one presents none.
    assertError(
        http.post("/api/v1/map/named", "text/plain", withApiKey),
        403,
        "Only authenticated users can create templated maps");
    var created = http.post("/api/v1/map/named", "application/json", withApiKey);
    assertEquals(200, created.statusCode(), Http.text(created));
    assertEquals("body_key", json(created).get("template_id").asText());

    // The query's key is looked at before the body's.
    assertUnauthorized(
        http.put("/api/v1/map/named/body_key?api_key=nope", "application/json", withApiKey));
    var updated = http.put("/api/v1/map/named/body_key", "application/json", withMapKey);
    assertEquals(200, updated.statusCode(), Http.text(updated));
    assertEquals(204, http.delete("/api/v1/map/named/body_key" + KEY).statusCode());
  }

  @Test
  void administrationOfAnUnknownUserIsRefusedAsWithoutOrWithAWrongKey() {
    // Spec §1.4: an unknown user gets 403 without a key and 401 with any key, not a 404.
    String named = "/user/nosuchuser/api/v1/map/named";
    assertError(http.get(named), 403, "Only authenticated users can list templated maps");
    assertUnauthorized(http.get(named + KEY));
    assertUnauthorized(
        http.post(named + KEY, "application/json", template("unknown_user", null, "test_table")));
    assertUnauthorized(http.delete(named + "/unknown_user" + KEY));
    assertError(http.get(named + "/unknown_user"), 403, "Only authenticated users can get");
  }

  HttpResponse<byte[]> admin(String method, String path, String body, String... headers) {
    return http.send(method, path, body == null ? null : "application/json", body, headers);
  }

  static JsonNode context(HttpResponse<byte[]> r) {
    return json(r).get("errors_with_context").get(0);
  }

  /** CARTO's 401 of an api key the account does not have (spec §1.4, §2.3). */
  static void assertUnauthorized(HttpResponse<byte[]> r) {
    assertError(r, 401, "Unauthorized");
    assertEquals("Unauthorized", json(r).get("errors").get(0).asText());
    assertEquals("auth", context(r).get("type").asText());
    assertEquals("api-key-not-found", context(r).get("subtype").asText());
  }

  @Test
  void openTemplateInstantiatesWithPlaceholdersAsTheOwner() {
    createTemplate(template("open_map", null, "test_table"));
    var r = http.post("/api/v1/map/named/open_map", "application/json", "{\"color\":\"blue\"}");
    assertEquals(200, r.statusCode(), Http.text(r));
    String id = json(r).get("layergroupid").asText();
    assertTrue(id.matches("demo@[0-9a-f]{8}@[0-9a-f]{32}:1234567890123"), id);
    assertEquals(id, r.headers().firstValue("X-Layergroup-Id").orElse(null));
    assertTrue(r.headers().firstValue("Surrogate-Key").orElse("").matches("n:\\S{6}"));

    int[] madrid = Http.pixel(-3.7, 40.42, 4, 7, 6);
    var tile = http.get("/api/v1/map/" + id + "/4/7/6.png");
    assertEquals(200, tile.statusCode(), Http.text(tile));
    assertTrue(near(argb(Http.image(tile), madrid[0], madrid[1]), 0xff0000ff, 8));

    var bad = http.post("/api/v1/map/named/open_map", "application/json", "{\"color\":\"red;}\"}");
    assertError(bad, 400, "Invalid css_color value for template parameter 'color'");
    assertError(
        http.post("/api/v1/map/named/no_such_map", "application/json", "{}"),
        404,
        "Template 'no_such_map' of user 'demo' not found");
  }

  @Test
  void tokenTemplateNeedsItsTokenNotTheMasterKey() {
    createTemplate(
        template(
            "token_map",
            "{'method':'token','valid_tokens':['s3cret']}".replace('\'', '"'),
            "test_table"));
    String path = "/api/v1/map/named/token_map";
    assertError(
        http.post(path, "application/json", "{}"), 403, "Unauthorized template instantiation");
    assertError(
        http.post(path + "?auth_token=wrong", "application/json", "{}"),
        403,
        "Unauthorized template instantiation");
    assertError(
        http.post(path + KEY, "application/json", "{}"),
        403,
        "Unauthorized template instantiation");
    var ok = http.post(path + "?auth_token=s3cret", "application/json", "{}");
    assertEquals(200, ok.statusCode(), Http.text(ok));
    String id = json(ok).get("layergroupid").asText();

    assertError(
        http.get("/api/v1/map/" + id + "/0/0/0.png"),
        403,
        "Sorry, you are unauthorized (permission denied)");
    assertEquals(200, http.get("/api/v1/map/" + id + "/0/0/0.png?auth_token=s3cret").statusCode());
    assertEquals(200, http.get("/api/v1/map/" + id + "/0/0/0.png" + KEY).statusCode());
    String foreign = id.replaceFirst("^demo@", "alice@");
    assertError(
        http.get("/api/v1/map/" + foreign + "/0/0/0.png"),
        403,
        "Cannot use map signature of user \"alice\" on db of user \"demo\"");
  }

  @Test
  void privateDataIsSharedThroughANamedMapOnly() {
    String sql = "select * from test_table_private_1";
    String anonymous = mapConfig(sql, "#l{marker-fill:red}");
    assertError(http.post("/api/v1/map", "application/json", anonymous), 403, "permission denied");

    createTemplate(
        template(
            "private_map",
            "{'method':'token','valid_tokens':['tok']}".replace('\'', '"'),
            "test_table_private_1"));
    var r = http.post("/api/v1/map/named/private_map?auth_token=tok", "application/json", "{}");
    assertEquals(200, r.statusCode(), Http.text(r));
    String id = json(r).get("layergroupid").asText();
    int[] madrid = Http.pixel(-3.7, 40.42, 4, 7, 6);
    var tile = http.get("/api/v1/map/" + id + "/4/7/6.png?auth_token=tok");
    assertEquals(200, tile.statusCode(), Http.text(tile));
    assertTrue(near(argb(Http.image(tile), madrid[0], madrid[1]), 0xffff0000, 8));

    // A signed token made from an anonymous map grants nothing.
    String anonToken = create(mapConfig("select * from test_table", "#l{marker-fill:red}"));
    assertError(
        http.get("/api/v1/map/demo@" + anonToken + "/0/0/0.png"),
        403,
        "Sorry, you are unauthorized");
  }

  @Test
  void jsonpInstantiationAndDirectTiles() {
    createTemplate(
        template(
            "jsonp_map",
            "{'method':'token','valid_tokens':['t1']}".replace('\'', '"'),
            "test_table"));
    assertError(
        http.get("/api/v1/map/named/jsonp_map/jsonp?auth_token=t1"),
        400,
        "callback parameter should be present and be a function name");
    var r =
        http.get(
            "/api/v1/map/named/jsonp_map/jsonp?auth_token=t1&callback=cb&config="
                + Http.encode("{\"color\":\"#00ff00\"}"));
    assertEquals(200, r.statusCode());
    String body = Http.text(r);
    assertTrue(
        body.startsWith("/**/ typeof cb === 'function' && cb({\"layergroupid\":\"demo@"), body);
    assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("must-revalidate"));
    assertTrue(r.headers().firstValue("Surrogate-Key").orElse("").startsWith("n:"));

    int[] madrid = Http.pixel(-3.7, 40.42, 4, 7, 6);
    var direct =
        http.get(
            "/api/v1/map/named/jsonp_map/all/4/7/6.png?auth_token=t1&config="
                + Http.encode("{\"color\":\"#00ff00\"}"));
    assertEquals(200, direct.statusCode(), Http.text(direct));
    assertTrue(near(argb(Http.image(direct), madrid[0], madrid[1]), 0xff00ff00, 8));
    assertEquals(0, alpha(argb(Http.image(direct), 5, 5)));
    assertError(
        http.get("/api/v1/map/named/jsonp_map/all/4/7/6.png"),
        403,
        "Unauthorized template instantiation");
    assertError(
        http.get("/api/v1/map/named/jsonp_map/all/4/7/6.png?auth_token=t1&config=%7B"),
        400,
        "malformed config parameter, should be a valid JSON");
  }

  @Test
  void cacheHeadersFollowTableTracking() {
    var r =
        http.get(
            "/api/v1/map?config="
                + Http.encode(mapConfig("select * from test_table", "#l{marker-fill:red}")));
    assertEquals(200, r.statusCode(), Http.text(r));
    var body = json(r);
    assertTrue(body.get("layergroupid").asText().endsWith(":1234567890123"));
    assertEquals("2009-02-13T23:31:30.123Z", body.get("last_updated").asText());
    assertEquals(
        "windlass:public.test_table", r.headers().firstValue("X-Cache-Channel").orElse(null));
    assertTrue(r.headers().firstValue("Surrogate-Key").orElse("").matches("t:\\S{6}"));
    assertEquals(
        "Fri, 13 Feb 2009 23:31:30 GMT", r.headers().firstValue("Last-Modified").orElse(null));
    var tile = http.get("/api/v1/map/" + body.get("layergroupid").asText() + "/0/0/0.png");
    assertEquals(
        "public,max-age=31536000", tile.headers().firstValue("Cache-Control").orElse(null));
    assertEquals(
        "Fri, 13 Feb 2009 23:31:30 GMT", tile.headers().firstValue("Last-Modified").orElse(null));

    String untracked = create(mapConfig("select * from test_table_2", "#l{marker-fill:red}"));
    assertTrue(untracked.endsWith(":0"), untracked);
    var fallback = http.get("/api/v1/map/" + untracked + "/0/0/0.png");
    String cc = fallback.headers().firstValue("Cache-Control").orElse("");
    assertTrue(cc.matches("public,max-age=\\d+"), cc);
    assertTrue(Integer.parseInt(cc.substring("public,max-age=".length())) <= 300, cc);
  }

  HttpResponse<byte[]> putTemplate(String name, String json) {
    return http.put("/api/v1/map/named/" + name + KEY, "application/json", json);
  }

  HttpResponse<byte[]> delete(String path) {
    return http.delete(path);
  }
}
