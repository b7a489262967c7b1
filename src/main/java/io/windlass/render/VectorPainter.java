package io.windlass.render;

import io.windlass.geo.Bbox;
import io.windlass.geo.Feature;
import io.windlass.style.DynamicSymbolizer;
import io.windlass.style.GenericSymbolizer;
import io.windlass.style.LineSymbolizer;
import io.windlass.style.MarkerSymbolizer;
import io.windlass.style.PolygonSymbolizer;
import io.windlass.style.Symbolizer;
import io.windlass.style.SymbolizerSpec;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws the features of vector layers onto one render's {@link Graphics2D}. Per feature it asks the
 * style for symbolizers, rejects features whose envelope (grown by the symbol's reach) misses the
 * image, and builds each pixel-space path at most once. Confined to the rendering thread.
 */
final class VectorPainter {

  private static final float MITER_LIMIT = 4f;

  /** The maximum extent CARTO gives its maps (Windshaft's {@code -20037508.3} rounding). */
  private static final double MAXIMUM_EXTENT = 20037508.3;

  private final Graphics2D g;
  private final int[] pixels;
  private final RenderJob job;
  private final PixelTransform t;
  private final Bbox extent;
  private final double scale;
  private final CollisionIndex collisions;
  private final TextPainter text;
  private final ShieldPainter shields;
  private final Map<SymbolizerSpec, StrokeStyle> strokeStyles = new IdentityHashMap<>();
  private final Map<SymbolizerSpec, int[]> gammas = new IdentityHashMap<>();
  private final Map<SymbolizerSpec, CompOp> compOps = new IdentityHashMap<>();

  /** Scaled marker images; bounded, as sizes that depend on the feature make one per size. */
  private final Map<String, java.awt.image.BufferedImage> sprites =
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, java.awt.image.BufferedImage> e) {
          return size() > 64;
        }
      };

  private final MarkerImages images;
  private CompOp op = CompOp.SRC_OVER;
  private final CellRasterizer raster = new CellRasterizer();
  private final LineStroker stroker = new LineStroker();
  private final PolylineClipper lineClipper = new PolylineClipper();
  private final PolygonClipper ringClipper = new PolygonClipper();
  private final OffsetPath offsetPath = new OffsetPath();
  private final RadialSimplifier simplifier = new RadialSimplifier();
  private final SmoothPath smoother = new SmoothPath();
  private final BuildingPainter buildings;
  private final LinePatternPainter linePatterns;
  private final PixelSequences sequences;
  private MarkerEllipse ellipse;
  private double ellipseWidth = Double.NaN;
  private double ellipseHeight = Double.NaN;

  private Geometry current;
  private Map<String, Object> attributes = Map.of();
  private java.awt.geom.AffineTransform geometry; // the symbolizer's geometry-transform, or null
  private boolean avoidEdges; // the current marker symbolizer's marker-avoid-edges
  private final Map<String, TransformList> transforms = new java.util.HashMap<>();

  /**
   * @param pixels the premultiplied ARGB pixels {@code g} draws into: shapes are rasterized there
   *     directly, text through {@code g}
   */
  VectorPainter(
      Graphics2D g,
      int[] pixels,
      RenderJob job,
      CollisionIndex collisions,
      FontLibrary fonts,
      MarkerImages images) {
    this.g = g;
    this.images = images;
    this.pixels = pixels;
    this.job = job;
    this.t = PixelTransform.of(job.extent(), job.widthPx());
    this.extent = job.extent();
    this.scale = job.scaleFactor();
    this.collisions = collisions;
    this.text = new TextPainter(g, t, job, collisions, fonts);
    this.shields =
        new ShieldPainter(text, g, pixels, job.widthPx(), job.heightPx(), images, sprites);
    this.sequences = new PixelSequences(t);
    this.linePatterns = new LinePatternPainter(pixels, job.widthPx(), job.heightPx());
    this.buildings = new BuildingPainter(raster, sequences, pixels, job.widthPx(), job.heightPx());
  }

  /**
   * Draws one style (attachment) of a layer: Mapnik renders a layer style by style, each a pass
   * over all features, so an attachment is drawn over every feature of the one before.
   */
  void paint(LayerContent.VectorLayer layer, int style) {
    for (Feature f : layer.features()) {
      List<Symbolizer> symbolizers =
          layer.style().symbolizersFor(style, f.attributes(), job.zoom());
      if (symbolizers.isEmpty() || f.geometry().isEmpty()) {
        continue;
      }
      if (!visible(f.geometry().getEnvelopeInternal(), reachPx(symbolizers))) {
        continue;
      }
      current = f.geometry();
      attributes = f.attributes();
      List<SymbolizerSpec> specs = null;
      for (int k = 0; k < symbolizers.size(); k++) {
        Symbolizer s = symbolizers.get(k);
        boolean dynamic = s instanceof DynamicSymbolizer;
        SymbolizerSpec own;
        if (s instanceof DynamicSymbolizer d) {
          own = d.resolve(f.attributes());
          s = DynamicSymbolizer.symbolizer(own);
        } else if (s instanceof GenericSymbolizer gs) {
          own = gs.spec();
        } else {
          if (specs == null) {
            // The records lack comp-op, gamma, cap, join, dashes: read them from the rule's
            // compiled spec (same order).
            specs =
                layer
                    .style()
                    .styles()
                    .get(style)
                    .firstMatch(f.attributes(), job.zoom())
                    .symbolizers();
          }
          own = specs.get(k);
        }
        // a resolved spec is the feature's own: caching it by identity would only grow the maps
        op = dynamic ? compOp(own) : compOps.computeIfAbsent(own, VectorPainter::compOp);
        geometry = geometryTransform(own.properties());
        avoidEdges = "true".equals(own.properties().get("avoid-edges"));
        if (s instanceof PolygonSymbolizer p) {
          polygon(
              p,
              own,
              dynamic
                  ? polygonGamma(own)
                  : gammas.computeIfAbsent(own, VectorPainter::polygonGamma));
        } else if (s instanceof LineSymbolizer l) {
          line(
              l,
              dynamic ? StrokeStyle.of(own) : strokeStyles.computeIfAbsent(own, StrokeStyle::of));
        } else if (s instanceof MarkerSymbolizer m) {
          String file = own.properties().get("file");
          if (file == null && "arrow".equals(own.properties().get("marker-type"))) {
            file = "shape://arrow";
          }
          if ("shape://arrow".equals(file)) {
            arrows(m, own);
          } else if (file != null && !file.startsWith("shape://")) {
            fileMarkers(m, own, file);
          } else {
            markers(m, own);
          }
        } else if (s instanceof GenericSymbolizer gs && gs.spec().type().equals("DotSymbolizer")) {
          dots(gs.spec());
        } else if (s instanceof GenericSymbolizer gs
            && gs.spec().type().equals("PolygonPatternSymbolizer")) {
          pattern(gs.spec());
        } else if (s instanceof GenericSymbolizer gs
            && gs.spec().type().equals("PointSymbolizer")) {
          points(gs.spec());
        } else if (s instanceof GenericSymbolizer gs && gs.spec().type().equals("TextSymbolizer")) {
          text.paint(gs.spec(), current, f.attributes(), dynamic);
        } else if (s instanceof GenericSymbolizer gs
            && gs.spec().type().equals("LinePatternSymbolizer")) {
          linePattern(gs.spec());
        } else if (s instanceof GenericSymbolizer gs
            && gs.spec().type().equals("BuildingSymbolizer")) {
          building(gs.spec());
        } else if (s instanceof GenericSymbolizer gs
            && gs.spec().type().equals("ShieldSymbolizer")) {
          shields.paint(gs.spec(), current, f.attributes(), dynamic);
        }
      }
    }
    current = null;
    geometry = null;
  }

  /**
   * The symbolizer's {@code geometry-transform} for this feature (null: none): its pixels move
   * through it, translations times the scale factor as Mapnik's evaluate_transform takes them.
   */
  private java.awt.geom.AffineTransform geometryTransform(Map<String, String> p) {
    String text = p.get("geometry-transform");
    if (text == null) {
      return null;
    }
    TransformList list = transforms.computeIfAbsent(text, TransformList::parse);
    return list.isIdentity() ? null : list.evaluate(attributes, scale);
  }

  private double reachPx(List<Symbolizer> symbolizers) {
    double reach = 1;
    for (Symbolizer s : symbolizers) {
      if (s instanceof GenericSymbolizer || s instanceof DynamicSymbolizer) {
        // labels reach from the buffer into the image; a dynamic size is not known yet
        return Double.POSITIVE_INFINITY;
      }
      if (s instanceof LineSymbolizer l) {
        reach = Math.max(reach, l.width() * scale * MITER_LIMIT / 2 + 1);
      } else if (s instanceof MarkerSymbolizer m) {
        reach = Math.max(reach, (Math.max(m.width(), m.height()) / 2 + m.lineWidth()) * scale + 1);
      }
    }
    return reach;
  }

  private boolean visible(Envelope e, double reachPx) {
    if (reachPx == Double.POSITIVE_INFINITY) {
      return true;
    }
    double m = t.metres(reachPx);
    return e.getMinX() <= extent.maxX() + m
        && e.getMaxX() >= extent.minX() - m
        && e.getMinY() <= extent.maxY() + m
        && e.getMaxY() >= extent.minY() - m;
  }

  private void polygon(PolygonSymbolizer p, SymbolizerSpec spec, int[] gamma) {
    if (!PixelSequences.hasPolygons(current)) {
      return;
    }
    Map<String, String> props = spec.properties();
    double simplify = number(props, "simplify", 0);
    double smooth = number(props, "smooth", 0);
    if (simplify > 0 || smooth > 0 || geometry != null) {
      // Mapnik clips polygons to the image first (unless polygon-clip: false); its converters
      // (geometry-transform, simplify, smooth) then move and round the cut edges too.
      PixelSequences.Sink ring =
          PixelSequences.transformed(
              geometry,
              simplifyAndSmooth(simplify, smooth, (xs, ys, n, closed) -> addPolygon(xs, ys, n)));
      boolean clip = !"false".equals(props.get("clip"));
      ringClipper.box(0, 0, job.widthPx(), job.heightPx());
      sequences.forEach(
          current,
          true,
          false,
          (xs, ys, n, closed) -> {
            if (clip) {
              ringClipper.clip(xs, ys, n, ring);
            } else {
              ring.accept(xs, ys, n, true);
            }
          });
    } else {
      sequences.forEach(current, true, false, (xs, ys, n, closed) -> addPolygon(xs, ys, n));
    }
    // Mapnik's AGG polygon symbolizer fills with the even-odd rule.
    fill(withOpacity(p.fill(), p.opacity()), true, gamma);
  }

  private void line(LineSymbolizer l, StrokeStyle st) {
    if (!(l.width() > 0)) {
      return;
    }
    stroker.configure(l.width() * scale, st.join(), st.cap(), st.miterLimit(), scale);
    double[] dashes = st.dashes(scale);
    PixelSequences.Sink stroke =
        (xs, ys, n, closed) -> {
          if (dashes == null) {
            stroker.stroke(xs, ys, n, closed, raster);
          } else {
            stroker.dashed(xs, ys, n, closed, dashes, st.dashOffset() * scale, raster);
          }
        };
    // Mapnik's converter order: clip, simplify, (smooth,) offset, dash, stroke.
    double offset = st.offset() * scale;
    PixelSequences.Sink offsetThenStroke =
        offset == 0
            ? stroke
            : (xs, ys, n, closed) -> offsetPath.offset(xs, ys, n, closed, offset, stroke);
    PixelSequences.Sink outline =
        PixelSequences.transformed(
            geometry, simplifyAndSmooth(st.simplify(), st.smooth(), offsetThenStroke));
    if (st.clip()) {
      double[] box = clipBox(l.width(), st.offset());
      double x0 = box[0];
      double y0 = box[1];
      double x1 = box[2];
      double y1 = box[3];
      lineClipper.box(x0, y0, x1, y1);
      ringClipper.box(x0, y0, x1, y1);
      sequences.forEach(
          current,
          true,
          true,
          (xs, ys, n, closed) -> {
            if (closed) {
              ringClipper.clip(xs, ys, n, outline);
            } else {
              lineClipper.clip(xs, ys, n, false, outline);
            }
          });
    } else {
      sequences.forEach(current, true, true, outline);
    }
    fill(withOpacity(l.color(), l.opacity()), false, st.gamma());
  }

  /**
   * Mapnik's {@code simplify} then {@code smooth} converters in front of {@code next} (each only
   * when set).
   */
  private PixelSequences.Sink simplifyAndSmooth(
      double simplify, double smooth, PixelSequences.Sink next) {
    PixelSequences.Sink smoothed =
        smooth > 0
            ? (xs, ys, n, closed) -> smoother.smooth(xs, ys, n, closed, Math.min(1, smooth), next)
            : next;
    return simplify > 0
        ? (xs, ys, n, closed) -> simplifier.simplify(xs, ys, n, closed, simplify, smoothed)
        : smoothed;
  }

  /**
   * Mapnik's clip box for lines, in pixels: the renderer's query extent (the image itself, not its
   * buffer, cut to the map's maximum extent, the Web Mercator world as CARTO sets it), padded by
   * its width in image pixels over the image's, times Mapnik 3.1's pixel count {@code ceil(max(w/2
   * + |offset|, 5 |offset|))}, times the scale factor. Lines of the buffer are cut there, which
   * moves dashes.
   */
  private double[] clipBox(double width, double offset) {
    double x0 = Math.max(0, t.x(-MAXIMUM_EXTENT));
    double x1 = Math.min(job.widthPx(), t.x(MAXIMUM_EXTENT));
    double y0 = Math.max(0, t.y(MAXIMUM_EXTENT));
    double y1 = Math.min(job.heightPx(), t.y(-MAXIMUM_EXTENT));
    double off = Math.abs(offset);
    double pad = (x1 - x0) / job.widthPx() * Math.ceil(Math.max(width / 2 + off, off * 5)) * scale;
    return new double[] {x0 - pad, y0 - pad, x1 + pad, y1 + pad};
  }

  /** One closed polygon into the rasterizer. */
  private void addPolygon(double[] xs, double[] ys, int n) {
    raster.moveTo(xs[0], ys[0]);
    for (int i = 1; i < n; i++) {
      raster.lineTo(xs[i], ys[i]);
    }
  }

  private void fill(Color c, boolean evenOdd, int[] gamma) {
    if (raster.isEmpty() || c.getAlpha() == 0) {
      raster.reset();
      return;
    }
    raster.fill(pixels, job.widthPx(), job.heightPx(), premultiplied(c), evenOdd, gamma, op);
  }

  private void markers(MarkerSymbolizer m, SymbolizerSpec spec) {
    double lw = m.lineWidth() * scale;
    // Mapnik's marker box: the polygon's own bounds, grown by half the stroke only when
    // marker-line-width is set.
    double halfStroke = spec.properties().containsKey("stroke-width") ? lw / 2 : 0;
    boolean place = !"true".equals(spec.properties().get("ignore-placement"));
    Color fill = withOpacity(m.fill(), m.fillOpacity() * m.opacity());
    Color outline = lw > 0 ? withOpacity(m.lineColor(), m.lineOpacity() * m.opacity()) : null;
    if (outline != null) {
      // The SVG renderer strokes the marker with its defaults: miter joins, butt caps.
      stroker.configure(lw, LineStroker.Join.MITER, LineStroker.Cap.BUTT, 4, scale);
    }
    if (ellipse == null || ellipseWidth != m.width() || ellipseHeight != m.height()) {
      ellipse = new MarkerEllipse(m.width(), m.height());
      ellipseWidth = m.width();
      ellipseHeight = m.height();
    }
    MarkerEllipse e = ellipse;
    java.awt.geom.AffineTransform tr = markerTransform(spec.properties());
    TurnedMarker draw = (px, py, local) -> drawEllipse(e, px, py, local, fill, outline);
    double bx0 = e.minX() * scale - halfStroke;
    double by0 = e.minY() * scale - halfStroke;
    double bx1 = e.maxX() * scale + halfStroke;
    double by1 = e.maxY() * scale + halfStroke;
    if ("line".equals(spec.properties().get("placement"))) {
      alongLines(spec.properties(), bx0, by0, bx1, by1, m.allowOverlap(), place, tr, draw);
      return;
    }
    if (tr != null) {
      transformedPoints(spec.properties(), bx0, by0, bx1, by1, m.allowOverlap(), place, tr, draw);
      return;
    }
    // Placed markers claim their box even when they may overlap, unless ignore-placement.
    placements(
        spec.properties().get("placement"),
        spec.properties().get("multi-policy"),
        (px, py) -> placeBox(px, py, bx0, by0, bx1, by1, null, m.allowOverlap(), place, draw));
  }

  private void drawEllipse(
      MarkerEllipse e,
      double px,
      double py,
      java.awt.geom.AffineTransform local,
      Color fill,
      Color outline) {
    int count = e.place(px, py, scale, local);
    double[] xs = e.xs();
    double[] ys = e.ys();
    addPolygon(xs, ys, count);
    fill(fill, false, null);
    if (outline != null) {
      stroker.stroke(xs, ys, count, true, raster);
      fill(outline, false, null);
    }
  }

  /**
   * Draws one marker transformed by {@code local} (its marker-transform, then a turn along a line;
   * null for none) about its placement point.
   */
  @FunctionalInterface
  private interface TurnedMarker {
    void draw(double px, double py, java.awt.geom.AffineTransform local);
  }

  /** The feature's {@code marker-transform}, or null when it has none. */
  private java.awt.geom.AffineTransform markerTransform(Map<String, String> p) {
    TransformList list = transforms.computeIfAbsent(p.get("transform"), TransformList::parse);
    return list.isIdentity() ? null : list.evaluate(attributes, scale);
  }

  /**
   * Places the marker whose box (relative to the point) is x0..x1 × y0..y1 if that box, through
   * {@code local}, is free: Mapnik's {@code perform_transform} bounds collide.
   */
  private boolean placeBox(
      double px,
      double py,
      double x0,
      double y0,
      double x1,
      double y1,
      java.awt.geom.AffineTransform local,
      boolean allowOverlap,
      boolean place,
      TurnedMarker marker) {
    double[] c = {x0, y0, x1, y0, x1, y1, x0, y1};
    if (local != null) {
      local.transform(c, 0, c, 0, 4);
    }
    double bx0 = px + Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6]));
    double by0 = py + Math.min(Math.min(c[1], c[3]), Math.min(c[5], c[7]));
    double bx1 = px + Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6]));
    double by1 = py + Math.max(Math.max(c[1], c[3]), Math.max(c[5], c[7]));
    // marker-avoid-edges: within the collision detector's extent, the image and its buffer
    double b = job.bufferPx();
    if (avoidEdges
        && (bx0 < -b || by0 < -b || bx1 > job.widthPx() + b || by1 > job.heightPx() + b)) {
      return false;
    }
    if (!allowOverlap && !collisions.isFree(bx0, by0, bx1, by1)) {
      return false;
    }
    if (place) {
      collisions.insert(bx0, by0, bx1, by1);
    }
    marker.draw(px, py, local);
    return true;
  }

  /** Markers with a marker-transform at point-like placements. */
  private void transformedPoints(
      Map<String, String> p,
      double x0,
      double y0,
      double x1,
      double y1,
      boolean allowOverlap,
      boolean place,
      java.awt.geom.AffineTransform tr,
      TurnedMarker marker) {
    placements(
        p.get("placement"),
        p.get("multi-policy"),
        (px, py) -> placeBox(px, py, x0, y0, x1, y1, tr, allowOverlap, place, marker));
  }

  /**
   * {@code marker-placement: line}: markers along each line (or polygon ring) every {@code
   * marker-spacing} pixels, turned along it after their marker-transform {@code tr} (or null); the
   * box (relative to the point) collides as its transformed bounds, as Mapnik's {@code
   * perform_transform}.
   */
  private void alongLines(
      Map<String, String> p,
      double x0,
      double y0,
      double x1,
      double y1,
      boolean allowOverlap,
      boolean place,
      java.awt.geom.AffineTransform tr,
      TurnedMarker marker) {
    double spacing = number(p, "spacing", 100) * scale;
    double maxError = number(p, "max-error", 0.2);
    String direction = p.getOrDefault("direction", "right");
    MarkerPlacement.LineSink candidate =
        (px, py, segmentAngle) -> {
          double angle = MarkerPlacement.direction(segmentAngle, direction);
          if (Double.isNaN(angle)) {
            return false;
          }
          java.awt.geom.AffineTransform local =
              java.awt.geom.AffineTransform.getRotateInstance(angle);
          if (tr != null) {
            local.concatenate(tr);
          }
          return placeBox(px, py, x0, y0, x1, y1, local, allowOverlap, place, marker);
        };
    for (org.locationtech.jts.geom.Coordinate pt : points(current)) {
      candidate.at(t.x(pt.x), t.y(pt.y), 0);
    }
    // the marker's extent along the line: its box through the marker-transform
    double[] c = {x0, y0, x1, y0, x1, y1, x0, y1};
    if (tr != null) {
      tr.transform(c, 0, c, 0, 4);
    }
    double along =
        Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6]))
            - Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6]));
    // Markers are clipped to the image unless marker-clip: false; a line cut into pieces gets
    // markers on its first piece only, as Mapnik's placement reads one sub-path.
    boolean clip = !"false".equals(p.get("clip"));
    lineClipper.box(0, 0, job.widthPx(), job.heightPx());
    ringClipper.box(0, 0, job.widthPx(), job.heightPx());
    PixelSequences.Sink alongPath =
        (xs, ys, n, closed) ->
            MarkerPlacement.along(xs, ys, n, closed, spacing, maxError, along, candidate);
    // marker-offset: the path the markers follow is offset as a line's is, after the clip
    double offset = number(p, "offset", 0) * scale;
    PixelSequences.Sink place1 =
        offset == 0
            ? alongPath
            : (xs, ys, n, closed) -> offsetPath.offset(xs, ys, n, closed, offset, alongPath);
    sequences.exteriorsAndLines(
        current,
        (xs, ys, n, closed) -> {
          if (!clip) {
            place1.accept(xs, ys, n, closed);
          } else if (closed) {
            ringClipper.clip(xs, ys, n, place1);
          } else {
            boolean[] first = {true};
            lineClipper.clip(
                xs,
                ys,
                n,
                false,
                (cxs, cys, cn, cclosed) -> {
                  if (first[0]) {
                    first[0] = false;
                    place1.accept(cxs, cys, cn, cclosed);
                  }
                });
          }
        });
  }

  /** The points of a (multi)point geometry: one line marker each, at angle 0. */
  private static List<org.locationtech.jts.geom.Coordinate> points(Geometry g) {
    if (g instanceof org.locationtech.jts.geom.Point pt) {
      return List.of(pt.getCoordinate());
    }
    List<org.locationtech.jts.geom.Coordinate> out = new java.util.ArrayList<>();
    for (int k = 0; k < g.getNumGeometries(); k++) {
      if (g.getGeometryN(k) instanceof org.locationtech.jts.geom.Point pt && !pt.isEmpty()) {
        out.add(pt.getCoordinate());
      }
    }
    return out;
  }

  /** A numeric property, or {@code dflt} when unset or no number. */
  static double number(Map<String, String> p, String key, double dflt) {
    String v = p.get(key);
    if (v == null) {
      return dflt;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  /**
   * Markers drawn from a file, as Mapnik places them: scaled to {@code marker-width} and/or {@code
   * marker-height} (one alone keeps the aspect ratio; neither: the file's own size), times the
   * scale factor, centred on the point and snapped to whole pixels.
   */
  private void fileMarkers(MarkerSymbolizer m, SymbolizerSpec spec, String file) {
    MarkerImage image = images.get(file);
    if (image == null || !(image.width() > 0) || !(image.height() > 0)) {
      return;
    }
    Map<String, String> p = spec.properties();
    double[] fit = fit(m, p, image);
    double sx = fit[0];
    double sy = fit[1];
    double w = image.width() * sx * scale;
    double h = image.height() * sy * scale;
    double ssx = sx * scale;
    double ssy = sy * scale;
    // Vector files snap to the nearest pixel; unscaled rasters are blended at the truncated
    // position, as Mapnik's blend_from takes an int.
    boolean truncate = image.isRaster() && sx == 1 && sy == 1 && scale == 1;
    boolean place = !"true".equals(p.get("ignore-placement"));
    SvgOverrides fill = overrides(m, p);
    String key = file + '|' + ssx + '|' + ssy + '|' + fill;
    java.awt.image.BufferedImage sprite =
        sprites.computeIfAbsent(key, k -> image.sprite(ssx, ssy, fill));
    java.awt.geom.AffineTransform tr = markerTransform(p);
    TurnedMarker draw =
        (px, py, local) -> turned(image, sprite, px, py, ssx, ssy, local, fill, m.opacity());
    if ("line".equals(p.get("placement"))) {
      alongLines(p, -w / 2, -h / 2, w / 2, h / 2, m.allowOverlap(), place, tr, draw);
      return;
    }
    if (tr != null) {
      transformedPoints(p, -w / 2, -h / 2, w / 2, h / 2, m.allowOverlap(), place, tr, draw);
      return;
    }
    double cx = image.centreX(ssx);
    double cy = image.centreY(ssy);
    stamp(
        sprite,
        cx,
        cy,
        w,
        h,
        truncate,
        m.allowOverlap(),
        place,
        m.opacity(),
        p.get("placement"),
        p.get("multi-policy"));
  }

  /**
   * Point symbols ({@code point-file}, else Mapnik's default 4×4 black square), one per feature: at
   * its centroid (a multi-part geometry's as a whole) or a polygon's interior, unscaled but for the
   * scale factor.
   */
  private void points(SymbolizerSpec spec) {
    Map<String, String> p = spec.properties();
    String file = p.get("file");
    MarkerImage image = file == null ? MarkerImage.DEFAULT_POINT : images.get(file);
    if (image == null || !(image.width() > 0) || !(image.height() > 0)) {
      return;
    }
    String key = (file == null ? "" : file) + '|' + scale;
    java.awt.image.BufferedImage sprite =
        sprites.computeIfAbsent(key, k -> image.sprite(scale, scale, SvgOverrides.NONE));
    double opacity = p.containsKey("opacity") ? Double.parseDouble(p.get("opacity")) : 1;
    String placement = "interior".equals(p.get("placement")) ? "interior" : "point";
    if (placement.equals("interior")
        && current instanceof org.locationtech.jts.geom.GeometryCollection) {
      return; // Mapnik finds no interior point for a multi-part geometry, and draws none
    }
    java.awt.geom.AffineTransform tr = markerTransform(p);
    if (tr != null) {
      double w = image.width() * scale;
      double h = image.height() * scale;
      boolean allow = "true".equals(p.get("allow-overlap"));
      boolean place = !"true".equals(p.get("ignore-placement"));
      placements(
          placement,
          "whole",
          (px, py) ->
              placeBox(
                  px,
                  py,
                  -w / 2,
                  -h / 2,
                  w / 2,
                  h / 2,
                  tr,
                  allow,
                  place,
                  (x, y, local) ->
                      turned(
                          image, sprite, x, y, scale, scale, local, SvgOverrides.NONE, opacity)));
      return;
    }
    stamp(
        sprite,
        image.centreX(scale),
        image.centreY(scale),
        image.width() * scale,
        image.height() * scale,
        false,
        "true".equals(p.get("allow-overlap")),
        !"true".equals(p.get("ignore-placement")),
        opacity,
        placement,
        "whole"); // one symbol per feature: a multi-part geometry's centroid
  }

  /**
   * Fills polygons with a repeating image ({@code polygon-pattern-file}) as Mapnik does: aligned to
   * the image's origin ({@code global}) or to the feature's first vertex ({@code local}), {@code
   * polygon-pattern-opacity} and {@code -gamma}, even-odd.
   */
  private void pattern(SymbolizerSpec spec) {
    Map<String, String> p = spec.properties();
    String file = p.get("file");
    MarkerImage image = file == null ? null : images.get(file);
    if (image == null || !PixelSequences.hasPolygons(current)) {
      return;
    }
    java.awt.image.BufferedImage tile =
        sprites.computeIfAbsent(
            file + "|pattern|" + scale,
            k ->
                image.sprite(
                    image.isRaster() ? 1 : scale, image.isRaster() ? 1 : scale, SvgOverrides.NONE));
    int pw = tile.getWidth();
    int ph = tile.getHeight();
    int[] pix = ((java.awt.image.DataBufferInt) tile.getRaster().getDataBuffer()).getData();
    sequences.forEach(current, true, false, (xs, ys, n, closed) -> addPolygon(xs, ys, n));
    int ox = 0;
    int oy = 0;
    if ("local".equals(p.get("alignment"))) {
      double[] anchor = localAnchor();
      // Mapnik's offset is the image size minus the anchor, as unsigned ints.
      ox = (int) Math.floor(job.widthPx() - anchor[0]);
      oy = (int) Math.floor(job.heightPx() - anchor[1]);
    }
    double opacity = p.containsKey("opacity") ? Double.parseDouble(p.get("opacity")) : 1;
    raster.fillPattern(
        pixels,
        job.widthPx(),
        job.heightPx(),
        true,
        StrokeStyle.gammaTable(p.get("gamma")),
        pix,
        pw,
        ph,
        ox,
        oy,
        opacity);
  }

  /**
   * Where Mapnik anchors a local pattern: the first vertex of the feature's last polygon, as its
   * vertex processor overwrites the anchor polygon by polygon (found against Mapnik's output:
   * unclipped, even far outside the image).
   */
  private double[] localAnchor() {
    double[] anchor = {0, 0};
    for (int k = 0; k < current.getNumGeometries(); k++) {
      if (current.getGeometryN(k) instanceof org.locationtech.jts.geom.Polygon poly
          && !poly.isEmpty()) {
        var cs = poly.getExteriorRing().getCoordinateSequence();
        anchor[0] = t.x(cs.getX(0));
        anchor[1] = t.y(cs.getY(0));
      }
    }
    return anchor;
  }

  /**
   * {@code line-pattern-file}: see {@link LinePatternPainter}; clipped (unless {@code
   * line-pattern-clip: false}), simplified and offset as lines are, the clip box padded by half the
   * pattern's larger side.
   */
  private void linePattern(SymbolizerSpec spec) {
    Map<String, String> p = spec.properties();
    String file = p.get("file");
    MarkerImage image = file == null ? null : images.get(file);
    if (image == null || !(image.width() > 0) || !(image.height() > 0)) {
      return;
    }
    java.awt.image.BufferedImage tile =
        sprites.computeIfAbsent(file + "|line-pattern|" + scale, k -> image.boxSprite(scale));
    int pw = tile.getWidth();
    int ph = tile.getHeight();
    int[] pix = ((java.awt.image.DataBufferInt) tile.getRaster().getDataBuffer()).getData();
    linePatterns.begin(pix, pw, ph, number(p, "opacity", 1), op);
    double offset = number(p, "offset", 0) * scale;
    double simplify = number(p, "simplify", 0);
    PixelSequences.Sink draw = linePatterns::path;
    PixelSequences.Sink offsetThenDraw =
        offset == 0
            ? draw
            : (xs, ys, n, closed) -> offsetPath.offset(xs, ys, n, closed, offset, draw);
    PixelSequences.Sink outline =
        PixelSequences.transformed(
            geometry, simplifyAndSmooth(simplify, number(p, "smooth", 0), offsetThenDraw));
    if ("false".equals(p.get("clip"))) {
      sequences.forEach(current, true, true, outline);
      return;
    }
    // Mapnik pads by half the scaled pattern, times the scale factor again
    double[] box = clipBox(Math.max(pw, ph), offset / scale);
    lineClipper.box(box[0], box[1], box[2], box[3]);
    // Mapnik clips a pattern's rings as lines: open, through their closing edge.
    sequences.forEach(
        current, true, true, (xs, ys, n, closed) -> lineClipper.clip(xs, ys, n, closed, outline));
  }

  /** {@code building-*}: see {@link BuildingPainter}; the height is in map units. */
  private void building(SymbolizerSpec spec) {
    Map<String, String> p = spec.properties();
    if (!PixelSequences.hasPolygons(current)) {
      return;
    }
    Color fill = p.containsKey("fill") ? io.windlass.style.Colors.parse(p.get("fill")) : null;
    if (fill == null) {
      fill = new Color(128, 128, 128);
    }
    double rise = number(p, "height", 0) * scale * job.widthPx() / extent.width();
    buildings.paint(current, rise, fill, number(p, "fill-opacity", 1), scale, op);
  }

  /**
   * Dots ({@code dot-*}): an ellipse of {@code dot-width} × {@code dot-height} (default 1) on every
   * vertex, each drawn on its own, as Mapnik's dot symbolizer.
   */
  private void dots(SymbolizerSpec spec) {
    Map<String, String> p = spec.properties();
    double w = p.containsKey("width") ? Double.parseDouble(p.get("width")) : 1;
    double h = p.containsKey("height") ? Double.parseDouble(p.get("height")) : w;
    if (!p.containsKey("width") && p.containsKey("height")) {
      w = h;
    }
    Color fill =
        p.containsKey("fill")
            ? io.windlass.style.Colors.parse(p.get("fill"))
            : new Color(128, 128, 128);
    if (fill == null) {
      return;
    }
    double opacity = p.containsKey("opacity") ? Double.parseDouble(p.get("opacity")) : 1;
    int colour = premultiplied(withOpacity(fill, opacity));
    double rx = w / 2 * scale;
    double ry = h / 2 * scale;
    java.util.List<double[]> points = new java.util.ArrayList<>();
    sequences.forEach(
        current,
        true,
        true,
        (xs, ys, count, closed) -> {
          for (int i = 0; i < count; i++) {
            points.add(new double[] {xs[i], ys[i]});
          }
        });
    if (current instanceof org.locationtech.jts.geom.Puntal) {
      for (org.locationtech.jts.geom.Coordinate c : current.getCoordinates()) {
        points.add(new double[] {t.x(c.x), t.y(c.y)});
      }
    }
    PointBuffer dot = new PointBuffer(16);
    for (double[] pt : points) {
      MarkerEllipse.polygon(pt[0], pt[1], rx, ry, dot);
      addPolygon(dot.x, dot.y, dot.size);
      raster.fill(pixels, job.widthPx(), job.heightPx(), colour, false, null, op);
    }
  }

  /**
   * Mapnik's {@code setup_transform_scaling}: a file scaled to marker-width and marker-height, one
   * alone keeping the aspect ratio, neither leaving it its own size.
   */
  private static double[] fit(MarkerSymbolizer m, Map<String, String> p, MarkerImage image) {
    boolean w = p.containsKey("width");
    boolean h = p.containsKey("height");
    if (w && h) {
      return new double[] {m.width() / image.width(), m.height() / image.height()};
    }
    if (w || h) {
      double s = w ? m.width() / image.width() : m.height() / image.height();
      return new double[] {s, s};
    }
    return new double[] {1, 1};
  }

  /** The marker properties set explicitly, which replace a file's own paint. */
  private static SvgOverrides overrides(MarkerSymbolizer m, Map<String, String> p) {
    return new SvgOverrides(
        p.containsKey("fill") ? withOpacity(m.fill(), m.fillOpacity()) : null,
        p.containsKey("stroke") ? withOpacity(m.lineColor(), m.lineOpacity()) : null,
        p.containsKey("stroke-width") ? m.lineWidth() : Double.NaN);
  }

  /**
   * Arrow markers ({@code shape://arrow}): Mapnik's arrow path scaled to marker-width/-height as
   * marker files are, drawn at the exact placement (Mapnik snaps only files named by URL).
   */
  private void arrows(MarkerSymbolizer m, SymbolizerSpec spec) {
    MarkerImage image = MarkerImage.ARROW;
    Map<String, String> p = spec.properties();
    double[] fit = fit(m, p, image);
    double sx = fit[0];
    double sy = fit[1];
    double ssx = sx * scale;
    double ssy = sy * scale;
    double w = image.width() * ssx;
    double h = image.height() * ssy;
    SvgOverrides fill = overrides(m, p);
    boolean place = !"true".equals(p.get("ignore-placement"));
    java.awt.geom.AffineTransform tr = markerTransform(p);
    TurnedMarker draw =
        (px, py, local) ->
            image.drawAt(
                g, pixels, job.widthPx(), job.heightPx(), px, py, ssx, ssy, local, false, fill);
    if ("line".equals(p.get("placement"))) {
      alongLines(p, -w / 2, -h / 2, w / 2, h / 2, m.allowOverlap(), place, tr, draw);
      return;
    }
    if (tr != null) {
      transformedPoints(p, -w / 2, -h / 2, w / 2, h / 2, m.allowOverlap(), place, tr, draw);
      return;
    }
    placements(
        p.get("placement"),
        p.get("multi-policy"),
        (px, py) -> {
          double bx0 = px - w / 2;
          double by0 = py - h / 2;
          if (!m.allowOverlap() && !collisions.isFree(bx0, by0, bx0 + w, by0 + h)) {
            return;
          }
          if (place) {
            collisions.insert(bx0, by0, bx0 + w, by0 + h);
          }
          image.drawAt(
              g, pixels, job.widthPx(), job.heightPx(), px, py, ssx, ssy, null, false, fill);
        });
  }

  /**
   * A marker file transformed (marker-transform, turned along a line): an SVG drawn as vector paths
   * at the pixel Mapnik snaps a file's position to, a raster resampled bilinearly.
   */
  private void turned(
      MarkerImage image,
      java.awt.image.BufferedImage sprite,
      double px,
      double py,
      double sx,
      double sy,
      java.awt.geom.AffineTransform local,
      SvgOverrides fill,
      double opacity) {
    if (!image.isRaster() && opacity >= 1) {
      image.drawAt(g, pixels, job.widthPx(), job.heightPx(), px, py, sx, sy, local, true, fill);
      return;
    }
    Graphics2D turned = (Graphics2D) g.create();
    try {
      turned.setRenderingHint(
          java.awt.RenderingHints.KEY_INTERPOLATION,
          java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      if (opacity < 1) {
        turned.setComposite(java.awt.AlphaComposite.SrcOver.derive((float) Math.max(0, opacity)));
      }
      turned.translate(px, py);
      if (local != null) {
        turned.transform(local);
      }
      turned.translate(-image.centreX(sx), -image.centreY(sy));
      turned.drawImage(sprite, 0, 0, null);
    } finally {
      turned.dispose();
    }
  }

  /** Draws {@code sprite} with its point ({@code cx, cy}) on every placement that is free. */
  private void stamp(
      java.awt.image.BufferedImage sprite,
      double cx,
      double cy,
      double w,
      double h,
      boolean truncate,
      boolean allowOverlap,
      boolean place,
      double opacity,
      String placement,
      String multiPolicy) {
    java.awt.Composite before = g.getComposite();
    if (opacity < 1) {
      g.setComposite(java.awt.AlphaComposite.SrcOver.derive((float) Math.max(0, opacity)));
    }
    placements(
        placement,
        multiPolicy,
        (px, py) -> {
          // The sprite is the whole file; the box's centre lands on the point.
          double x0 = truncate ? (int) (px - cx) : Math.round(px - cx);
          double y0 = truncate ? (int) (py - cy) : Math.round(py - cy);
          // The marker box around the point, before snapping, is what collides.
          double bx0 = px - w / 2;
          double by0 = py - h / 2;
          if (!allowOverlap && !collisions.isFree(bx0, by0, bx0 + w, by0 + h)) {
            return;
          }
          if (place) {
            collisions.insert(bx0, by0, bx0 + w, by0 + h);
          }
          g.drawImage(sprite, (int) x0, (int) y0, null);
        });
    g.setComposite(before);
  }

  private void placements(String placement, String multiPolicy, MarkerPlacement.Sink sink) {
    MarkerPlacement.forEach(
        current,
        t,
        MarkerPlacement.Kind.of(placement),
        multiPolicy == null ? "each" : multiPolicy,
        scale,
        sink);
  }

  /** The symbolizer's {@code comp-op} ({@code polygon-comp-op}, {@code line-comp-op}, …). */
  private static CompOp compOp(SymbolizerSpec spec) {
    return CompOp.of(spec.properties().get("comp-op"));
  }

  /** AGG's {@code gamma_power} table for {@code polygon-gamma} (null when 1: identity). */
  private static int[] polygonGamma(SymbolizerSpec spec) {
    return StrokeStyle.gammaTable(spec.properties().get("gamma"));
  }

  private static int premultiplied(Color c) {
    return CellRasterizer.premultiplied(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha());
  }

  /**
   * Mapnik truncates {@code alpha * opacity} to an integer; doing the same keeps pixels identical.
   */
  private static Color withOpacity(Color c, double opacity) {
    if (opacity >= 1) {
      return c;
    }
    int a = (int) (c.getAlpha() * Math.max(0, opacity));
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
  }
}
