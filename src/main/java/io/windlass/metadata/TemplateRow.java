package io.windlass.metadata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A named-map template as stored in {@code windlass.template}: its JSON text exactly as hashed, and
 * its view extent as a geometry (Hibernate Spatial) for queries and previews.
 */
@Entity
@Table(name = "template")
@IdClass(TemplateRow.Key.class)
public class TemplateRow {
  @Id String account;
  @Id String name;

  @Column(name = "body", nullable = false)
  String body;

  /** view.bounds as a polygon, or view.center as a point, in EPSG:4326; null without a view. */
  @Column(name = "view_extent", columnDefinition = "geometry(Geometry,4326)")
  Geometry viewExtent;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected TemplateRow() {}

  TemplateRow(String account, String name, String body, Geometry viewExtent, Instant now) {
    this.account = account;
    this.name = name;
    this.body = body;
    this.viewExtent = viewExtent;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The composite primary key (account, name). */
  public static class Key implements Serializable {
    String account;
    String name;

    public Key() {}

    Key(String account, String name) {
      this.account = account;
      this.name = name;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(account, k.account)
          && Objects.equals(name, k.name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(account, name);
    }
  }
}
