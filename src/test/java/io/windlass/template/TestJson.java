package io.windlass.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.error.WindlassException;
import io.windlass.mapconfig.JsJson;
import io.windlass.mapconfig.JsonText;
import org.junit.jupiter.api.function.Executable;

/** JSON shorthands for the template tests: single quotes in {@code j(...)} become double quotes. */
final class TestJson {
  static final String LAYERGROUP = "{'layers':[{'options':{'sql':'select 1','cartocss':'#l{}'}}]}";

  private TestJson() {}

  static JsonNode j(String singleQuoted) {
    return JsonText.parse(singleQuoted.replace('\'', '"'));
  }

  static ObjectNode obj(String singleQuoted) {
    return (ObjectNode) j(singleQuoted);
  }

  static String text(JsonNode node) {
    return JsJson.stringify(node);
  }

  /** A valid body with these extra top-level members (single-quoted JSON, without braces). */
  static ObjectNode body(String extra) {
    String sep = extra.isEmpty() ? "" : ",";
    return obj("{'version':'0.0.1','name':'t','layergroup':" + LAYERGROUP + sep + extra + "}");
  }

  static void assertBadRequest(String message, Executable call) {
    var e = assertThrows(WindlassException.class, call);
    assertEquals(400, e.status());
    assertEquals(message, e.details().get(0).message());
  }
}
