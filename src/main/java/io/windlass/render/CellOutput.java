package io.windlass.render;

import com.github.weisj.jsvg.renderer.Graphics2DOutput;
import com.github.weisj.jsvg.renderer.Output;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;

/**
 * Where JSVG draws an SVG marker file: solid fills and strokes go through the AGG-style {@link
 * CellRasterizer} and {@link LineStroker}, as Mapnik's own SVG renderer draws them, so marker files
 * get the same edges as everything else; gradients, patterns, clips and images fall back to Java2D.
 * Draws into the premultiplied pixels of the image {@code g} paints.
 */
final class CellOutput extends Graphics2DOutput {

  /** Curves are flattened to this many pixels, below what anti-aliasing shows. */
  private static final double FLATNESS = 0.05;

  private final Graphics2D g;
  private final int[] pixels;
  private final int width;
  private final int height;
  private final CellRasterizer raster = new CellRasterizer();
  private final LineStroker stroker = new LineStroker();
  private final PointBuffer points = new PointBuffer(64);
  private final SvgOverrides overrides;

  /**
   * @param overrides what explicit marker properties replace in the file
   */
  CellOutput(Graphics2D g, int[] pixels, int width, int height, SvgOverrides overrides) {
    super(g);
    this.g = g;
    this.pixels = pixels;
    this.width = width;
    this.height = height;
    this.overrides = overrides;
  }

  /** Collects the bounds of what a document fills and strokes, geometry only: Mapnik's box. */
  static final class Bounds extends Graphics2DOutput {
    private final Graphics2D g;
    private final Bounds root; // children of groups add to the document's outermost output
    private java.awt.geom.Rectangle2D union;

    Bounds(Graphics2D g) {
      this(g, null);
    }

    private Bounds(Graphics2D g, Bounds root) {
      super(g);
      this.g = g;
      this.root = root == null ? this : root;
    }

    private void add(Shape shape) {
      java.awt.geom.Rectangle2D r =
          g.getTransform().createTransformedShape(aggShape(shape)).getBounds2D();
      root.union = root.union == null ? r : root.union.createUnion(r);
    }

    @Override
    public void fillShape(Shape shape) {
      add(shape);
    }

    @Override
    public void drawShape(Shape shape) {
      add(shape);
    }

    @Override
    public Output createChild() {
      return new Bounds((Graphics2D) g.create(), root);
    }

    java.awt.geom.Rectangle2D result() {
      return union;
    }
  }

