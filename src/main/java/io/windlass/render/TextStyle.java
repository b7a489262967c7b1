package io.windlass.render;

import io.windlass.style.SymbolizerSpec;
import java.awt.Color;
import java.util.Map;

/**
 * The constant properties of a compiled {@code TextSymbolizer}, with Mapnik 3.0's defaults. Sizes
 * and distances are CSS pixels at scale factor 1 (the painter multiplies by the scale factor).
 * {@code placements} is {@code text-placements} when {@code text-placement-type: simple}, else
 * null; {@code orientation} is in degrees, counter-clockwise.
 */
record TextStyle(
    TextExpression name,
    String faceName,
    double size,
    Color fill,
    double opacity,
    Color haloFill,
    double haloRadius,
    double haloOpacity,
    Placement placement,
    double dx,
    double dy,
    double wrapWidth,
    boolean wrapBefore,
    double lineSpacing,
    boolean allowOverlap,
    double minimumDistance,
    double minimumPadding,
    boolean avoidEdges,
    String textTransform,
    double spacing,
    double maxCharAngleDelta,
    double labelPositionTolerance,
    boolean clip,
    String placements,
    double orientation,
    double characterSpacing,
    char wrapCharacter,
    double margin,
    double repeatDistance,
    double minPathLength,
    String horizontalAlignment,
    String verticalAlignment,
    String justifyAlignment) {

  /** This style at another size (a {@code text-placements} size). */
  TextStyle withSize(double newSize) {
    return new TextStyle(
        name,
        faceName,
        newSize,
        fill,
        opacity,
        haloFill,
        haloRadius,
        haloOpacity,
        placement,
        dx,
        dy,
        wrapWidth,
        wrapBefore,
        lineSpacing,
        allowOverlap,
        minimumDistance,
        minimumPadding,
        avoidEdges,
        textTransform,
        spacing,
        maxCharAngleDelta,
        labelPositionTolerance,
        clip,
        placements,
        orientation,
        characterSpacing,
        wrapCharacter,
        margin,
        repeatDistance,
        minPathLength,
        horizontalAlignment,
        verticalAlignment,
        justifyAlignment);
  }

  /**
   * The side a point label sits on horizontally (-1 left, 0 centred, 1 right): {@code
   * text-horizontal-alignment}, or with {@code auto} the side it is displaced to.
   */
  int horizontalSide(double dx) {
    return switch (horizontalAlignment) {
      case "left" -> -1;
      case "right" -> 1;
      case "middle" -> 0;
      default -> (int) Math.signum(dx);
    };
  }

  /**
   * As {@link #horizontalSide}, vertically (-1 above, 1 below): {@code text-vertical-alignment}.
   */
  int verticalSide(double dy) {
    return switch (verticalAlignment) {
      case "top" -> -1;
      case "bottom" -> 1;
      case "middle" -> 0;
      default -> (int) Math.signum(dy);
    };
  }

  /**
   * How a label's lines line up (-1 left, 0 centred, 1 right): {@code text-align}, or with {@code
   * auto} towards the anchor when displaced sideways.
   */
  int justification(double dx) {
    return switch (justifyAlignment) {
      case "left" -> -1;
      case "right" -> 1;
      case "center" -> 0;
      default -> dx > 0 ? -1 : dx < 0 ? 1 : 0;
    };
  }

  /** {@code text-placement}. */
  enum Placement {
    POINT,
    INTERIOR,
    LINE
  }

  static TextStyle of(SymbolizerSpec spec) {
    Map<String, String> p = spec.properties();
    return new TextStyle(
        TextExpression.parse(spec.content()),
        p.getOrDefault("face-name", FontLibrary.DEFAULT_FACE),
        VectorPainter.number(p, "size", 10),
        color(p, "fill", Color.BLACK),
        // a shield's opacity is its image's; its text has text-opacity
        VectorPainter.number(
            p, spec.type().equals("ShieldSymbolizer") ? "text-opacity" : "opacity", 1),
        color(p, "halo-fill", Color.WHITE),
        VectorPainter.number(p, "halo-radius", 0),
        VectorPainter.number(p, "halo-opacity", 1),
        switch (p.getOrDefault("placement", "point")) {
          case "interior" -> Placement.INTERIOR;
          case "line" -> Placement.LINE;
          default -> Placement.POINT;
        },
        VectorPainter.number(p, "dx", 0),
        VectorPainter.number(p, "dy", 0),
        VectorPainter.number(p, "wrap-width", 0),
        "true".equals(p.get("wrap-before")),
        VectorPainter.number(p, "line-spacing", 0),
        "true".equals(p.get("allow-overlap")),
        VectorPainter.number(p, "minimum-distance", 0),
        VectorPainter.number(p, "minimum-padding", 0),
        "true".equals(p.get("avoid-edges")),
        p.getOrDefault("text-transform", "none"),
        VectorPainter.number(p, "spacing", 0),
        VectorPainter.number(p, "max-char-angle-delta", 22.5),
        VectorPainter.number(p, "label-position-tolerance", 0),
        // carto writes clip="true" on every symbolizer; Mapnik's own default would be false
        !"false".equals(p.get("clip")),
        "simple".equals(p.get("placement-type")) ? p.getOrDefault("placements", "X") : null,
        VectorPainter.number(p, "orientation", 0),
        VectorPainter.number(p, "character-spacing", 0),
        p.containsKey("wrap-character") && !p.get("wrap-character").isEmpty()
            ? p.get("wrap-character").charAt(0)
            : ' ',
        VectorPainter.number(p, "margin", 0),
        VectorPainter.number(p, "repeat-distance", 0),
        VectorPainter.number(p, "minimum-path-length", 0),
        p.getOrDefault("horizontal-alignment", "auto"),
        p.getOrDefault("vertical-alignment", "auto"),
        p.getOrDefault("justify-alignment", "auto"));
  }

  private static Color color(Map<String, String> p, String key, Color dflt) {
    String v = p.get(key);
    Color c = v == null ? null : io.windlass.style.Colors.parse(v);
    return c == null ? dflt : c;
  }
}
