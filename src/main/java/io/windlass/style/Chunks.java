package io.windlass.style;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * carto's chunker: splits the input after every {@code }} outside strings, comments and
 * parentheses. carto matches its regular expressions against the rest of the current chunk only, so
 * these boundaries are part of the grammar; unbalanced braces are reported here.
 */
final class Chunks {

  private static final Pattern SKIP = Pattern.compile("(?:[^\"'`{}/()\\\\@]++|@\\{[\\w-]+\\}|@)+");
  private static final Pattern COMMENT =
      Pattern.compile("/\\*[^*]*+\\*++(?:[^/*][^*]*+\\*++)*+/|//.*");
  private static final Pattern STRING =
      Pattern.compile(
          "\"([^\"\\\\\\r\\n]*+(?:\\\\.[^\"\\\\\\r\\n]*+)*+)\"|'([^'\\\\\\r\\n]*+(?:\\\\.[^'\\\\\\r\\n]*+)*+)'|`([^`]*+)`");

  private final int[] ends;

  private Chunks(int[] ends) {
    this.ends = ends;
  }

  static Chunks split(String input, int file) throws StyleException {
    List<Integer> ends = new ArrayList<>();
    int level = 0;
    boolean inParam = false;
    int i = 0;
    Matcher skip = SKIP.matcher(input);
    Matcher comment = COMMENT.matcher(input);
    Matcher string = STRING.matcher(input);
    while (i < input.length()) {
      if (skip.find(i) && skip.start() == i) {
        i = skip.end();
      }
      // at the end carto still takes one more (empty) step, which the error position counts
      char c = i < input.length() ? input.charAt(i) : '\0';
      if (string.find(i) && string.start() == i) {
        i = string.end();
        continue;
      }
      if (!inParam && c == '/') {
        char cc = i + 1 < input.length() ? input.charAt(i + 1) : '\0';
        if ((cc == '/' || cc == '*') && comment.find(i) && comment.start() == i) {
          i = comment.end();
          continue;
        }
      }
      // carto's switch falls through to the ')' case: inside parentheses any of these ends them
      if (c == '{' || c == '}' || c == '(' || c == ')') {
        if (inParam) {
          inParam = false;
        } else if (c == '{') {
          level++;
        } else if (c == '}') {
          level--;
          ends.add(i + 1);
        } else if (c == '(') {
          inParam = true;
        }
      }
      i++;
    }
    if (level != 0) {
      String msg = level > 0 ? "missing closing `}`" : "missing opening `{`";
      throw StyleErrors.at(input, i - 1, msg);
    }
    int[] arr = new int[ends.size() + 1];
    for (int k = 0; k < ends.size(); k++) {
      arr[k] = ends.get(k);
    }
    arr[ends.size()] = input.length();
    return new Chunks(arr);
  }

  /** End (exclusive) of the chunk that contains position {@code pos}. */
  int end(int pos) {
    int lo = 0;
    int hi = ends.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] > pos) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return Math.max(ends[lo], pos);
  }
}
