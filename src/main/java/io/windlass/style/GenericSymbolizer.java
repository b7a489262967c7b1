package io.windlass.style;

/**
 * A symbolizer the renderer does not paint yet (text, shield, point, patterns, building, raster,
 * dot, or a polygon/line/marker with a value that is no constant), carried with its compiled
 * properties so that a later renderer can.
 */
public record GenericSymbolizer(SymbolizerSpec spec) implements Symbolizer {}
