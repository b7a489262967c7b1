package io.windlass.mapconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenTest {
  @Test
  void parsesAnonymousSignedAndNamedTokens() {
    assertEquals(new Token(null, null, "abc", "123"), Token.parse("abc:123"));
    assertEquals(new Token(null, null, "abc", null), Token.parse("abc"));
    assertEquals(new Token("demo", null, "abc", "cb0"), Token.parse("demo@abc:cb0"));
    assertEquals(new Token("demo", "1a2b3c4d", "abc", "0"), Token.parse("demo@1a2b3c4d@abc:0"));
    assertEquals(123, Token.parse("abc:123").cacheBusterMillis());
    assertEquals(0, Token.parse("abc:wadus").cacheBusterMillis());
  }
}
