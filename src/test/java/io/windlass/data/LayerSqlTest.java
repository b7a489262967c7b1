package io.windlass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.geo.Bbox;
import io.windlass.geo.ImageView;
import io.windlass.geo.TileCoord;
import io.windlass.mapconfig.JsonText;
import io.windlass.mapconfig.MapConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerSqlTest {
  static io.windlass.mapconfig.Layer layer(String options) {
    var json = "{\"layers\":[{\"options\":" + options.replace('\'', '"') + "}]}";
    return MapConfig.parse((ObjectNode) JsonText.parse(json)).layers().get(0);
  }

  static final SqlTokens TOKENS = new SqlTokens(new Bbox(0, 0, 100, 100), 2, 2);

  @Test
  void stripsTrailingSemicolons() {
    assertEquals("select 1", LayerSql.userSql(layer("{'sql':'select 1 ;  ;\\n '}")));
  }

  @Test
  void filtersByBboxUnlessTheSqlUsesTheToken() {
    String plain = LayerSql.tileQuery(layer("{'sql':'select * from t'}"), List.of("name"), TOKENS);
    assertTrue(
        plain.contains(
            "WHERE \"the_geom_webmercator\" && ST_MakeEnvelope(0.0,0.0,100.0,100.0,3857)"),
        plain);
    assertTrue(plain.contains(",\"name\" FROM (select * from t) AS cdbq"), plain);
    String own =
        LayerSql.tileQuery(
            layer("{'sql':'select * from t where g && !bbox! and w = !pixel_width!'}"),
            List.of(),
            TOKENS);
    assertFalse(own.contains("WHERE \"the_geom_webmercator\""), own);
    assertTrue(own.contains("g && ST_MakeEnvelope(0.0,0.0,100.0,100.0,3857) and w = 2.0"), own);
  }

  @Test
  void transformsOtherSrids() {
    String q =
        LayerSql.tileQuery(
            layer("{'sql':'select * from t','geom_column':'the_geom','srid':4326}"),
            List.of(),
            TOKENS);
    assertTrue(
        q.contains("\"the_geom\" && ST_Transform(ST_MakeEnvelope(0.0,0.0,100.0,100.0,3857),4326)"),
        q);
    assertTrue(q.contains("ST_Transform(ST_ClipByBox2D(\"the_geom\""), q);
  }

  @Test
  void cutsTheBoxToTheWorldBeforeTransformingIt() {
    var edge = new SqlTokens(new Bbox(19e6, 19e6, 21e6, 21e6), 2, 2);
    String q =
        LayerSql.tileQuery(
            layer("{'sql':'select * from t','geom_column':'g','srid':4326}"), List.of(), edge);
    assertTrue(
        q.contains(
            "ST_Transform(ST_MakeEnvelope(19000000,19000000,20037508.342789244,20037508.342789244,3857),4326)"),
        q);
  }

  @Test
  void quotesIdentifiers() {
    assertEquals("\"a\"\"b\"", LayerSql.ident("a\"b"));
  }

  @Test
  void scaleDenominatorOfATileIsItsResolutionOverMapniksPixel() {
    // Spec §3.7/§3.10: res = 6378137·2π / 256 / 2^z metres per pixel, !scale_denominator! =
    // res / 0.00028. At z4: 9783.93962050256 m/px.
    var z4 = SqlTokens.of(ImageView.ofTile(TileCoord.of(4, 7, 6), 1), 0);
    assertEquals(6378137 * 2 * Math.PI / 256 / 16 / 0.00028, z4.scaleDenominator(), 1e-6);
    assertEquals(
        "select 34942641.50179486, 9783.93962050256, 9783.93962050256",
        z4.substitute("select !scale_denominator!, !pixel_width!, !pixel_height!"));
    // The world tile's value over 2^4: every tile of a zoom gets the same digits.
    assertEquals(SqlTokens.WORLD_TILE.scaleDenominator() / 16, z4.scaleDenominator());
    for (int x : new int[] {0, 3, 15}) {
      var other = SqlTokens.of(ImageView.ofTile(TileCoord.of(4, x, 9), 1), 0);
      assertEquals(z4.scaleDenominator(), other.scaleDenominator(), "tile 4/" + x + "/9");
    }
  }

  @Test
  void retinaTilesHalveThePixelButKeepTheScaleDenominatorOfTheirZoom() {
    // Mapnik multiplies the denominator by the scale factor, so @2x tiles keep their zoom's value.
    var retina = SqlTokens.of(ImageView.ofTile(TileCoord.of(4, 7, 6), 2), 0);
    assertEquals(
        "select 34942641.50179486, 4891.96981025128",
        retina.substitute("select !scale_denominator!, !pixel_width!"));
  }

  @Test
  void theBufferGrowsTheBoxByPixelsOfTheZoom() {
    var z1 = SqlTokens.of(ImageView.ofTile(TileCoord.of(1, 0, 0), 1), 64);
    double res = 2 * 20037508.342789244 / 512;
    assertEquals(-20037508.342789244 - 64 * res, z1.bbox().minX(), 1e-6);
    assertEquals(20037508.342789244 + 64 * res, z1.bbox().maxY(), 1e-6);
    assertEquals(64 * res, -z1.bbox().minY(), 1e-6);
  }

  @Test
  void worldTileTokensMatchCarto() {
    assertEquals("559082264.0287178", SqlTokens.num(SqlTokens.WORLD_TILE.scaleDenominator()));
    assertEquals("156543.03392804097", SqlTokens.num(SqlTokens.WORLD_TILE.pixelWidth()));
  }
}
