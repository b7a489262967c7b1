package io.windlass.it;

import static io.windlass.it.Http.argb;
import static io.windlass.it.Http.near;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Change tracking as an administrator installs it ({@code ./windlass table track}): the statement
 * triggers record every write, and the next creation of the same map gets a later cache buster.
 */
class TableTrackingIT extends DeployedWindlass {
  static final String TABLE = "it_tracked_scratch";
  static final Pattern TOKEN = Pattern.compile("([0-9a-f]{32}):(\\d+)");
  static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);
  static final String CONFIG =
      mapConfig(
          "select * from " + TABLE,
          "#l{marker-fill:#0000ff;marker-width:30;marker-line-width:0;marker-allow-overlap:true}");

  /** Where a point at Madrid lands in tile 4/7/6. */
  static final int[] MADRID = Http.pixel(-3.7, 40.42, 4, 7, 6);

  @BeforeAll
  static void scratchTable() throws Exception {
    // Dropping keeps the change time an earlier run recorded; tracking keeps it too. Both are
    // earlier than any write below, which is all this test needs.
    Database.execute(
        "drop table if exists "
            + TABLE
            + "; create table "
            + TABLE
            + " (cartodb_id serial primary key, name text,"
            + " the_geom_webmercator geometry(Point, 3857));"
            + " grant select on "
            + TABLE
            + " to "
            + System.getProperty("windlass.db.public.user"));
    Database.launcher("table", "track", TABLE);
  }

  record Created(String mapId, long cacheBuster, String lastUpdated) {
    String token() {
      return mapId + ":" + cacheBuster;
    }
  }

  Created createMap() {
    var r = http.post("/api/v1/map", "application/json", CONFIG);
    assertEquals(200, r.statusCode(), Http.text(r));
    var body = json(r);
    String id = body.get("layergroupid").asText();
    Matcher m = TOKEN.matcher(id);
    assertTrue(m.matches(), id);
    assertEquals(m.group(2), r.headers().firstValue("Carto-Cache-Buster").orElse(null));
    return new Created(m.group(1), Long.parseLong(m.group(2)), body.get("last_updated").asText());
  }

  static void insert(String name, double lon, double lat) throws Exception {
    Database.execute(
        "insert into "
            + TABLE
            + " (name, the_geom_webmercator) values ('"
            + name
            + "', ST_Transform(ST_SetSRID(ST_MakePoint("
            + lon
            + ", "
            + lat
            + "), 4326), 3857))");
  }

  @Test
  void writesMoveTheCacheBusterAndOldTokensStillAnswer() throws Exception {
    Created before = createMap();
    assertTrue(before.cacheBuster() > 0, "a tracked table has a change time: " + before);
    assertEquals(
        ISO_MILLIS.format(Instant.ofEpochMilli(before.cacheBuster())), before.lastUpdated());
    var oldTile = http.get("/api/v1/map/" + before.token() + "/4/7/6.png");
    assertEquals(200, oldTile.statusCode(), Http.text(oldTile));
    assertEquals(
        "public,max-age=31536000", oldTile.headers().firstValue("Cache-Control").orElse(null));
    assertEquals(
        "windlass:public." + TABLE, oldTile.headers().firstValue("X-Cache-Channel").orElse(null));

    insert("madrid", -3.7, 40.42);
    Created afterInsert = createMap();
    assertEquals(before.mapId(), afterInsert.mapId(), "same config, same id before the ':'");
    assertTrue(
        afterInsert.cacheBuster() > before.cacheBuster(),
        "the insert's trigger moved the cache buster: " + before + " -> " + afterInsert);
    assertNotEquals(before.lastUpdated(), afterInsert.lastUpdated());
    assertEquals(
        ISO_MILLIS.format(Instant.ofEpochMilli(afterInsert.cacheBuster())),
        afterInsert.lastUpdated());

    var newTile = http.get("/api/v1/map/" + afterInsert.token() + "/4/7/6.png");
    assertEquals(200, newTile.statusCode(), Http.text(newTile));
    assertTrue(
        near(argb(Http.image(newTile), MADRID[0], MADRID[1]), 0xff0000ff, 8),
        "the new row is drawn under the new token");
    assertEquals(
        HTTP_DATE.format(Instant.ofEpochMilli(afterInsert.cacheBuster())),
        newTile.headers().firstValue("Last-Modified").orElse(null));

    // The old token names the same layergroup: it still answers, with its own Last-Modified.
    var oldAgain = http.get("/api/v1/map/" + before.token() + "/4/7/6.png");
    assertEquals(200, oldAgain.statusCode(), Http.text(oldAgain));
    Http.image(oldAgain);
    assertEquals(
        HTTP_DATE.format(Instant.ofEpochMilli(before.cacheBuster())),
        oldAgain.headers().firstValue("Last-Modified").orElse(null));

    // Updates and deletes fire the statement triggers too.
    Database.execute("update " + TABLE + " set name = 'Madrid'");
    Created afterUpdate = createMap();
    assertTrue(afterUpdate.cacheBuster() > afterInsert.cacheBuster(), afterUpdate.toString());
    Database.execute("delete from " + TABLE + " where name = 'nothing matches'");
    Created afterDelete = createMap();
    assertTrue(
        afterDelete.cacheBuster() > afterUpdate.cacheBuster(),
        "a statement trigger fires even when no row changes: " + afterDelete);
  }
}
