package io.windlass.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CartoCssMigration} against the reference {@code cartocss_transform.py}: the rules its
 * documentation states, then every case of {@code style/migration/cases.json}, the reference's own
 * output for {@code inputs.py} (regenerate with {@code /usr/bin/python3 inputs.py > cases.json}).
 */
class CartoCssMigrationTest {

  private static String migrate(String css, String from) throws Exception {
    return CartoCssMigration.migrate(css, from);
  }

  /** The behaviour the reference documents, one row per rule. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // 2.0.x -> 2.1.1 -> ... -> 3.0.15: marker sizes doubled, geometry overrides, whole
        // multi-policy, then the 3.0 defaults
        "2.0.0|#l { marker-width: 3; }|#l { marker-width:6; [\"mapnik::geometry_type\"=1] { marker-placement:point; marker-type:ellipse; } [\"mapnik::geometry_type\">1] { marker-placement:line; marker-type:arrow; marker-transform:scale(.5, .5); marker-clip:false; } marker-multi-policy:whole;  marker-clip: true;}",
        // 2.0.1 goes to 2.1.0: no doubling, no multi-policy
        "2.0.1|#l { marker-width: 3; }|#l { marker-width: 3; [\"mapnik::geometry_type\"=1] { marker-placement:point; marker-type:ellipse; } [\"mapnik::geometry_type\">1] { marker-placement:line; marker-type:arrow; marker-transform:scale(.5, .5); marker-clip:false; }  marker-clip: true;}",
        // marker-opacity becomes marker-fill-opacity
        "2.0.2|#l[a=1] { marker-opacity: 0.5 }|#l[a=1] { marker-fill-opacity: 0.5; [\"mapnik::geometry_type\"=1] { marker-placement:point; marker-type:ellipse; } [\"mapnik::geometry_type\">1] { marker-placement:line; marker-type:arrow; marker-transform:scale(.5, .5); marker-clip:false; } marker-multi-policy:whole;  marker-clip: true;}",
        // styles older than 2.2.0 get mapnik-geometry-type renamed
        "2.1.0|#l[mapnik-geometry-type=1] { line-width: 1; }|#l[\"mapnik::geometry_type\"=1] { line-width: 1;  line-clip: true;}",
        // 2.3.0 -> 3.0: Mapnik 2 defaults appended
        "2.3.0|#l { text-name: [n]; }|#l { text-name: [n];  text-clip: true; text-label-position-tolerance: 0;}",
        // ... unless the rule or a parent sets them
        "2.3.0|#l { line-clip: false; [zoom>3] { line-width: 2; } }|#l { line-clip: false; [zoom>3] { line-width: 2; } }",
        // a last declaration without semicolon gets one
        "2.3.0|#l { polygon-pattern-file: url(a.png) }|#l { polygon-pattern-file: url(a.png) ; polygon-pattern-clip: true; polygon-pattern-alignment: local;}",
        // a step that fails (postcss cannot parse) leaves the style as it was
        "2.3.0|#l { foo }|#l { foo }",
        // 3.0.12: nothing to do
        "3.0.12|#l { marker-width: 3; }|#l { marker-width: 3; }",
        // 3.0.15: nothing to do
        "3.0.15|#l { marker-width: 3; }|#l { marker-width: 3; }",
      })
  void documentedRules(String from, String css, String expected) throws Exception {
    assertEquals(expected, migrate(css, from));
  }

  @ParameterizedTest
  @CsvSource({"3.0.0", "2.4.0", "1.0.0", "abc"})
  void versionsWithoutPathAreErrors(String from) {
    CartoCssMigration.NoPathException e =
        assertThrows(CartoCssMigration.NoPathException.class, () -> migrate("#l{}", from));
    assertEquals("No CartoCSS transform path from " + from + " to 3.0.15", e.getMessage());
  }

  @Test
  void compileAppliesTheMigrationAndReportsMissingPaths() throws Exception {
    StyleException e =
        assertThrows(StyleException.class, () -> CartoCss.compile("#l{line-width:1}", "3.0.0"));
    assertEquals("No CartoCSS transform path from 3.0.0 to 3.0.15", e.getMessage());
    String dump = StyleDump.dump(CartoCss.compile("#l{marker-width:3}", "2.0.0").styles());
    assertEquals(
        StyleDump.dump(CartoCss.compile(migrate("#l{marker-width:3}", "2.0.0")).styles()), dump);
    assertEquals(true, dump.contains("width=\"6\""), dump);
  }

  private static JsonNode cases() throws Exception {
    try (InputStream in =
        CartoCssMigrationTest.class.getResourceAsStream("/style/migration/cases.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @TestFactory
  Stream<DynamicTest> referenceOutputs() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    int k = 0;
    for (JsonNode c : cases()) {
      if (c.has("numbers")) {
        continue;
      }
      String css = c.get("css").asText();
      String from = c.get("from").asText();
      String to = c.get("to").asText();
      tests.add(
          DynamicTest.dynamicTest(
              (k++) + " " + from + "->" + to + " " + css.replace('\n', ' '),
              () -> {
                if (c.has("error")) {
                  CartoCssMigration.NoPathException e =
                      assertThrows(
                          CartoCssMigration.NoPathException.class,
                          () -> CartoCssMigration.transform(css, from, to));
                  assertEquals(c.get("error").asText(), e.getMessage());
                } else {
                  assertEquals(
                      c.get("expected").asText(), CartoCssMigration.transform(css, from, to));
                }
              }));
    }
    return tests.stream();
  }

  @Test
  void doubledNumbersPrintAsTheReference() throws Exception {
    int n = 0;
    for (JsonNode c : cases()) {
      if (c.has("numbers")) {
        for (JsonNode pair : c.get("numbers")) {
          double x = Double.parseDouble(pair.get(0).asText());
          assertEquals(pair.get(1).asText(), CartoCssMigration.numberText(x), pair.get(0).asText());
          n++;
        }
      }
    }
    assertEquals(609, n);
  }
}
