package io.windlass.metadata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/** Named-map templates of each account, stored as their JSON text (what is hashed). */
@ApplicationScoped
public class TemplateRepository {
  @PersistenceContext(unitName = "windlass")
  EntityManager em;

  /** Stores a new template; false when the account already has one of that name. */
  @Transactional
  public boolean create(String account, String name, String body, Geometry viewExtent) {
    if (em.find(TemplateRow.class, new TemplateRow.Key(account, name)) != null) return false;
    em.persist(new TemplateRow(account, name, body, viewExtent, Instant.now()));
    return true;
  }

  /** Replaces a template; false when there is none of that name. */
  @Transactional
  public boolean update(String account, String name, String body, Geometry viewExtent) {
    TemplateRow row = em.find(TemplateRow.class, new TemplateRow.Key(account, name));
    if (row == null) return false;
    row.body = body;
    row.viewExtent = viewExtent;
    row.updatedAt = Instant.now();
    return true;
  }

  @Transactional
  public boolean delete(String account, String name) {
    TemplateRow row = em.find(TemplateRow.class, new TemplateRow.Key(account, name));
    if (row == null) return false;
    em.remove(row);
    return true;
  }

  /** The stored JSON text of a template. */
  public Optional<String> find(String account, String name) {
    TemplateRow row = em.find(TemplateRow.class, new TemplateRow.Key(account, name));
    return row == null ? Optional.empty() : Optional.of(row.body);
  }

  public List<String> names(String account) {
    return em.createQuery(
            "select t.name from TemplateRow t where t.account = :a order by t.name", String.class)
        .setParameter("a", account)
        .getResultList();
  }

  /** When {@code account} was last told that it nears the template limit, if ever. */
  public Optional<Instant> lastLimitNotice(String account) {
    // Epoch milliseconds both ways: no JDBC time-zone conversion to get wrong.
    List<?> rows =
        em.createNativeQuery(
                "SELECT (extract(epoch from sent_at) * 1000)::bigint"
                    + " FROM windlass.template_limit_notice WHERE account = ?1")
            .setParameter(1, account)
            .getResultList();
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(((Number) rows.get(0)).longValue()));
  }

  /** Records that {@code account} was told at {@code at} that it nears the template limit. */
  @Transactional
  public void recordLimitNotice(String account, Instant at) {
    em.createNativeQuery(
            "INSERT INTO windlass.template_limit_notice (account, sent_at)"
                + " VALUES (?1, to_timestamp(?2 / 1000.0))"
                + " ON CONFLICT (account) DO UPDATE SET sent_at = EXCLUDED.sent_at")
        .setParameter(1, account)
        .setParameter(2, at.toEpochMilli())
        .executeUpdate();
  }

  public long count(String account) {
    return em.createQuery("select count(t) from TemplateRow t where t.account = :a", Long.class)
        .setParameter("a", account)
        .getSingleResult();
  }
}
