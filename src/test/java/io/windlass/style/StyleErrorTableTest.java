package io.windlass.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad stylesheets and the errors carto 0.16.3 reports for them, all of them in carto's order, one
 * per line ({@code \n} in the table; message and position checked against carto with
 * ../shared/tools/refrender's carto-npm).
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
          #l{polygon-fil:red;line-widht:2;xxx;} #l{line-join:foo} | 1:32 Invalid code: xxx;\\n1:3 Unrecognized rule: polygon-fil. Did you mean polygon-fill?\\n1:19 Unrecognized rule: line-widht. Did you mean line-width?\\n1:41 Invalid value for line-join, the type keyword (options: miter, miter-revert, round, bevel) is expected. foo (of type keyword)  was given.
          #l{line-width:@a;line-color:@b} | 1:14 variable @a is undefined\\n1:28 variable @b is undefined
          #l{polygon-fill:lighten(red);line-width:1foo} | 1:28 incorrect number of arguments for lighten(). 2 expected.\\n1:29 Invalid unit: 'foo'
          Map{paths-from-xml:true;minimum-version:"3.0.0"} | 1:4 Unrecognized rule: paths-from-xml\\n1:24 Unrecognized rule: minimum-version
          Map{paths-from-xm:true}         | 1:4 Rule paths-from-xm not allowed for Map.\\n1:4 Unrecognized rule: paths-from-xm
          Map{line-join:foo}              | 1:4 Rule line-join not allowed for Map.\\n1:4 Invalid value for line-join, the type keyword (options: miter, miter-revert, round, bevel) is expected. foo (of type keyword)  was given.
          #l{text-name:replace("a","b","c");text-face-name:"A"} | entity.replace is not a function
          """)
  void reportsCartosErrors(String css, String message) {
    StyleException e = assertThrows(StyleException.class, () -> CartoCss.compile(css.trim()));
    assertEquals(message.trim().replace("\\n", "\n"), e.getMessage());
  }
}
