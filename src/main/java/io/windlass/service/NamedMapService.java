package io.windlass.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.account.Account;
import io.windlass.account.Credentials;
import io.windlass.mapconfig.JsJson;
import io.windlass.mapconfig.JsonText;
import io.windlass.metadata.TemplateRepository;
import io.windlass.template.Template;
import io.windlass.template.TemplateErrors;
import io.windlass.template.TemplateLimit;
import io.windlass.template.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Named maps: templates an account stores (with its master key) and anyone allowed by the
 * template's auth can instantiate into layergroups whose SQL runs as the account's owner role.
 */
@ApplicationScoped
public class NamedMapService {
  private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);

  /** How long a direct named tile reuses an instance before checking its tables again. */
  private static final long INSTANCE_REUSE_NANOS = 60_000_000_000L;

  @Inject TemplateRepository templates;
  @Inject LayergroupService layergroups;
  @Inject TileService tiles;

  TemplateLimit limit = TemplateLimit.CARTO;
  Clock clock = Clock.systemUTC();

  private final ConcurrentHashMap<String, Reused> instances = new ConcurrentHashMap<>();

  private record Reused(LayergroupService.Created created, long at) {}

  /**
   * A stored template's name, and the near-limit notice the creation answer carries (null when none
   * is due).
   */
  public record CreatedTemplate(String name, String limitMessage) {}

  public CreatedTemplate create(Account account, JsonNode body) {
    Template t = Template.parse(body);
    long count = templates.count(account.name());
    limit.checkCreate(account.name(), count);
    if (!templates.create(account.name(), t.name(), t.storedJson(), extent(t))) {
      throw TemplateErrors.alreadyExists(t.name(), account.name());
    }
    // Counting again would not make this exact under concurrent creations either (nor is CARTO's).
    if (!limit.near(count + 1)) return new CreatedTemplate(t.name(), null);
    Instant now = clock.instant();
    if (!TemplateLimit.noticeDue(templates.lastLimitNotice(account.name()).orElse(null), now)) {
      return new CreatedTemplate(t.name(), null);
    }
    templates.recordLimitNotice(account.name(), now);
    return new CreatedTemplate(t.name(), TemplateLimit.nearMessage(account.name()));
  }

  public void update(Account account, String name, JsonNode body) {
    Template t = Template.parse(body);
    if (!t.name().equals(name)) {
      throw TemplateErrors.cannotRename(name, t.name());
    }
    if (!templates.update(account.name(), name, t.storedJson(), extent(t))) {
      throw TemplateErrors.doesNotExist(name, account.name());
    }
  }

  public void delete(Account account, String name) {
    if (!templates.delete(account.name(), name))
      throw TemplateErrors.doesNotExist(name, account.name());
  }

  public List<String> list(Account account) {
    return templates.names(account.name());
  }

  /** The stored template, for the admin GET (404 with CARTO's wording when missing). */
  public Template get(Account account, String name) {
    return find(account, name).orElseThrow(() -> TemplateErrors.cannotFind(name, account.name()));
  }

  /**
   * Instantiates a template into a stored layergroup as the owner, if {@code authTokens} satisfy
   * its auth (an api key does not replace a template token, as in CARTO).
   *
   * @param params placeholder values (and optionally {@code styles})
   */
  public Instance instantiate(
      Credentials who, String name, JsonNode params, List<String> authTokens, String mapUrl) {
    Template t = authorizedTemplate(who.account(), name, authTokens);
    ObjectNode config = t.instantiate(params == null ? JsonText.MAPPER.createObjectNode() : params);
    var owner = new Credentials(who.account(), who.account().owner(), true, who.apiKey());
    ObjectNode templateKey = (ObjectNode) config.remove("template");
    var signature = new LayergroupService.Signature(who.account().name(), t.hash8(), templateKey);
    return new Instance(t, layergroups.create(owner, config, mapUrl, signature));
  }

  /**
   * A tile of a template instantiated with {@code params}, without handing out a layergroup (the
   * {@code /named/:name/:layer/:z/:x/:y} route). The instance is reused for a minute per template
   * version and parameters; a template update changes its hash and so the instance.
   */
  public Tile tile(Credentials who, String name, JsonNode params, TileRequest req, String mapUrl) {
    Template t = authorizedTemplate(who.account(), name, req.authTokens());
    String key =
        who.account().name() + '\n' + name + '\n' + t.hash8() + '\n' + JsJson.stringify(params);
    long now = System.nanoTime();
    Reused r = instances.get(key);
    if (r == null || now - r.at() > INSTANCE_REUSE_NANOS) {
      var created = instantiate(who, name, params, req.authTokens(), mapUrl).created();
      r = new Reused(created, now);
      if (instances.size() > 2000) instances.clear();
      instances.put(key, r);
    }
    var owner = new Credentials(who.account(), who.account().owner(), true, null);
    var created = r.created();
    return tiles.serve(
        owner,
        created.config(),
        created.freshness(),
        created.mapId() + ':' + created.cacheBuster(),
        req,
        created.cacheBuster() > 0 ? created.cacheBuster() : System.currentTimeMillis());
  }

  /** A template instance: the template and the created layergroup. */
  public record Instance(Template template, LayergroupService.Created created) {}

  /** The template, if it exists and {@code authTokens} satisfy its auth; CARTO's 404 / 403. */
  public Template authorizedTemplate(Account account, String name, List<String> authTokens) {
    Template t =
        find(account, name).orElseThrow(() -> TemplateErrors.notFound(name, account.name()));
    if (!t.authorizes(authTokens)) {
      throw TemplateErrors.unauthorizedInstantiation();
    }
    return t;
  }

  private Optional<Template> find(Account account, String name) {
    return templates.find(account.name(), name).map(Template::fromStored);
  }

  /** view.bounds as a polygon, else view.center as a point, in EPSG:4326; null without either. */
  static Geometry extent(Template t) {
    Optional<View> view = t.view();
    if (view.isEmpty()) return null;
    if (view.get().bounds().isPresent()) {
      double[] b = view.get().bounds().get();
      return LON_LAT.toGeometry(new Envelope(b[0], b[2], b[1], b[3]));
    }
    if (view.get().center().isPresent()) {
      double[] c = view.get().center().get();
      return LON_LAT.createPoint(new Coordinate(c[0], c[1]));
    }
    return null;
  }
}
