package io.windlass.style;

/**
 * One lexical token of a CartoCSS stylesheet; {@code offset} is the character offset of its first
 * character in the source, {@code text} its raw text (without quotes for strings, without the
 * leading {@code @}/{@code #} for variables/hashes).
 */
record Token(Kind kind, String text, int offset, boolean spaceBefore) {

  /** Token kinds; punctuation kinds carry their literal text. */
  enum Kind {
    IDENT,
    VARIABLE,
    HASH,
    NUMBER,
    STRING,
    URL,
    COLON,
    DOUBLE_COLON,
    SEMICOLON,
    COMMA,
    DOT,
    STAR,
    LBRACE,
    RBRACE,
    LBRACKET,
    RBRACKET,
    LPAREN,
    RPAREN,
    OPERATOR,
    SLASH,
    PLUS,
    MINUS,
    OTHER,
    EOF
  }

  boolean is(Kind k) {
    return kind == k;
  }

  boolean isIdent(String name) {
    return kind == Kind.IDENT && text.equals(name);
  }
}
