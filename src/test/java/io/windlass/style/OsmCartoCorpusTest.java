package io.windlass.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Compiles the whole openstreetmap-carto v3.3.0 project and compares every layer's styles with
 * carto 0.16.3's (rule count and order, zoom ranges, filters, symbolizers with their properties).
 * The set of layers known to match is asserted exactly, so that it can only grow; mismatches are
 * printed with their first differing line.
 */
class OsmCartoCorpusTest {

  @Test
  void everyLayerCompilesLikeCarto() throws Exception {
    CartoProject.Result result =
        CartoProject.compile(OsmCartoCorpus.stylesheets(), OsmCartoCorpus.layers());
    Map<String, String> expected = OsmCartoCorpus.expected();
    assertEquals(79, result.layers().size());
    Set<String> matching = new TreeSet<>();
    List<String> report = new ArrayList<>();
    int rules = 0;
    int rulesMatching = 0;
    for (CartoProject.CompiledLayer layer : result.layers()) {
      String want = expected.get(layer.id());
      String got = StyleDump.dump(layer.styles());
      String[] w = want.split("\n");
      String[] g = got.split("\n");
      rules += count(w);
      rulesMatching += matchingRules(w, g);
      if (want.equals(got)) {
        matching.add(layer.id());
      } else {
        report.add(layer.id() + ": " + firstDifference(w, g));
      }
    }
    System.out.println(
        "osm-carto: "
            + matching.size()
            + "/79 layers, "
            + rulesMatching
            + "/"
            + rules
            + " rules match carto");
    report.forEach(System.out::println);
    Set<String> all = new TreeSet<>(expected.keySet());
    assertEquals(all, matching, "layers whose styles equal carto's (all 79 do)");
    assertEquals(5894, rulesMatching);
  }

  private static int count(String[] lines) {
    int n = 0;
    for (String l : lines) {
      if (l.startsWith("  rule")) {
        n++;
      }
    }
    return n;
  }

  /** Rules equal at the same position (by rule text blocks). */
  private static int matchingRules(String[] want, String[] got) {
    List<String> w = blocks(want);
    List<String> g = blocks(got);
    int n = 0;
    for (int k = 0; k < Math.min(w.size(), g.size()); k++) {
      if (w.get(k).equals(g.get(k))) {
        n++;
      }
    }
    return n;
  }

  private static List<String> blocks(String[] lines) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = null;
    String style = "";
    for (String l : lines) {
      if (l.startsWith("style ")) {
        style = l;
        if (sb != null) {
          out.add(sb.toString());
        }
        sb = null;
      } else if (l.startsWith("  rule")) {
        if (sb != null) {
          out.add(sb.toString());
        }
        sb = new StringBuilder(style).append('\n').append(l).append('\n');
      } else if (sb != null) {
        sb.append(l).append('\n');
      }
    }
    if (sb != null) {
      out.add(sb.toString());
    }
    return out;
  }

  private static String firstDifference(String[] w, String[] g) {
    for (int k = 0; k < Math.max(w.length, g.length); k++) {
      String a = k < w.length ? w[k] : "<end>";
      String b = k < g.length ? g[k] : "<end>";
      if (!a.equals(b)) {
        return "line " + (k + 1) + "\n    carto:    " + a + "\n    windlass: " + b;
      }
    }
    return "?";
  }
}
