package io.windlass.style;

/**
 * One compiled declaration: {@code key} is {@code instance/name} (the merge key), {@code
 * symbolizer} the Mapnik symbolizer it belongs to, {@code value} the typed value for properties
 * this renderer draws ({@link java.awt.Color}, {@link Double}, {@link Boolean}, {@link String}) or
 * the evaluated {@link Expr} otherwise, {@code index} the source offset carto orders symbolizers
 * by.
 */
record Prop(String key, String instance, String name, String symbolizer, Object value, int index) {}
