package io.windlass.style;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The openstreetmap-carto v3.3.0 test resources: the project's stylesheets and layers (read from
 * its project.mml; no layer of this project has a class) and carto 0.16.3's expected output.
 */
final class OsmCartoCorpus {

  static final String DIR = "/style/osm-carto/";

  private OsmCartoCorpus() {}

  static String resource(String name) throws IOException {
    try (InputStream in = OsmCartoCorpus.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IOException("missing resource " + DIR + name);
      }
      InputStream s = name.endsWith(".gz") ? new GZIPInputStream(in) : in;
      return new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Stylesheet file names in project order. */
  static List<String> stylesheetNames() throws IOException {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : resource("project.mml").split("\n")) {
      if (line.startsWith("Stylesheet:")) {
        in = true;
      } else if (in && line.startsWith("  - ")) {
        out.add(line.substring(4).trim());
      } else if (in && !line.isBlank()) {
        break;
      }
    }
    return out;
  }

  static List<String> stylesheets() throws IOException {
    List<String> out = new ArrayList<>();
    for (String n : stylesheetNames()) {
      out.add(resource(n));
    }
    return out;
  }

  static List<CartoProject.LayerSpec> layers() throws IOException {
    List<String> ids = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    Pattern id = Pattern.compile("^  - id: *\"?([^\"]+?)\"?\\s*$");
    Pattern cls = Pattern.compile("^    class: *\"?([^\"]*?)\"?\\s*$");
    boolean in = false;
    for (String line : resource("project.mml").split("\n")) {
      if (line.startsWith("Layer:")) {
        in = true;
        continue;
      }
      Matcher m = id.matcher(line);
      Matcher c = cls.matcher(line);
      if (in && m.matches()) {
        ids.add(m.group(1));
        classes.add("");
      } else if (in && c.matches() && !ids.isEmpty()) {
        classes.set(ids.size() - 1, c.group(1));
      }
    }
    List<CartoProject.LayerSpec> out = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      out.add(
          new CartoProject.LayerSpec(ids.get(k), ids.get(k), Set.of(classes.get(k).split("\\s+"))));
    }
    return out;
  }

  /** carto's output per layer id, in the {@link StyleDump} form. */
  static Map<String, String> expected() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    String layer = null;
    StringBuilder sb = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    OsmCartoCorpus.class.getResourceAsStream(DIR + "expected.dump.gz")),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("layer ")) {
          if (layer != null) {
            out.put(layer, sb.toString());
          }
          layer = line.substring(6);
          sb.setLength(0);
        } else {
          sb.append(line).append('\n');
        }
      }
    }
    if (layer != null) {
      out.put(layer, sb.toString());
    }
    return out;
  }
}
