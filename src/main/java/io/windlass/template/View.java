package io.windlass.template;

import static io.windlass.template.JsValues.get;
import static io.windlass.template.JsValues.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code view} of a template, used only by static named previews (spec §1.10): the template
 * extent applies when {@code zoom} and {@code center} are both present (a numeric query {@code
 * zoom} overriding the zoom), else when {@code bounds} is present.
 *
 * @param zoom the zoom level ({@code view.zoom} when defined and numeric, rounded down)
 * @param center {@code [lng, lat]} in degrees, when {@code view.center} has numeric {@code lng} and
 *     {@code lat}
 * @param bounds {@code [west, south, east, north]} in degrees, when all four are finite JSON
 *     numbers (CARTO's {@code Number.isFinite}: numeric strings do not count)
 */
public record View(OptionalInt zoom, Optional<double[]> center, Optional<double[]> bounds) {

  /** The view of a template's {@code view} value, empty when that is absent or falsy. */
  static Optional<View> of(JsonNode view) {
    if (!truthy(view)) return Optional.empty();
    OptionalInt zoom = OptionalInt.empty();
    JsonNode z = get(view, "zoom");
    // CARTO tests "zoom !== undefined" and hands the value on; Number() of it is what renders
    double zoomNumber = JsValues.toNumber(z);
    if (!z.isMissingNode() && Double.isFinite(zoomNumber))
      zoom = OptionalInt.of((int) Math.floor(zoomNumber));
    Optional<double[]> center = Optional.empty();
    JsonNode c = get(view, "center");
    if (truthy(c)) {
      double lng = JsValues.toNumber(get(c, "lng"));
      double lat = JsValues.toNumber(get(c, "lat"));
      if (Double.isFinite(lng) && Double.isFinite(lat))
        center = Optional.of(new double[] {lng, lat});
    }
    return Optional.of(new View(zoom, center, bounds(get(view, "bounds"))));
  }

  private static Optional<double[]> bounds(JsonNode b) {
    if (!truthy(b)) return Optional.empty();
    String[] sides = {"west", "south", "east", "north"};
    double[] values = new double[4];
    for (int i = 0; i < 4; i++) {
      JsonNode v = get(b, sides[i]);
      if (!v.isNumber() || !Double.isFinite(v.doubleValue())) return Optional.empty();
      values[i] = v.doubleValue();
    }
    return Optional.of(values);
  }
}
