package io.windlass.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden construct corpus: every case of {@code style/constructs/cases.json} (comments,
 * variables, selectors, filters, zooms, values, colour functions, specificity, attachments, Map
 * block, errors...) is compiled as carto 0.16.3 compiled it, one stylesheet for one layer named
 * {@code layer}, and must give carto's styles, Map properties and font sets, or carto's error text
 * line for line. Regenerate the expectations with {@code node gen.js > cases.json} in that folder.
 */
class CartoConstructCorpusTest {

  private static final String STYLESHEET = "style0:";

  private static JsonNode cases() throws Exception {
    try (InputStream in =
        CartoConstructCorpusTest.class.getResourceAsStream("/style/constructs/cases.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @TestFactory
  Stream<DynamicTest> compilesLikeCarto() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    JsonNode all = cases();
    assertTrue(all.size() >= 80, "cases: " + all.size());
    for (JsonNode c : all) {
      tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c)));
    }
    return tests.stream();
  }

  private static void check(JsonNode c) throws Exception {
    String css = c.get("css").asText();
    Set<String> classes = c.has("class") ? Set.of(c.get("class").asText().split("\\s+")) : Set.of();
    String got;
    try {
      CartoProject.Result r =
          CartoProject.compile(
              List.of(css), List.of(new CartoProject.LayerSpec("layer", "layer", classes)));
      got =
          CartoXmlDump.map(r.mapProperties(), r.fontsets())
              + StyleDump.dump(r.layers().get(0).styles());
    } catch (StyleException e) {
      got = "error " + e.getMessage();
    }
    String want;
    if (c.has("error")) {
      // carto names the stylesheet on every line; Windlass's messages leave that to the caller
      want = "error " + c.get("error").asText().replaceAll("(?m)^" + STYLESHEET, "");
    } else {
      CartoXmlDump.Document d = CartoXmlDump.read(new StringReader(c.get("xml").asText()));
      want = d.map() + d.layers().get("layer");
    }
    assertEquals(want, got, css);
  }
}
