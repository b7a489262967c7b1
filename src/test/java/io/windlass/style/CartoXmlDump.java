package io.windlass.style;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Converts carto's Mapnik XML into the {@link StyleDump} form, layer by layer ({@code layer NAME}
 * then its styles in {@code StyleName} order), keeping attribute order as carto wrote it. Run as
 * {@code main(osm.xml)} to regenerate the expected output of the corpus test.
 */
final class CartoXmlDump {

  /**
   * A symbolizer's content that is not CDATA: carto writes it raw when it contains {@code <}
   * (raster-colorizer stops, or a text-name with {@code <}, which is not even well-formed XML).
   */
  private static final Pattern RAW_CONTENT =
      Pattern.compile("(<(\\w+Symbolizer)\\b[^>]*[^/>]>)(?!<!\\[CDATA\\[)([\\s\\S]*?)(</\\2>)");

  /** The styles per layer name, in document order, and the {@link #map} dump. */
  record Document(Map<String, String> layers, String map) {}

  private CartoXmlDump() {}

  /** Dumps per layer name, in document order. */
  static Map<String, String> parse(Reader xml) throws XMLStreamException, IOException {
    return read(xml).layers();
  }

  /**
   * Reads carto's XML; raw symbolizer content is kept verbatim (as Windlass keeps it), which
   * compares raster-colorizer stops too.
   */
  static Document read(Reader xml) throws XMLStreamException, IOException {
    StringBuilder all = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = xml.read(buf)) != -1; ) {
      all.append(buf, 0, n);
    }
    String document =
        RAW_CONTENT
            .matcher(all)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        m.group(1) + "<![CDATA[" + m.group(3) + "]]>" + m.group(4)));
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader r = f.createXMLStreamReader(new StringReader(document));
    StringBuilder map = new StringBuilder();
    Map<String, String> styles = new LinkedHashMap<>();
    Map<String, String> layers = new LinkedHashMap<>();
    StringBuilder style = null;
    String styleName = null;
    String layerName = null;
    List<String> layerStyles = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String max = null;
    String min = null;
    String filter = null;
    StringBuilder rule = null;
    StringBuilder symbol = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String n = r.getLocalName();
        text.setLength(0);
        if (n.equals("Map")) {
          map.append("map");
          for (int k = 0; k < r.getAttributeCount(); k++) {
            String a = r.getAttributeLocalName(k);
            // the project's own srs, not one set by the stylesheet
            if (!(a.equals("srs") && r.getAttributeValue(k).equals(PROJECT_SRS))) {
              attribute(map, a, r.getAttributeValue(k));
            }
          }
          map.append('\n');
        } else if (n.equals("FontSet")) {
          map.append("fontset ").append(r.getAttributeValue(null, "name"));
        } else if (n.equals("Font")) {
          attribute(map, "face-name", r.getAttributeValue(null, "face-name"));
        } else if (n.equals("Style")) {
          styleName = r.getAttributeValue(null, "name");
          style = new StringBuilder("style " + styleName);
          for (int k = 0; k < r.getAttributeCount(); k++) {
            String a = r.getAttributeLocalName(k);
            if (!a.equals("name") && !a.equals("filter-mode")) {
              style
                  .append(' ')
                  .append(a)
                  .append("=\"")
                  .append(StyleDump.escape(r.getAttributeValue(k)))
                  .append('"');
            }
          }
          style.append('\n');
        } else if (n.equals("Rule")) {
          rule = new StringBuilder();
          max = null;
          min = null;
          filter = null;
        } else if (n.equals("Layer")) {
          layerName = r.getAttributeValue(null, "name");
          layerStyles = new ArrayList<>();
        } else if (n.endsWith("Symbolizer") && rule != null) {
          symbol = new StringBuilder("    " + n);
          for (int k = 0; k < r.getAttributeCount(); k++) {
            symbol
                .append(' ')
                .append(r.getAttributeLocalName(k))
                .append("=\"")
                .append(StyleDump.escape(r.getAttributeValue(k)))
                .append('"');
          }
        }
      } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
        text.append(r.getText());
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String n = r.getLocalName();
        switch (n) {
          case "MaxScaleDenominator":
            max = text.toString().trim();
            break;
          case "MinScaleDenominator":
            min = text.toString().trim();
            break;
          case "Filter":
            filter = text.toString();
            break;
          case "StyleName":
            layerStyles.add(text.toString().trim());
            break;
          case "Rule":
            StringBuilder head = new StringBuilder("  rule");
            if (max != null) {
              head.append(" max=").append(max);
            }
            if (min != null) {
              head.append(" min=").append(min);
            }
            head.append('\n');
            if (filter != null) {
              head.append("    filter ").append(StyleDump.escape(filter)).append('\n');
            }
            style.append(head).append(rule);
            rule = null;
            break;
          case "FontSet":
            map.append('\n');
            break;
          case "Style":
            styles.put(styleName, style.toString());
            style = null;
            break;
          case "Layer":
            StringBuilder l = new StringBuilder();
            for (String s : layerStyles) {
              l.append(styles.get(s));
            }
            layers.put(layerName, l.toString());
            break;
          default:
            if (n.endsWith("Symbolizer") && symbol != null) {
              String content = text.toString();
              if (!content.isEmpty()) {
                symbol.append(" content=\"").append(StyleDump.escape(content)).append('"');
              }
              rule.append(symbol).append('\n');
              symbol = null;
            }
        }
        text.setLength(0);
      }
    }
    return new Document(layers, map.toString());
  }

  /** The srs of the projects carto compiles in the tests. */
  static final String PROJECT_SRS = "+init=epsg:3857";

  /**
   * Windlass's {@code Map} properties and font sets in the form {@link #read} gives carto's: a
   * {@code map} line (srs first, where carto keeps the project's) and one line per font set.
   */
  static String map(Map<String, String> properties, List<List<String>> fontsets) {
    StringBuilder sb = new StringBuilder("map");
    if (properties.containsKey("srs")) {
      attribute(sb, "srs", properties.get("srs"));
    }
    properties.forEach(
        (k, v) -> {
          if (!k.equals("srs")) {
            attribute(sb, k, v);
          }
        });
    sb.append('\n');
    for (int k = 0; k < fontsets.size(); k++) {
      sb.append("fontset fontset-").append(k);
      for (String face : fontsets.get(k)) {
        attribute(sb, "face-name", face);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static void attribute(StringBuilder sb, String name, String value) {
    sb.append(' ').append(name).append("=\"").append(StyleDump.escape(value)).append('"');
  }

  /** Writes the dump of a carto XML file: {@code layer NAME} lines followed by its styles. */
  public static void main(String[] args) throws IOException, XMLStreamException {
    try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder();
      parse(in).forEach((k, v) -> sb.append("layer ").append(k).append('\n').append(v));
      System.out.print(sb);
    }
  }
}
