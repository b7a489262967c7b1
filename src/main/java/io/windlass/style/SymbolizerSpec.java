package io.windlass.style;

import java.util.Map;

/**
 * One compiled symbolizer exactly as carto 0.16.3 writes it into Mapnik XML: the Mapnik element
 * name ({@code PolygonSymbolizer}, {@code TextSymbolizer}, ...), its attributes in carto's order
 * with Mapnik property names ({@code stroke-width}) and values as Mapnik reads them (XML entities
 * decoded; numbers, colours and expressions in carto's text form), and the element content ({@code
 * text-name}/{@code shield-name} expressions, kept verbatim as in carto's CDATA) or null.
 */
public record SymbolizerSpec(String type, Map<String, String> properties, String content) {

  public SymbolizerSpec {
    properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
  }
}
