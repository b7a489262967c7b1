package io.windlass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.geo.Bbox;
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
  void worldTileTokensMatchCarto() {
    assertEquals("559082264.0287178", SqlTokens.num(SqlTokens.WORLD_TILE.scaleDenominator()));
    assertEquals("156543.03392804097", SqlTokens.num(SqlTokens.WORLD_TILE.pixelWidth()));
  }
}