  @Override
  public void fillShape(Shape shape) {
    Integer colour = solidColour(overrides.fill());
    if (colour == null || !clipIsImage()) {
      super.fillShape(shape);
      return;
    }
    PathIterator it = aggShape(shape).getPathIterator(g.getTransform(), FLATNESS);
    boolean evenOdd = it.getWindingRule() == PathIterator.WIND_EVEN_ODD;
    double[] c = new double[6];
    while (!it.isDone()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> raster.moveTo(c[0], c[1]);
        case PathIterator.SEG_LINETO -> raster.lineTo(c[0], c[1]);
        case PathIterator.SEG_CLOSE -> raster.close();
        default -> {
          // Flattened: no curves.
        }
      }
      it.next();
    }
    raster.fill(pixels, width, height, colour, evenOdd, null);
  }

  @Override
  public void drawShape(Shape shape) {
    if (overrides.strokeWidth() == 0) {
      return; // marker-line-width: 0 strokes nothing
    }
    Integer colour = solidColour(overrides.stroke());
    Stroke s = g.getStroke();
    AffineTransform at = g.getTransform();
    if (colour == null
        || !clipIsImage()
        || !(s instanceof BasicStroke bs)
        || bs.getDashArray() != null) {
      super.drawShape(shape);
      return;
    }
    // A turn and a uniform scale (a marker along a line): stroked in device space, the width
    // scaled by the latter. Any other transform (a marker-transform's scale(2,1)): stroked in the
    // file's units, the outline then transformed, as AGG's conv_transform(conv_stroke).
    boolean similar = isSimilarity(at);
    double scale = similar ? Math.sqrt(Math.abs(at.getDeterminant())) : 1;
    double lineWidth =
        Double.isNaN(overrides.strokeWidth()) ? bs.getLineWidth() : overrides.strokeWidth();
    stroker.configure(
        lineWidth * scale,
        switch (bs.getLineJoin()) {
          case BasicStroke.JOIN_ROUND -> LineStroker.Join.ROUND;
          case BasicStroke.JOIN_BEVEL -> LineStroker.Join.BEVEL;
          default -> LineStroker.Join.MITER;
        },
        switch (bs.getEndCap()) {
          case BasicStroke.CAP_ROUND -> LineStroker.Cap.ROUND;
          case BasicStroke.CAP_SQUARE -> LineStroker.Cap.SQUARE;
          default -> LineStroker.Cap.BUTT;
        },
        bs.getMiterLimit(),
        scale);
    PathIterator it = aggShape(shape).getPathIterator(similar ? at : null, FLATNESS);
    if (!similar) {
      raster.transform(at);
    }
    double[] c = new double[6];
    points.clear();
    while (!it.isDone()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> {
          strokePoints(false);
          points.add(c[0], c[1]);
        }
        case PathIterator.SEG_LINETO -> points.add(c[0], c[1]);
        case PathIterator.SEG_CLOSE -> strokePoints(true);
        default -> {
          // Flattened: no curves.
        }
      }
      it.next();
    }
    strokePoints(false);
    raster.transform(null);
    raster.fill(pixels, width, height, colour, false, null);
  }

  /**
   * Mapnik's SVG parser turns circles and ellipses into the polygon of {@code agg::ellipse} for
   * their radii in user units (a 16 px circle has 18 sides); other shapes are flattened as they
   * are.
   */
  private static Shape aggShape(Shape shape) {
    if (!(shape instanceof java.awt.geom.Ellipse2D e)) {
      return shape;
    }
    double rx = e.getWidth() / 2;
    double ry = e.getHeight() / 2;
    double cx = e.getCenterX();
    double cy = e.getCenterY();
    PointBuffer vertices = new PointBuffer(16);
    MarkerEllipse.polygon(cx, cy, rx, ry, vertices);
    java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
    p.moveTo(vertices.x[0], vertices.y[0]);
    for (int i = 1; i < vertices.size; i++) {
      p.lineTo(vertices.x[i], vertices.y[i]);
    }
    p.closePath();
    return p;
  }

  /** Whether {@code at} only turns, mirrors and scales uniformly (circles stay circles). */
  private static boolean isSimilarity(AffineTransform at) {
    double a = at.getScaleX();
    double b = at.getShearX();
    double c = at.getShearY();
    double d = at.getScaleY();
    double eps = 1e-9 * (Math.abs(a) + Math.abs(b) + Math.abs(c) + Math.abs(d));
    return (Math.abs(a - d) <= eps && Math.abs(b + c) <= eps)
        || (Math.abs(a + d) <= eps && Math.abs(b - c) <= eps);
  }

  /**
   * No clip, or a quadrilateral: the viewport JSVG clips to (turned, for a marker along a line),
   * which a marker's shapes lie within and Mapnik does not clip to; other clips go through Java2D.
   */
  private boolean clipIsImage() {
    Shape clip = g.getClip();
    if (clip == null || clip instanceof java.awt.geom.Rectangle2D) {
      return true;
    }
    PathIterator it = clip.getPathIterator(null);
    double[] c = new double[6];
    int lines = 0;
    while (!it.isDone()) {
      int seg = it.currentSegment(c);
      if (seg == PathIterator.SEG_QUADTO || seg == PathIterator.SEG_CUBICTO) {
        return false;
      }
      if (seg == PathIterator.SEG_LINETO) {
        lines++;
      } else if (seg == PathIterator.SEG_MOVETO && lines > 0) {
        return false; // a second sub-path
      }
      it.next();
    }
    return lines <= 4;
  }

  private void strokePoints(boolean closed) {
    if (points.size > 1) {
      stroker.stroke(points.x, points.y, points.size, closed, raster);
    }
    points.clear();
  }

  /**
   * The current paint (or {@code override}) as a premultiplied colour with the group opacity, or
   * null if not solid.
   */
  private Integer solidColour(Color override) {
    Paint p = override != null ? override : g.getPaint();
    Composite comp = g.getComposite();
    if (!(p instanceof Color c)
        || !(comp instanceof AlphaComposite ac)
        || ac.getRule() != AlphaComposite.SRC_OVER) {
      return null;
    }
    int a = (int) (c.getAlpha() * ac.getAlpha() + 0.5);
    return CellRasterizer.premultiplied(c.getRed(), c.getGreen(), c.getBlue(), a);
  }

  @Override
  public Output createChild() {
    return new CellOutput((Graphics2D) g.create(), pixels, width, height, overrides);
  }
}
