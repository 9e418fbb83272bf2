// The parse of a RegExp Pattern (22.2.1 Patterns, B.1.2), as a flat tree a
// backtracking matcher can compile (22.2.2 Pattern Semantics).
//
// Nodes live in one vector and refer to their children by index, so a tree
// of any depth is built and destroyed without native recursion.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace async_runtime::regexp {

using NodeIndex = uint32_t;

enum class NodeKind : uint8_t {
  kDisjunction,             // children: kAlternative, one per `|`-separated alternative
  kAlternative,             // children: the Terms, in order
  kAssertion,               // value: '^', '$', 'b' (\b) or 'B' (\B)
  kLookaround,              // (?= (?! (?<= (?<!: behind, negated; children[0]: kDisjunction
  kGroup,                   // ( (?<name> (?: (?ims-ims:: capture_index, name, modifiers; children[0]: kDisjunction
  kQuantifier,              // min, max, greedy; children[0]: the quantified Atom
  kCharacter,               // value: the CharacterValue (a code unit without [UnicodeMode])
  kDot,                     // .
  kCharacterClassEscape,    // value: 'd', 'D', 's', 'S', 'w' or 'W'
  kUnicodeProperty,         // \p{...} / \P{...}: property_name, property_value, negated
  kBackreference,           // capture_index (\1) or name (\k<name>)
  kCharacterClass,          // [...] / [^...]: negated, operation; children: the operands
  kClassRange,              // value-last, both CharacterValues
  kClassStringDisjunction,  // \q{...}: children: kClassString
  kClassString,             // children: kCharacter
};

// How the operands of a kCharacterClass combine: ClassUnion (also every class
// without [UnicodeSetsMode]), ClassIntersection or ClassSubtraction.
enum class ClassSetOperation : uint8_t { kUnion, kIntersection, kSubtraction };

// RegularExpressionModifier bits of a kGroup.
inline constexpr uint8_t kModifierIgnoreCase = 1;  // i
inline constexpr uint8_t kModifierMultiline = 2;   // m
inline constexpr uint8_t kModifierDotAll = 4;      // s

inline constexpr uint64_t kQuantifierInfinity = UINT64_MAX;

struct Node {
  NodeKind kind;
  uint32_t start = 0;  // code-unit offsets of the node's source text
  uint32_t end = 0;
  std::vector<NodeIndex> children;

  // kCharacter, kClassRange (first), kAssertion, kCharacterClassEscape.
  char32_t value = 0;
  // kClassRange: the last CharacterValue.
  char32_t last = 0;
  // kLookaround, kUnicodeProperty (\P), kCharacterClass ([^).
  bool negated = false;
  // kLookaround: (?<= or (?<!.
  bool behind = false;

  // kQuantifier: max is kQuantifierInfinity for *, + and {n,}. Values past
  // 2^64 - 1 saturate.
  uint64_t min = 0;
  uint64_t max = 0;
  bool greedy = true;

  // kGroup: 1-based capture index, 0 for non-capturing groups.
  // kBackreference: the index of \N; 0 for \k<name>.
  uint32_t capture_index = 0;
  // kGroup: the GroupName (empty if none); kBackreference: \k<name>'s name.
  // As UTF-16, escapes resolved.
  std::u16string name;
  // kGroup: (?add-remove:...).
  uint8_t add_modifiers = 0;
  uint8_t remove_modifiers = 0;

  // kUnicodeProperty: for `\p{name=value}` both as written; for a lone
  // General_Category value, property_name is "General_Category"; for a
  // binary property (or property of strings) property_value is empty.
  std::string property_name;
  std::string property_value;
  // kUnicodeProperty, kCharacterClass, kClassStringDisjunction:
  // MayContainStrings (22.2.1.8).
  bool may_contain_strings = false;

  // kCharacterClass.
  ClassSetOperation operation = ClassSetOperation::kUnion;
};

struct RegExpPattern {
  std::vector<Node> nodes;
  NodeIndex root = 0;  // the Pattern's kDisjunction
  // CountLeftCapturingParensWithin(Pattern).
  uint32_t capture_count = 0;
  // group_names[i]: the GroupName of capture group i (1-based; [0] unused),
  // empty for unnamed groups. Names repeat across alternatives (ES2025).
  std::vector<std::u16string> group_names;
};

}  // namespace async_runtime::regexp
