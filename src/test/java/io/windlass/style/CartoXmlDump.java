package io.windlass.style;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private CartoXmlDump() {}

  /** Dumps per layer name, in document order. */
  static Map<String, String> parse(Reader xml) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader r = f.createXMLStreamReader(xml);
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
        if (n.equals("Style")) {
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
    return layers;
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
