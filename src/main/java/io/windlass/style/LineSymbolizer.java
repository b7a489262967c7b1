package io.windlass.style;

import java.awt.Color;

/**
 * Strokes lines and polygon outlines with {@code color} (alpha multiplied by {@code opacity}, 0-1)
 * and a {@code width} in pixels, butt caps, miter joins with miter limit 4 (Mapnik's defaults).
 */
public record LineSymbolizer(Color color, double width, double opacity) implements Symbolizer {}
