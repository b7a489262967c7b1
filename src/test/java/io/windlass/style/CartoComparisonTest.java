package io.windlass.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Perceptual (HUSL) colour functions and font-name validation against carto 0.16.3: each case of
 * {@code style/perceptual/cases.json} is a stylesheet with carto's Mapnik XML or error message
 * (regenerate with {@code node gen.js > cases.json} in that directory).
 */
class CartoComparisonTest {

  private static JsonNode cases() throws Exception {
    try (InputStream in =
        CartoComparisonTest.class.getResourceAsStream("/style/perceptual/cases.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @TestFactory
  Stream<DynamicTest> compilesLikeCarto() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    int k = 0;
    for (JsonNode c : cases()) {
      String css = c.get("css").asText();
      Set<String> fonts = null;
      if (c.has("fonts") && !c.get("fonts").isNull()) {
        fonts = new LinkedHashSet<>();
        for (JsonNode f : c.get("fonts")) {
          fonts.add(f.asText());
        }
      }
      Set<String> knownFonts = fonts;
      tests.add(
          DynamicTest.dynamicTest(
              (k++) + " " + css.replace('\n', ' ') + (fonts == null ? "" : " fonts=" + fonts),
              () -> {
                if (c.has("error")) {
                  StyleException e =
                      assertThrows(
                          StyleException.class,
                          () -> CartoCss.compile(css, CartoCssMigration.TARGET, knownFonts));
                  // carto names the stylesheet on each line of its message
                  assertEquals(
                      c.get("error").asText().replaceAll("(?m)^s\\.mss:", ""), e.getMessage());
                } else {
                  String want =
                      CartoXmlDump.parse(new StringReader(c.get("xml").asText())).get("layer");
                  String got =
                      StyleDump.dump(
                          CartoCss.compile(css, CartoCssMigration.TARGET, knownFonts).styles());
                  assertEquals(want, got);
                }
              }));
    }
    return tests.stream();
  }

  /** The DejaVu faces Mapnik 3 (FreeType) registers from Debian's fonts-dejavu-core and -extra. */
  @Test
  void dejaVuFaceNamesAsMapnikNamesThem() throws Exception {
    Path dir = Path.of("/usr/share/fonts/truetype/dejavu");
    assumeTrue(Files.isDirectory(dir), "no DejaVu fonts here");
    Set<String> mapnik =
        new TreeSet<>(
            List.of(
                "DejaVu Math TeX Gyre Regular",
                "DejaVu Sans Bold",
                "DejaVu Sans Bold Oblique",
                "DejaVu Sans Book",
                "DejaVu Sans Condensed",
                "DejaVu Sans Condensed Bold",
                "DejaVu Sans Condensed Bold Oblique",
                "DejaVu Sans Condensed Oblique",
                "DejaVu Sans ExtraLight",
                "DejaVu Sans Mono Bold",
                "DejaVu Sans Mono Bold Oblique",
                "DejaVu Sans Mono Book",
                "DejaVu Sans Mono Oblique",
                "DejaVu Sans Oblique",
                "DejaVu Serif Bold",
                "DejaVu Serif Bold Italic",
                "DejaVu Serif Book",
                "DejaVu Serif Condensed",
                "DejaVu Serif Condensed Bold",
                "DejaVu Serif Condensed Bold Italic",
                "DejaVu Serif Condensed Italic",
                "DejaVu Serif Italic"));
    Set<String> got = FontFaces.scan(dir);
    if (Files.exists(dir.resolve("DejaVuSans-ExtraLight.ttf"))) {
      assertEquals(mapnik, got); // fonts-dejavu-core and fonts-dejavu-extra
    } else {
      assertEquals(true, mapnik.containsAll(got), got.toString());
    }
  }

  @Test
  void unknownFaceIsCartosError() throws Exception {
    StyleException e =
        assertThrows(
            StyleException.class,
            () ->
                CartoCss.compile(
                    "#l { text-name: [n]; text-face-name: \"Dejagnu Book\"; }",
                    "3.0.15",
                    Set.of("DejaVu Sans Book")));
    assertEquals(
        "Invalid value for text-face-name, the type font is expected. Dejagnu Book (of type"
            + " string)  was given.",
        e.reason());
    CartoCss.compile("#l { text-name: [n]; text-face-name: \"Dejagnu Book\"; }", "3.0.15", null);
  }
}
