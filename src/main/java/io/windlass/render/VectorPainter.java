package io.windlass.render;

import io.windlass.geo.Bbox;
import io.windlass.geo.Feature;
import io.windlass.style.GenericSymbolizer;
import io.windlass.style.LineSymbolizer;
import io.windlass.style.MarkerSymbolizer;
import io.windlass.style.PolygonSymbolizer;
import io.windlass.style.StyleRule;
import io.windlass.style.Symbolizer;
import io.windlass.style.SymbolizerSpec;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws the features of vector layers onto one render's {@link Graphics2D}. Per feature it asks the
 * style for symbolizers, rejects features whose envelope (grown by the symbol's reach) misses the
 * image, and builds each pixel-space path at most once. Confined to the rendering thread.
 */
final class VectorPainter {

  private static final float MITER_LIMIT = 4f;

  private final Graphics2D g;
  private final RenderJob job;
  private final PixelTransform t;
  private final Bbox extent;
  private final double scale;
  private final CollisionIndex collisions;
  private final TextPainter text;
  private final java.util.Map<SymbolizerSpec, StrokeStyle> strokeStyles =
      new java.util.IdentityHashMap<>();
  private MarkerEllipse ellipse;
  private double ellipseWidth = Double.NaN;
  private double ellipseHeight = Double.NaN;
  private BasicStroke stroke;

  // Per-feature lazily built paths.
  private Geometry current;
  private Path2D.Double rings;
  private Path2D.Double lines;

  VectorPainter(Graphics2D g, RenderJob job, CollisionIndex collisions, FontLibrary fonts) {
    this.g = g;
    this.job = job;
    this.t = PixelTransform.of(job.extent(), job.widthPx());
    this.extent = job.extent();
    this.scale = job.scaleFactor();
    this.collisions = collisions;
    this.text = new TextPainter(g, t, job, collisions, fonts);
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
      rings = null;
      lines = null;
      List<SymbolizerSpec> specs = null;
      for (int k = 0; k < symbolizers.size(); k++) {
        Symbolizer s = symbolizers.get(k);
        if (s instanceof LineSymbolizer && specs == null) {
          // The record lacks cap/join/dashes: read them from the rule's compiled spec (same order).
          StyleRule rule = layer.style().styles().get(style).firstMatch(f.attributes(), job.zoom());
          specs = rule.symbolizers();
        }
        if (s instanceof PolygonSymbolizer p) {
          polygon(p);
        } else if (s instanceof LineSymbolizer l) {
          line(l, strokeStyles.computeIfAbsent(specs.get(k), StrokeStyle::of));
        } else if (s instanceof MarkerSymbolizer m) {
          markers(m);
        } else if (s instanceof GenericSymbolizer gs && gs.spec().type().equals("TextSymbolizer")) {
          text.paint(gs.spec(), current, f.attributes());
        }
      }
    }
    current = null;
  }

  private double reachPx(List<Symbolizer> symbolizers) {
    double reach = 1;
    for (Symbolizer s : symbolizers) {
      if (s instanceof GenericSymbolizer) {
        return Double.POSITIVE_INFINITY; // labels reach from the buffer into the image
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

  private void polygon(PolygonSymbolizer p) {
    Path2D.Double path = rings();
    if (path == null) {
      return;
    }
    g.setColor(withOpacity(p.fill(), p.opacity()));
    g.fill(path);
  }

  private void line(LineSymbolizer l, StrokeStyle st) {
    if (!(l.width() > 0)) {
      return;
    }
    if (st.equals(StrokeStyle.DEFAULT)) {
      setStroke(l.width() * scale);
    } else {
      g.setStroke(st.stroke(l.width() * scale, scale));
    }
    g.setColor(withOpacity(l.color(), l.opacity()));
    Path2D.Double r = rings();
    if (r != null) {
      g.draw(r);
    }
    if (lines == null) {
      lines = new Path2D.Double(Path2D.WIND_NON_ZERO, 64);
      GeometryPaths.appendLines(current, t, lines);
    }
    if (lines.getCurrentPoint() != null) {
      g.draw(lines);
    }
  }

  private Path2D.Double rings() {
    if (rings == null) {
      if (!GeometryPaths.hasPolygons(current)) {
        return null;
      }
      // Mapnik's AGG polygon symbolizer fills with the even-odd rule.
      rings = new Path2D.Double(Path2D.WIND_EVEN_ODD, current.getNumPoints() + 8);
      GeometryPaths.appendRings(current, t, rings);
    }
    return rings;
  }

  private void markers(MarkerSymbolizer m) {
    double w = m.width() * scale;
    double h = m.height() * scale;
    double lw = m.lineWidth() * scale;
    Color fill = withOpacity(m.fill(), m.fillOpacity() * m.opacity());
    Color outline = lw > 0 ? withOpacity(m.lineColor(), m.lineOpacity() * m.opacity()) : null;
    if (outline != null) {
      setStroke(lw);
    }
    if (ellipse == null || ellipseWidth != m.width() || ellipseHeight != m.height()) {
      ellipse = new MarkerEllipse(m.width(), m.height());
      ellipseWidth = m.width();
      ellipseHeight = m.height();
    }
    MarkerPlacement.forEach(
        current,
        t,
        (px, py) -> {
          double x0 = px - w / 2;
          double y0 = py - h / 2;
          if (!m.allowOverlap()) {
            // Mapnik's marker box includes the outline stroke.
            double bx0 = x0 - lw / 2;
            double by0 = y0 - lw / 2;
            double bx1 = x0 + w + lw / 2;
            double by1 = y0 + h + lw / 2;
            if (!collisions.isFree(bx0, by0, bx1, by1)) {
              return;
            }
            collisions.insert(bx0, by0, bx1, by1);
          }
          Path2D.Double shape = ellipse.at(px, py, scale);
          g.setColor(fill);
          g.fill(shape);
          if (outline != null) {
            g.setColor(outline);
            g.draw(shape);
          }
        });
  }

  private void setStroke(double width) {
    if (stroke == null || stroke.getLineWidth() != (float) width) {
      stroke =
          new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, MITER_LIMIT);
      g.setStroke(stroke);
    } else if (g.getStroke() != stroke) {
      g.setStroke(stroke);
    }
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
