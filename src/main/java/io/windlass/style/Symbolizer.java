package io.windlass.style;

/**
 * One drawing instruction produced by a {@link LayerStyle} for a feature, in the form Mapnik would
 * apply it. Sizes and widths are in CSS pixels at scale factor 1 (the renderer multiplies them by
 * the job's scale factor); opacities are 0-1.
 */
public sealed interface Symbolizer
    permits PolygonSymbolizer,
        LineSymbolizer,
        MarkerSymbolizer,
        GenericSymbolizer,
        DynamicSymbolizer {}
