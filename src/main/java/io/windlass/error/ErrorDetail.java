package io.windlass.error;

/**
 * One entry of CARTO's error body: the message of {@code errors[]} and its context in {@code
 * errors_with_context[]}.
 *
 * @param type CARTO's error type ({@code unknown}, {@code layer}, {@code limit}, {@code auth}, ...)
 * @param subtype CARTO's subtype or null
 * @param layer the layer concerned or null
 */
public record ErrorDetail(String type, String message, String subtype, LayerRef layer) {

  public ErrorDetail {
    if (message == null || message.isBlank()) message = "Unknown error";
    if (type == null) type = "unknown";
  }

  public static ErrorDetail of(String message) {
    return new ErrorDetail("unknown", message, null, null);
  }

  /** A layer error: type {@code layer}, subtype {@code query} for datasource errors, as CARTO. */
  public static ErrorDetail ofLayer(String message, LayerRef layer) {
    String subtype = message != null && message.contains("Postgis Plugin") ? "query" : null;
    return new ErrorDetail("layer", message, subtype, layer);
  }
}
