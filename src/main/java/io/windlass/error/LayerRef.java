package io.windlass.error;

/** The layer an error is about, as CARTO's {@code errors_with_context[].layer} shows it. */
public record LayerRef(String id, int index, String type) {}
