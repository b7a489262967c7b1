package io.windlass.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.windlass.account.Account;
import io.windlass.account.DbRole;
import io.windlass.error.WindlassException;
import io.windlass.mapconfig.JsonText;
import io.windlass.metadata.TemplateRepository;
import io.windlass.template.TemplateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** The per-account template limit of creation (spec §1.4.1, §1.5), at and near 4096. */
class TemplateLimitTest {
  static final Account DEMO =
      Account.withKey("demo", "k", new DbRole("o", "p"), new DbRole("q", "r"));
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  /** As many templates as a test says, without a database. */
  static final class Templates extends TemplateRepository {
    long count;
    int created;
    Instant notice;
    int noticeReads;

    @Override
    public long count(String account) {
      return count;
    }

    @Override
    public boolean create(String account, String name, String body, Geometry viewExtent) {
      created++;
      return true;
    }

    @Override
    public Optional<Instant> lastLimitNotice(String account) {
      noticeReads++;
      return Optional.ofNullable(notice);
    }

    @Override
    public void recordLimitNotice(String account, Instant at) {
      notice = at;
    }
  }

  final Templates templates = new Templates();
  final NamedMapService service = new NamedMapService();

  TemplateLimitTest() {
    service.templates = templates;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  NamedMapService.CreatedTemplate create() {
    return service.create(
        DEMO,
        JsonText.parse(
            "{\"version\":\"0.0.1\",\"name\":\"t\",\"layergroup\":{\"layers\":[{\"options\":"
                + "{\"sql\":\"select 1\",\"cartocss\":\"#l{}\"}}]}}"));
  }

  @Test
  void theAccountHoldingTheLimitGets409AndNothingIsStored() {
    templates.count = 4096;
    var e = assertThrows(WindlassException.class, this::create);
    assertEquals(409, e.status());
    assertEquals(
        "User 'demo' reached limit on number of templates (4096/4096)",
        e.details().get(0).message());
    assertEquals(0, templates.created);

    templates.count = 5000; // overshot by concurrent creations: still refused, the count told
    var over = assertThrows(WindlassException.class, this::create);
    assertEquals(
        "User 'demo' reached limit on number of templates (5000/4096)",
        over.details().get(0).message());
  }

  @Test
  void theLastTemplateBelowTheLimitIsStoredWithTheNearLimitMessage() {
    templates.count = 4095;
    var created = create();
    assertEquals("t", created.name());
    assertEquals("User demo reaching the named maps limit", created.limitMessage());
    assertEquals(1, templates.created);
    assertEquals(NOW, templates.notice);
  }

  @Test
  void theMessageStartsWhenACreationLeavesTheAccount100FromTheLimit() {
    templates.count = 3994; // 3995 after: 101 from the limit
    assertNull(create().limitMessage());
    assertEquals(0, templates.noticeReads, "far from the limit the notice is not even read");
    assertNull(templates.notice);
    templates.count = 3995; // 3996 after: 100 from the limit
    assertEquals("User demo reaching the named maps limit", create().limitMessage());
  }

  @Test
  void theMessageIsRepeatedOnlyAfter30Days() {
    templates.count = 4000;
    Instant recent = NOW.minus(Duration.ofDays(29));
    templates.notice = recent;
    assertNull(create().limitMessage());
    assertEquals(recent, templates.notice, "an answer without the message does not renew it");

    templates.notice = NOW.minus(Duration.ofDays(31));
    assertEquals("User demo reaching the named maps limit", create().limitMessage());
    assertEquals(NOW, templates.notice);
    assertNull(create().limitMessage(), "told once, not at every creation");
  }

  @Test
  void aLimitOfZeroIsNoLimit() {
    var unlimited = new TemplateLimit(0);
    unlimited.checkCreate("demo", 1_000_000);
    assertEquals(false, unlimited.near(1_000_000));
    service.limit = unlimited;
    templates.count = 10_000;
    assertNull(create().limitMessage());
  }
}
