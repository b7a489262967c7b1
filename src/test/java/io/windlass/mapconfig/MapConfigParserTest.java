package io.windlass.mapconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.error.WindlassException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapConfigParserTest {
  private static MapConfig parse(String json) {
    return MapConfig.parse((ObjectNode) JsonText.parse(json.replace('\'', '"')));
  }

  private static String error(String json) {
    return assertThrows(WindlassException.class, () -> parse(json)).getMessage();
  }

  static final String POINTS =
      "{'sql':'select * from t','cartocss':'#l{marker-fill:red}','cartocss_version':'2.3.0'}";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{} | Missing layers array from layergroup config",
        "{'layers':{}} | Missing layers array from layergroup config",
        "{'version':'1.9.0','layers':[]} | Unsupported layergroup configuration version 1.9.0",
        "{'version':'1.3','layers':[]} | Unsupported layergroup configuration version 1.3",
        "{'version':1,'layers':[]} | Unsupported layergroup configuration version 1",
        "{'version':'0.9.9','layers':[]} | Unsupported layergroup configuration version 0.9.9",
        "{'layers':[{}]} | Missing options from layer 0 of layergroup config",
        "{'layers':[],'buffersize':{'png':'x'}} | Buffer size of format \"png\" must be a number",
        "{'layers':[{'options':{'cartocss':'#l{}','cartocss_version':'2.3.0'}}]} | Missing sql for layer 0 options",
        "{'layers':[{'options':{'sql':'select 1','cartocss':'#l{}'}}]} | Missing cartocss_version for layer 0 options",
        "{'layers':[{'type':'wadus','options':{}}]} | Unsupported layer type 'wadus' for layer 0",
        "{'layers':[{'options':{'sql':'select 1','geom_type':'point'}}]} | Unsupported geometry column type for layer 0: point"
      })
  void rejectsWithWindshaftMessages(String json, String message) {
    assertEquals(message, error(json));
  }

  @Test
  void rejectsMixedVectorAndRasterLayers() {
    String m = error("{'layers':[{'options':" + POINTS + "},{'options':{'sql':'select 1'}}]}");
    assertTrue(m.startsWith("The `mapnik` or `cartodb` layers must be consistent"), m);
  }

  @Test
  void acceptsEveryVersionFrom100To180() {
    for (String v : List.of("1.0.0", "1.0.1", "1.3.0", "1.7.0", "1.8.0")) {
      assertEquals(0, parse("{'version':'" + v + "','layers':[]}").layers().size());
    }
  }

  @Test
  void derivesLayerIdsPerType() {
    var config =
        parse(
            "{'layers':[{'type':'http','options':{'urlTemplate':'x'}},{'type':'cartodb','options':"
                + POINTS
                + "},{'type':'plain','options':{'color':'red'}},{'options':"
                + POINTS
                + "},{'id':'mine','options':"
                + POINTS
                + "}]}");
    assertEquals(
        List.of("http-layer0", "layer0", "plain-layer0", "layer1", "mine"),
        config.layers().stream().map(Layer::id).toList());
    assertEquals(LayerType.MAPNIK, config.layers().get(1).type());
  }

  @Test
  void joinsInteractivityArraysAndWrapsSql() {
    var config =
        parse(
            "{'layers':[{'options':{'sql':'select * from t','sql_wrap':'select * from (<%= sql %>) w',"
                + "'interactivity':['a','b'],'cartocss':'#l{}','cartocss_version':'2.3.0'}}]}");
    var layer = config.layers().get(0);
    assertEquals("a,b", layer.options().get("interactivity").asText());
    assertEquals("select * from (select * from t) w", layer.sql());
    assertEquals("select * from t", layer.text("sql_raw"));
  }

  @Test
  void dropsClientTemplateKey() {
    var config = parse("{'layers':[],'template':{'auth':{'method':'open'}}}");
    assertFalse(config.json().has("template"));
  }

  @Test
  void vectorOnlyWhenNoMapnikLayerHasCartocss() {
    assertTrue(parse("{'layers':[{'options':{'sql':'select 1'}}]}").vectorOnly());
    assertFalse(parse("{'layers':[{'options':" + POINTS + "}]}").vectorOnly());
    assertFalse(parse("{'layers':[{'type':'plain','options':{'color':'red'}}]}").vectorOnly());
  }
}
