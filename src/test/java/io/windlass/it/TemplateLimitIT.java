package io.windlass.it;

import static io.windlass.it.LayergroupIT.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limit of 4096 templates per account (spec §1.4.1, §1.5), reached by filling an account of its
 * own with template rows directly rather than with thousands of requests.
 */
class TemplateLimitIT extends DeployedWindlass {
  static final String USER = "it_limits";
  static final String KEY = "it-limits-master-key";
  static final String NAMED = "/user/" + USER + "/api/v1/map/named";

  @BeforeAll
  static void account() throws Exception {
    Database.secondAccount(USER, KEY);
  }

  @AfterAll
  static void empty() throws Exception {
    fill(0);
  }

  /**
   * Leaves the account with exactly {@code count} (dummy) templates and never told of the limit.
   */
  static void fill(int count) throws Exception {
    Database.superuser(
        "delete from windlass.template where account = '"
            + USER
            + "'; delete from windlass.template_limit_notice where account = '"
            + USER
            + "'; insert into windlass.template (account, name, body) select '"
            + USER
            + "', 'filler_' || i, '{}' from generate_series(1, "
            + count
            + ") i");
  }

  static String template(String name) {
    return ("{'version':'0.0.1','name':'"
            + name
            + "','layergroup':{'layers':[{'type':'mapnik','options':{"
            + "'sql':'select * from secrets','cartocss':'#l{polygon-fill:red}',"
            + "'cartocss_version':'2.3.0'}}]}}")
        .replace('\'', '"');
  }

  HttpResponse<byte[]> create(String name) {
    return http.post(NAMED + "?api_key=" + KEY, "application/json", template(name));
  }

  @Test
  void creationsNear4096AreToldOnceAndTheOneAtTheLimitIs409() throws Exception {
    fill(3994);
    var far = create("t3995");
    assertEquals(200, far.statusCode(), Http.text(far));
    assertFalse(json(far).has("limit_message"), "101 from the limit: " + Http.text(far));

    var near = create("t3996");
    assertEquals(200, near.statusCode(), Http.text(near));
    assertEquals("t3996", json(near).get("template_id").asText());
    assertEquals(
        "User it_limits reaching the named maps limit",
        json(near).get("limit_message").asText(),
        Http.text(near));
    var again = create("t3997");
    assertEquals(200, again.statusCode(), Http.text(again));
    assertFalse(json(again).has("limit_message"), "told once in 30 days: " + Http.text(again));

    fill(4096);
    assertError(
        create("one_too_many"),
        409,
        "User 'it_limits' reached limit on number of templates (4096/4096)");
    // The limit is not checked on update.
    var updated =
        http.put(NAMED + "/filler_1?api_key=" + KEY, "application/json", template("filler_1"));
    assertEquals(200, updated.statusCode(), Http.text(updated));
  }
}
