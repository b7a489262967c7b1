package io.windlass.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad stylesheets and the first error carto 0.16.3 reports for them (message and position, checked
 * against carto with ../shared/tools/refrender's carto-npm).
 */
class StyleErrorTableTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          #l{line-join:foo}               | 1:3 Invalid value for line-join, the type keyword (options: miter, miter-revert, round, bevel) is expected. foo (of type keyword)  was given.
          #l{polygon-fil:red}             | 1:3 Unrecognized rule: polygon-fil. Did you mean polygon-fill?
          #l{zzzzzzzzzzzz:1}              | 1:3 Unrecognized rule: zzzzzzzzzzzz
          #l{marker-width:1foo}           | 1:3 Invalid unit: 'foo'
          #l{polygon-fill:lighten(red)}   | 1:28 incorrect number of arguments for lighten(). 2 expected.
          #l{polygon-fill:foo(1)}         | 1:22 unknown function foo(), did you mean blur(0)
          #l[a=1][a=2]{line-width:1}      | 1:11 [[a]=2] added to [a]=1 produces an invalid filter
          #l{line-color:red;xxxxx;}       | 1:18 Invalid code: xxxxx;
          #l[zoom>30]{line-width:1}       | 1:2 Only zoom levels between 0 and 25 supported.
          #l{text-name:[name]}            | 1:3 Property text-face-name required for defining text styles.
          #l{image-filters: agg-stack-blur(1)} | 1:35 incorrect number of arguments for agg-stack-blur(). 2 expected.
          #l{line-opacity: 50% * 2}       | 1:3 If two operands differ, the first must not be %
          #l::a::b{line-width:1}          | 1:7 Encountered second attachment name.
          #l{polygon-fill:@foo}           | 1:16 variable @foo is undefined
          #l{polygon-fill:red;            | 1:20 missing closing `}`
          #l{polygon-fill:red}}           | 1:20 missing opening `{`
          Map{line-color:red}             | 1:4 Rule line-color not allowed for Map.
          #l[b>='m']{line-color:red}      | 1:2 Cannot use operator ">=" with value m
          @c: red; #l { @c: green; polygon-fill: @c; } | 1:14 Unrecognized rule: @c. Did you mean ?
          """)
  void reportsCartosFirstError(String css, String message) {
    StyleException e = assertThrows(StyleException.class, () -> CartoCss.compile(css.trim()));
    assertEquals(message.trim(), e.getMessage());
  }
}
