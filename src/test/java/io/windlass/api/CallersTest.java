package io.windlass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.windlass.account.Account;
import io.windlass.account.AccountDirectory;
import io.windlass.account.DbRole;
import io.windlass.api.Callers.Presented;
import io.windlass.error.ErrorDetail;
import io.windlass.error.WindlassException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** CARTO's credentials and authorization rules (spec §1.4, §2.2, §2.3). */
class CallersTest {
  static final DbRole OWNER = new DbRole("demo_owner", "o");
  static final DbRole PUBLIC = new DbRole("demo_public", "p");
  static final Account DEMO = Account.withKey("demo", "master", OWNER, PUBLIC);
  static final Account ALICE =
      Account.withKey("alice", "alice-key", new DbRole("a_o", "x"), new DbRole("a_p", "y"));

  final Callers callers = new Callers();

  CallersTest() {
    var known = Map.of("demo", DEMO, "alice", ALICE);
    callers.accounts =
        new AccountDirectory(n -> Optional.ofNullable(known.get(n)), "demo", "localhost");
  }

  static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  static ErrorDetail refusal(int status, Executable call) {
    var e = assertThrows(WindlassException.class, call);
    assertEquals(status, e.status());
    return e.details().get(0);
  }

  static void assertUnauthorized(Executable call) {
    ErrorDetail d = refusal(401, call);
    assertEquals("Unauthorized", d.message());
    assertEquals("auth", d.type());
    assertEquals("api-key-not-found", d.subtype());
  }

  static void assertUsernameMismatch(Executable call) {
    ErrorDetail d = refusal(403, call);
    assertEquals("Forbidden", d.message());
    assertEquals("auth", d.type());
    assertEquals("api-key-username-mismatch", d.subtype());
  }

  @Test
  void theFirstKeyFoundWinsBasicThenQueryApiKeyThenMapKeyThenBody() {
    assertEquals("b", Presented.of(basic("demo:b"), "q", "m", "body").apiKey());
    assertEquals("q", Presented.of(basic("demo:"), "q", "m", "body").apiKey());
    assertEquals("m", Presented.of(null, "", "m", "body").apiKey());
    assertEquals("body", Presented.of(null, null, null, "body").apiKey());
    assertNull(Presented.of(null, "", "", "").apiKey());
    assertEquals("demo", Presented.of(basic("demo:b"), null, null, null).basicUser());
  }

  @Test
  void noKeyIsThePublicRoleAndAnyBasicUserNameIsIgnored() {
    var anonymous = callers.identify(null, null, Presented.of(null, null, null, null));
    assertEquals(PUBLIC, anonymous.role());
    assertFalse(anonymous.master());
    // A user name without a password presents no key: CARTO checks the name only with a key.
    var named = callers.identify(null, null, Presented.of(basic("alice:"), null, null, null));
    assertEquals(DEMO, named.account());
    assertEquals(PUBLIC, named.role());
  }

  @Test
  void theMasterKeyIsTheOwnerRole() {
    var who = callers.identify(null, null, Presented.of(basic("demo:master"), null, null, null));
    assertEquals(OWNER, who.role());
    assertTrue(who.master());
    assertEquals("master", who.apiKey());
    assertEquals(
        OWNER, callers.identify(null, null, Presented.of(null, null, null, "master")).role());
  }

  @Test
  void aWrongKeyIs401BeforeAnotherUserNameIs403() {
    assertUnauthorized(() -> callers.identify(null, null, Presented.of(null, "nope", null, null)));
    assertUnauthorized(
        () -> callers.identify(null, null, Presented.of(basic("alice:nope"), null, null, null)));
    assertUnauthorized(
        () -> callers.identify("demo", null, Presented.of(null, null, null, "alice-key")));
    assertUsernameMismatch(
        () -> callers.identify(null, null, Presented.of(basic("alice:master"), null, null, null)));
    assertUnauthorized(() -> Presented.of("Basic not-base64!", null, null, null));
  }

  @Test
  void theAccountComesFromThePathThenTheHost() {
    var who =
        callers.identify(null, "alice.localhost:8080", Presented.of(null, "alice-key", null, null));
    assertEquals(ALICE, who.account());
    assertEquals("a_o", who.role().name());
    var unknown = Presented.of(null, null, null, null);
    assertEquals(
        "User 'bob' not found",
        refusal(404, () -> callers.identify(null, "bob.localhost", unknown)).message());
    assertEquals(ALICE, callers.identify("alice", "demo.localhost", unknown).account());
  }

  @Test
  void administrationWithoutAKeyIs403NamingTheAction() {
    for (String action : new String[] {"create", "list", "get", "update", "delete"}) {
      ErrorDetail d =
          refusal(
              403,
              () ->
                  callers.administrator(
                      null, null, Presented.of(basic("demo:"), null, null, null), action));
      assertEquals("Only authenticated users can " + action + " templated maps", d.message());
      assertEquals("unknown", d.type());
      assertNull(d.subtype());
    }
  }

  @Test
  void administrationRefusesWrongKeysAndOtherUserNames() {
    assertUnauthorized(
        () -> callers.administrator(null, null, Presented.of(null, "nope", null, null), "get"));
    assertUnauthorized(
        () -> callers.administrator(null, null, Presented.of(null, null, "nope", null), "get"));
    assertUnauthorized(
        () -> callers.administrator(null, null, Presented.of(null, null, null, "nope"), "create"));
    // The query key comes before the body's, even when only the body's is right.
    assertUnauthorized(
        () ->
            callers.administrator(
                null, null, Presented.of(null, "nope", null, "master"), "create"));
    assertUnauthorized(
        () ->
            callers.administrator(
                null, null, Presented.of(basic("alice:nope"), null, null, null), "delete"));
    assertUsernameMismatch(
        () ->
            callers.administrator(
                null, null, Presented.of(basic("alice:master"), null, null, null), "update"));
    // Another account's master key is just a wrong key here.
    assertUnauthorized(
        () ->
            callers.administrator(null, null, Presented.of(null, "alice-key", null, null), "list"));
  }

  @Test
  void administrationWithTheMasterKeyAnywhere() {
    assertEquals(
        DEMO,
        callers.administrator(
            null, null, Presented.of(basic("demo:master"), null, null, null), "get"));
    assertEquals(
        DEMO,
        callers.administrator(null, null, Presented.of(basic(":master"), null, null, null), "get"));
    assertEquals(
        DEMO, callers.administrator(null, null, Presented.of(null, null, "master", null), "get"));
    assertEquals(
        DEMO,
        callers.administrator(null, null, Presented.of(null, null, null, "master"), "create"));
    assertEquals(
        ALICE,
        callers.administrator(
            null, "alice.localhost", Presented.of(null, "alice-key", null, null), "list"));
  }

  @Test
  void administrationOfAnUnknownUserAnswersAsAWrongKeyNot404() {
    // Spec §1.4: "USER unknown: 403 without key, 401 with any key".
    refusal(
        403,
        () -> callers.administrator("bob", null, Presented.of(null, null, null, null), "list"));
    assertUnauthorized(
        () -> callers.administrator("bob", null, Presented.of(null, "master", null, null), "list"));
    assertUnauthorized(
        () ->
            callers.administrator(
                null, "bob.localhost", Presented.of(null, "master", null, null), "get"));
  }
}
