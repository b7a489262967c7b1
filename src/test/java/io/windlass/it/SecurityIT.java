package io.windlass.it;

import static io.windlass.it.Http.alpha;
import static io.windlass.it.Http.argb;
import static io.windlass.it.LayergroupIT.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The data sandbox: user SQL runs read-only, as exactly the role the request may use, with a
 * statement timeout; placeholders cannot inject SQL or CartoCSS.
 */
class SecurityIT extends DeployedWindlass {
  static final String KEY = "?api_key=" + MASTER_KEY;

  static final String OTHER = "it_other";
  static final String OTHER_KEY = "it-other-master-key";

  @BeforeAll
  static void fixtures() throws Exception {
    Database.trackDemoTables();
    // A function any role may call that switches role with dynamic SQL: the climb to refuse.
    Database.execute(
        "create or replace function public.it_set_role(r text) returns boolean"
            + " language plpgsql as $$ begin execute format('set role %I', r); return true; end $$;"
            + " grant execute on function public.it_set_role(text) to public");
    Database.secondAccount(OTHER, OTHER_KEY);
  }

  /** Creation answers, or else the first tile of the map: where the SQL actually runs. */
  HttpResponse<byte[]> attempt(String sql, String auth) {
    var r =
        http.post("/api/v1/map" + auth, "application/json", mapConfig(sql, "#l{marker-fill:red}"));
    if (r.statusCode() != 200) return r;
    return http.get("/api/v1/map/" + json(r).get("layergroupid").asText() + "/0/0/0.png" + auth);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "with d as (delete from test_table returning *) select * from d | WITH clause containing a data-modifying statement must be at the top level",
        "with u as (update test_table set name = 'x' returning *) select * from u | WITH clause containing a data-modifying statement must be at the top level",
        "with i as (insert into test_table (name) values ('x') returning *) select * from i | WITH clause containing a data-modifying statement must be at the top level",
        "select * into stolen from test_table | INTO is not allowed here",
        "select *, test_table_inserter(the_geom, 'x') from test_table | cannot execute INSERT in a read-only transaction",
        "select * from test_table, set_config('transaction_read_only', 'off', true) where test_table_inserter(the_geom, 'x') is not null | transaction read-write mode must be set before any query",
      })
  void userSqlCannotWrite(String sql, String fragment) throws Exception {
    String before = Database.checksum("test_table");
    var r = attempt(sql, KEY);
    assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, Http.text(r));
    assertTrue(Http.text(r).contains(fragment), Http.text(r));
    assertEquals(before, Database.checksum("test_table"), "no row changed");
    assertEquals(0, Database.count("select count(*) from pg_tables where tablename = 'stolen'"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "select * from test_table_private_1, set_config('role', 'windlass_owner', false) | 403",
        "select * from test_table where set_config('role', 'windlass_owner', true) is not null and cartodb_id in (select cartodb_id from test_table_private_1) | 403",
        "select * from test_table where query_to_xml('select * from test_table_private_1', true, false, '') is not null | 403",
        "select * from test_table, dblink('dbname=windlass', 'select 1') as t(x int) | 400",
        "select *, null::geometry as the_geom_webmercator from windlass.account | 403",
        "select * from test_table where it_set_role('windlass_owner') and cartodb_id in (select cartodb_id from test_table_private_1) | 403",
        "select t.* from test_table t, it_set_role('windlass_owner') x where exists (select 1 from test_table_private_1) | 403",
        "select * from test_table where it_set_role('windlass_meta') and exists (select 1 from windlass.account) | 403",
      })
  void anonymousSqlCannotClimbRoles(String sql, int status) {
    var r = attempt(sql, "");
    assertEquals(status, r.statusCode(), Http.text(r));
    assertTrue(!Http.text(r).contains("El Estocolmo"), "nothing private leaks into errors");
  }

  /** Stores {@code template} under {@code name}, replacing an earlier run's. */
  void replaceTemplate(String name, String template) {
    http.delete("/api/v1/map/named/" + name + KEY);
    var r = http.post("/api/v1/map/named" + KEY, "application/json", template);
    assertEquals(200, r.statusCode(), Http.text(r));
  }

  /** A template reading test_table with one placeholder v. */
  static String template(String name, String type, Object dflt, String sql) {
    var t = JSON.createObjectNode().put("version", "0.0.1").put("name", name);
    var v = t.putObject("placeholders").putObject("v").put("type", type);
    if (dflt instanceof Integer i) v.put("default", i);
    else v.put("default", (String) dflt);
    var o =
        t.putObject("layergroup")
            .put("version", "1.8.0")
            .putArray("layers")
            .addObject()
            .put("type", "mapnik")
            .putObject("options");
    o.put("sql", sql)
        .put("cartocss", "#l{marker-fill:red;marker-width:30}")
        .put("cartocss_version", "2.3.0");
    return t.toString();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x' or 1=1 --",
        "'; delete from test_table; --",
        "x'); delete from test_table; select ('",
        "x\\' or 1=1 --",
        "x\u2019 or 1=1 --",
        "x\u02bc or 1=1 --",
        "$$ or 1=1 --",
        "x' /* */ or 'a'='a",
        "x'\n or true --",
        "Hawai' union select * from test_table_private_1 --",
      })
  void sqlLiteralPlaceholdersCannotInject(String hostile) throws Exception {
    replaceTemplate(
        "inject_literal",
        template(
            "inject_literal",
            "sql_literal",
            "Hawai",
            "select * from test_table where name = '<%= v %>'"));
    String before = Database.checksum("test_table");
    String params = JSON.createObjectNode().put("v", hostile).toString();
    var r = http.post("/api/v1/map/named/inject_literal", "application/json", params);
    if (r.statusCode() == 200) {
      var tile = http.get("/api/v1/map/" + json(r).get("layergroupid").asText() + "/0/0/0.png");
      assertEquals(200, tile.statusCode(), Http.text(tile));
      var img = Http.image(tile);
      for (int y = 0; y < 256; y++) {
        for (int x = 0; x < 256; x++)
          assertEquals(0, alpha(argb(img, x, y)), "no row matches " + hostile);
      }
    } else {
      assertEquals(400, r.statusCode(), Http.text(r));
    }
    assertEquals(before, Database.checksum("test_table"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "number | 1; delete from test_table | Invalid number value for template parameter 'v'",
        "number | 1 or 1=1 | Invalid number value for template parameter 'v'",
        "number | 1.5 | Invalid number value for template parameter 'v'",
        "css_color | red;} #x{polygon-fill:blue | Invalid css_color value for template parameter 'v'",
        "css_color | #fff; marker-file: url(http://evil) | Invalid css_color value for template parameter 'v'",
      })
  void typedPlaceholdersRejectHostileValues(String type, String hostile, String message) {
    String name = "inject_" + type;
    String t =
        type.equals("number")
            ? template(name, type, 1, "select * from test_table where cartodb_id = <%= v %>")
            : template(name, type, "red", "select * from test_table");
    replaceTemplate(name, t);
    String params = JSON.createObjectNode().put("v", hostile).toString();
    assertError(http.post("/api/v1/map/named/" + name, "application/json", params), 400, message);
  }

  @Test
  void sqlIdentPlaceholdersStayOneIdentifier() throws Exception {
    String t = template("inject_ident", "sql_ident", "test_table", "select * from \"<%= v %>\"");
    replaceTemplate("inject_ident", t);
    String before = Database.checksum("test_table");
    String hostile = "test_table\"; delete from test_table; --";
    var r =
        http.post(
            "/api/v1/map/named/inject_ident",
            "application/json",
            JSON.createObjectNode().put("v", hostile).toString());
    assertEquals(404, r.statusCode(), Http.text(r));
    assertTrue(Http.text(r).contains("does not exist"), Http.text(r));
    assertEquals(before, Database.checksum("test_table"));
  }

  @Test
  void statementTimeoutAnswers429WhileTheServerKeepsServing() throws Exception {
    String token =
        create(
            mapConfig(
                "select * from test_table, pg_sleep(case when !pixel_width! < 100000 then 30 else 0 end)",
                "#l{marker-fill:red}"));
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<byte[]>> slow =
        CompletableFuture.supplyAsync(() -> http.get("/api/v1/map/" + token + "/3/3/3.png"));
    Thread.sleep(300);
    long otherStart = System.nanoTime();
    var other =
        http.get(
            "/api/v1/map/"
                + create(mapConfig("select * from test_table", "#l{marker-fill:blue}"))
                + "/0/0/0.png");
    long otherMs = (System.nanoTime() - otherStart) / 1_000_000;
    assertEquals(200, other.statusCode());
    assertTrue(otherMs < 2000, "another map answered in " + otherMs + " ms");
    var r = slow.get();
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertError(r, 429, "You are over platform's limits: SQL query timeout error.");
    assertTrue(ms < 3000 + 1000, "limit error after " + ms + " ms (timeout 3000 ms)");
  }

  @Test
  void oneLayerCannotLiftTheTimeoutOfTheNext() {
    String token =
        create(
            mapConfig(
                "select * from test_table, set_config('statement_timeout', '0', true) x",
                "#l{marker-fill:red}",
                "select * from test_table, pg_sleep(case when !pixel_width! < 100000 then 30 else 0 end)",
                "#l{marker-fill:red}"));
    long start = System.nanoTime();
    var r = http.get("/api/v1/map/" + token + "/3/3/3.png");
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertError(r, 429, "You are over platform's limits: SQL query timeout error.");
    assertTrue(ms < 3000 + 1000, "limit error after " + ms + " ms (timeout 3000 ms)");
  }

  @Test
  void userSqlLeavesNoLockOnPooledConnections() throws Exception {
    String token =
        create(
            mapConfig(
                "select * from test_table, pg_advisory_lock(424242) x", "#l{marker-fill:red}"));
    assertEquals(200, http.get("/api/v1/map/" + token + "/0/0/0.png").statusCode());
    assertEquals(
        0,
        Database.count(
            "select count(*) from pg_locks where locktype = 'advisory' and objid = 424242"),
        "the session lock the tile's query took is released");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/map | select * from it_other.secrets | 403",
        "/api/v1/map?api_key=" + MASTER_KEY + " | select * from it_other.secrets | 403",
        "/user/it_other/api/v1/map | select * from public.test_table_private_1 | 403",
        "/user/it_other/api/v1/map?api_key="
            + OTHER_KEY
            + " | select * from public.test_table_private_1 | 403",
        "/user/it_other/api/v1/map | select * from it_other.secrets | 200",
      })
  void accountsCannotReadEachOthersTables(String path, String sql, int status) {
    var r = http.post(path, "application/json", mapConfig(sql, "#l{polygon-fill:red}"));
    if (r.statusCode() == 200) {
      String auth = path.contains("?") ? path.substring(path.indexOf('?')) : "";
      String prefix = path.startsWith("/user/") ? "/user/" + OTHER : "";
      r =
          http.get(
              prefix + "/api/v1/map/" + json(r).get("layergroupid").asText() + "/0/0/0.png" + auth);
    }
    assertEquals(status, r.statusCode(), Http.text(r));
    if (status != 200) {
      assertTrue(!Http.text(r).contains("it-other-secret"), "nothing private leaks into errors");
    }
  }
}
