package io.windlass.mapconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class LayergroupIdTest {
  /** Windshaft's "layergroupid didn't change" test configuration. */
  static final String WINDSHAFT_CONFIG =
      "{\"version\":\"1.0.1\",\"layers\":["
          + "{\"options\":{\"sql\":\"select st_setsrid('LINESTRING(-60 -60,-60 60)'::geometry, 4326) as the_geom\",\"cartocss_version\":\"2.0.2\",\"cartocss\":\"#layer { line-width:16; line-color:#ff0000; }\"}},"
          + "{\"options\":{\"sql\":\"select st_setsrid('LINESTRING(-100 0,100 0)'::geometry, 4326) as the_geom\",\"cartocss_version\":\"2.0.2\",\"cartocss\":\"#layer { line-width:16; line-color:#00ff00; }\"}},"
          + "{\"options\":{\"sql\":\"select st_setsrid('LINESTRING(60 -60,60 60)'::geometry, 4326) as the_geom\",\"cartocss_version\":\"2.0.2\",\"cartocss\":\"#layer { line-width:16; line-color:#0000ff; }\"}}]}";

  @Test
  void matchesWindshaftTestVector() {
    var config = (ObjectNode) JsonText.parse(WINDSHAFT_CONFIG);
    assertEquals(
        "80dc4ccd7d334435d64feaec7f55c4c5", LayergroupId.of(config, "windshaft_test", null));
  }

  @Test
  void roleIsPartOfTheId() {
    var config = (ObjectNode) JsonText.parse(WINDSHAFT_CONFIG);
    assertEquals(
        "4046ecb30b9277f33d0c1dc7b08dad08", LayergroupId.of(config, "windshaft_test", "postgres"));
  }

  @Test
  void parsedConfigHashesLikeTheOriginal() {
    var config = (ObjectNode) JsonText.parse(WINDSHAFT_CONFIG);
    MapConfig parsed = MapConfig.parse(config);
    assertEquals(
        "80dc4ccd7d334435d64feaec7f55c4c5", LayergroupId.of(parsed.json(), "windshaft_test", null));
  }

  @Test
  void hashesLatin1TruncatedLikeNodeBinary() {
    // U+0100 contributes its low byte 0x00, exactly like "\0" would.
    assertEquals(LayergroupId.md5Binary("a\u0000"), LayergroupId.md5Binary("a\u0100"));
  }
}
