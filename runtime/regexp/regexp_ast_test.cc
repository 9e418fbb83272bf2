// The tree ParsePattern builds (regexp_ast.h), printed as S-expressions.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <variant>

#include "runtime/regexp/regexp_ast.h"
#include "runtime/regexp/regexp_syntax.h"

namespace async_runtime::regexp {
namespace {

std::u16string Utf16(std::string_view utf8) {
  std::u16string out;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = utf8[i];
    size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = length == 1 ? c : length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < length; ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
    i += length;
    if (cp >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return out;
}

std::string Ascii(const std::u16string& text) {
  std::string out;
  for (char16_t c : text) out.push_back(c < 0x80 ? static_cast<char>(c) : '?');
  return out;
}

std::string Character(char32_t c) {
  if (c > 0x20 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
  char buffer[16];
  snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

std::string Count(uint64_t n) { return n == kQuantifierInfinity ? "inf" : std::to_string(n); }

std::string Dump(const RegExpPattern& pattern, NodeIndex index) {
  const Node& node = pattern.nodes[index];
  std::string children;
  for (NodeIndex child : node.children) children += " " + Dump(pattern, child);
  switch (node.kind) {
    case NodeKind::kDisjunction:
      return "(dis" + children + ")";
    case NodeKind::kAlternative:
      return "(alt" + children + ")";
    case NodeKind::kAssertion:
      return std::string("(assert ") + static_cast<char>(node.value) + ")";
    case NodeKind::kLookaround:
      return std::string("(look") + (node.behind ? "behind" : "ahead") + (node.negated ? "!" : "=") + children + ")";
    case NodeKind::kGroup: {
      std::string head = "(group";
      if (node.capture_index != 0) head += " #" + std::to_string(node.capture_index);
      if (!node.name.empty()) head += " <" + Ascii(node.name) + ">";
      if (node.add_modifiers || node.remove_modifiers) {
        head += " +" + std::to_string(node.add_modifiers) + "-" + std::to_string(node.remove_modifiers);
      }
      return head + children + ")";
    }
    case NodeKind::kQuantifier:
      return "(q " + Count(node.min) + " " + Count(node.max) + (node.greedy ? "" : " lazy") + children + ")";
    case NodeKind::kCharacter:
      return Character(node.value);
    case NodeKind::kDot:
      return "dot";
    case NodeKind::kCharacterClassEscape:
      return std::string("\\") + static_cast<char>(node.value);
    case NodeKind::kUnicodeProperty:
      return std::string(node.negated ? "\\P{" : "\\p{") + node.property_name +
             (node.property_value.empty() ? "" : "=" + node.property_value) + (node.may_contain_strings ? "}*" : "}");
    case NodeKind::kBackreference:
      return node.name.empty() ? "(ref " + std::to_string(node.capture_index) + ")"
                               : "(ref <" + Ascii(node.name) + ">)";
    case NodeKind::kCharacterClass: {
      const char* operation = node.operation == ClassSetOperation::kIntersection  ? "&&"
                              : node.operation == ClassSetOperation::kSubtraction ? "--"
                                                                                  : "";
      std::string operands = *operation == '\0' && !children.empty() ? children.substr(1) : children;
      return std::string("[") + (node.negated ? "^" : "") + operation + operands + "]";
    }
    case NodeKind::kClassRange:
      return "(range " + Character(node.value) + " " + Character(node.last) + ")";
    case NodeKind::kClassStringDisjunction:
      return "(q{" + children + ")";
    case NodeKind::kClassString:
      return "(str" + children + ")";
  }
  return "?";
}

RegExpPattern Parse(std::string_view pattern, std::string_view flags) {
  std::u16string flag_units(flags.begin(), flags.end());
  std::optional<RegExpFlags> parsed_flags = ParseFlags(flag_units);
  EXPECT_TRUE(parsed_flags.has_value());
  auto result = ParsePattern(Utf16(pattern), parsed_flags.value_or(RegExpFlags{}));
  if (auto* error = std::get_if<PatternSyntaxError>(&result)) {
    ADD_FAILURE() << "/" << pattern << "/" << flags << ": " << error->message;
    return RegExpPattern{};
  }
  return std::get<RegExpPattern>(std::move(result));
}

std::string DumpPattern(std::string_view pattern, std::string_view flags = "") {
  RegExpPattern parsed = Parse(pattern, flags);
  if (parsed.nodes.empty()) return "<error>";
  return Dump(parsed, parsed.root);
}

TEST(RegExpAstTest, DisjunctionAlternativesAndCharacters) {
  EXPECT_EQ(DumpPattern("a|bc"), "(dis (alt 'a') (alt 'b' 'c'))");
  EXPECT_EQ(DumpPattern(""), "(dis (alt))");
  EXPECT_EQ(DumpPattern("|"), "(dis (alt) (alt))");
  EXPECT_EQ(DumpPattern("^a.$"), "(dis (alt (assert ^) 'a' dot (assert $)))");
  EXPECT_EQ(DumpPattern("\\ba\\B"), "(dis (alt (assert b) 'a' (assert B)))");
}

TEST(RegExpAstTest, Quantifiers) {
  EXPECT_EQ(DumpPattern("a*b+?c?d{2}e{2,}f{2,3}?"),
            "(dis (alt (q 0 inf 'a') (q 1 inf lazy 'b') (q 0 1 'c') (q 2 2 'd') (q 2 inf 'e') (q 2 3 lazy 'f')))");
  EXPECT_EQ(DumpPattern("a{99999999999999999999999}"), "(dis (alt (q inf inf 'a')))");
  EXPECT_EQ(DumpPattern("(ab)*"), "(dis (alt (q 0 inf (group #1 (dis (alt 'a' 'b'))))))");
  // Annex B: braces that do not form a quantifier are characters.
  EXPECT_EQ(DumpPattern("a{1,x}"), "(dis (alt 'a' '{' '1' ',' 'x' '}'))");
  EXPECT_EQ(DumpPattern("]{2}"), "(dis (alt (q 2 2 ']')))");
  // Annex B: QuantifiableAssertion.
  EXPECT_EQ(DumpPattern("(?=a)*"), "(dis (alt (q 0 inf (lookahead= (dis (alt 'a'))))))");
}

TEST(RegExpAstTest, GroupsLookaroundsAndModifiers) {
  EXPECT_EQ(DumpPattern("(a)(?<n>b)(?:c)(?i-ms:d)"),
            "(dis (alt (group #1 (dis (alt 'a'))) (group #2 <n> (dis (alt 'b'))) (group (dis (alt 'c'))) "
            "(group +1-6 (dis (alt 'd')))))");
  EXPECT_EQ(DumpPattern("(?=a)(?!b)(?<=c)(?<!d)"),
            "(dis (alt (lookahead= (dis (alt 'a'))) (lookahead! (dis (alt 'b'))) (lookbehind= (dis (alt 'c'))) "
            "(lookbehind! (dis (alt 'd')))))");
  EXPECT_EQ(DumpPattern("(a|(b))c"), "(dis (alt (group #1 (dis (alt 'a') (alt (group #2 (dis (alt 'b')))))) 'c'))");
}

TEST(RegExpAstTest, CaptureCountAndNames) {
  RegExpPattern pattern = Parse("(a)(?<x>b)|(?<x>c)(?<\\u{1d49c}>d)", "u");
  EXPECT_EQ(pattern.capture_count, 4u);
  ASSERT_EQ(pattern.group_names.size(), 5u);
  EXPECT_EQ(pattern.group_names[1], u"");
  EXPECT_EQ(pattern.group_names[2], u"x");
  EXPECT_EQ(pattern.group_names[3], u"x");
  EXPECT_EQ(pattern.group_names[4], std::u16string({0xD835, 0xDC9C}));
}

TEST(RegExpAstTest, Backreferences) {
  EXPECT_EQ(DumpPattern("(a)\\1\\k<n>(?<n>b)", "u"),
            "(dis (alt (group #1 (dis (alt 'a'))) (ref 1) (ref <n>) (group #2 <n> (dis (alt 'b')))))");
  // B.1.2 AtomEscape: above the group count, a DecimalEscape is read as a
  // LegacyOctalEscapeSequence or IdentityEscape followed by characters.
  EXPECT_EQ(DumpPattern("(a)\\1\\2\\18\\8\\101"),
            "(dis (alt (group #1 (dis (alt 'a'))) (ref 1) U+0002 U+0001 '8' '8' 'A'))");
  EXPECT_EQ(DumpPattern("\\1(a)"), "(dis (alt (ref 1) (group #1 (dis (alt 'a')))))");
  EXPECT_EQ(DumpPattern("(?<a>x)\\1\\2"), "(dis (alt (group #1 <a> (dis (alt 'x'))) (ref 1) U+0002))");
  EXPECT_EQ(DumpPattern("\\k<a>"), "(dis (alt 'k' '<' 'a' '>'))");
}

TEST(RegExpAstTest, CharacterEscapes) {
  EXPECT_EQ(DumpPattern("\\t\\cJ\\0\\x41\\u0042\\/"), "(dis (alt U+0009 U+000A U+0000 'A' 'B' '/'))");
  EXPECT_EQ(DumpPattern("\\u{1F600}\\uD83D\\uDE00", "u"), "(dis (alt U+1F600 U+1F600))");
  EXPECT_EQ(DumpPattern("\\uD83D\\uDE00"), "(dis (alt U+D83D U+DE00))");
  EXPECT_EQ(DumpPattern("😀", "u"), "(dis (alt U+1F600))");
  EXPECT_EQ(DumpPattern("😀"), "(dis (alt U+D83D U+DE00))");
  // Annex B: \c without a letter is a backslash, then c.
  EXPECT_EQ(DumpPattern("\\c1"), "(dis (alt '\\' 'c' '1'))");
  EXPECT_EQ(DumpPattern("\\d\\W"), "(dis (alt \\d \\W))");
}

TEST(RegExpAstTest, ClassesWithoutV) {
  EXPECT_EQ(DumpPattern("[a-z\\d-]", "u"), "(dis (alt [(range 'a' 'z') \\d '-']))");
  EXPECT_EQ(DumpPattern("[^\\b\\-]", "u"), "(dis (alt [^U+0008 '-']))");
  // B.1.2.7: a range with a class escape is the union of its parts.
  EXPECT_EQ(DumpPattern("[\\d-a]"), "(dis (alt [\\d '-' 'a']))");
  EXPECT_EQ(DumpPattern("[\\c1\\c]"), "(dis (alt [U+0011 '\\' 'c']))");
  EXPECT_EQ(DumpPattern("[😀-😁]", "u"), "(dis (alt [(range U+1F600 U+1F601)]))");
  EXPECT_EQ(DumpPattern("[\\p{Lu}\\P{Script=Greek}]", "u"),
            "(dis (alt [\\p{General_Category=Lu} \\P{Script=Greek}]))");
  EXPECT_EQ(DumpPattern("\\p{ASCII}\\p{gc=L}", "u"), "(dis (alt \\p{ASCII} \\p{gc=L}))");
}

TEST(RegExpAstTest, ClassSetExpressions) {
  EXPECT_EQ(DumpPattern("[\\p{L}--[a-z]]", "v"), "(dis (alt [-- \\p{General_Category=L} [(range 'a' 'z')]]))");
  EXPECT_EQ(DumpPattern("[\\w&&\\d&&a]", "v"), "(dis (alt [&& \\w \\d 'a']))");
  EXPECT_EQ(DumpPattern("[ab-c[d]]", "v"), "(dis (alt ['a' (range 'b' 'c') ['d']]))");
  EXPECT_EQ(DumpPattern("[\\q{ab|c|}]", "v"), "(dis (alt [(q{ (str 'a' 'b') (str 'c') (str))]))");
  EXPECT_EQ(DumpPattern("\\p{RGI_Emoji}", "v"), "(dis (alt \\p{RGI_Emoji}*))");
  RegExpPattern pattern = Parse("[\\p{RGI_Emoji}&&\\q{a}]", "v");
  const Node& alternative = pattern.nodes[pattern.nodes[pattern.root].children[0]];
  const Node& set = pattern.nodes[alternative.children[0]];
  EXPECT_EQ(set.kind, NodeKind::kCharacterClass);
  EXPECT_FALSE(set.may_contain_strings);  // intersection with single characters
  pattern = Parse("[\\p{RGI_Emoji}--\\q{a}]", "v");
  EXPECT_TRUE(pattern.nodes[pattern.nodes[pattern.nodes[pattern.root].children[0]].children[0]].may_contain_strings);
}

TEST(RegExpAstTest, SourceOffsets) {
  RegExpPattern pattern = Parse("ab(c)[d]", "");
  const Node& alternative = pattern.nodes[pattern.nodes[pattern.root].children[0]];
  ASSERT_EQ(alternative.children.size(), 4u);
  const Node& group = pattern.nodes[alternative.children[2]];
  EXPECT_EQ(group.kind, NodeKind::kGroup);
  EXPECT_EQ(group.start, 2u);
  EXPECT_EQ(group.end, 5u);
  const Node& character_class = pattern.nodes[alternative.children[3]];
  EXPECT_EQ(character_class.start, 5u);
  EXPECT_EQ(character_class.end, 8u);
}

TEST(RegExpAstTest, DeepTreesNeedNoRecursion) {
  std::string deep = std::string(10000, '(') + "a" + std::string(10000, ')');
  RegExpPattern pattern = Parse(deep, "");
  EXPECT_EQ(pattern.capture_count, 10000u);
  // Each group is a group, a disjunction and an alternative; plus the root's
  // two and the character.
  EXPECT_EQ(pattern.nodes.size(), 3u * 10000 + 3);
}

TEST(RegExpAstTest, ErrorsAreThoseOfValidatePattern) {
  RegExpFlags flags;
  flags.unicode = true;
  auto result = ParsePattern(u"(?<a>x)\\k<b>", flags);
  ASSERT_TRUE(std::holds_alternative<PatternSyntaxError>(result));
  EXPECT_EQ(std::get<PatternSyntaxError>(result).message, ValidatePattern(u"(?<a>x)\\k<b>", flags)->message);
}

}  // namespace
}  // namespace async_runtime::regexp
