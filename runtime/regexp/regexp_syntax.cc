// 22.2.1 Patterns and B.1.2 Regular Expressions Patterns: a parser for RegExp
// pattern text with every early error of 22.2.1.1 and B.1.2.1, which also
// builds the tree of regexp_ast.h.
//
// The parser is iterative over group and class nesting (explicit stacks on
// the heap), so no pattern can exhaust the native stack; nesting deeper than
// kMaxNestingDepth is a clean SyntaxError.
#include "runtime/regexp/regexp_syntax.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "runtime/regexp/unicode_properties.h"

namespace async_runtime::regexp {

// 22.2.3.1 RegExpCreate / 22.2.3.2 RegExpInitialize ( obj, pattern, flags ),
// steps 3-4: "If F contains any code unit other than "d", "g", "i", "m", "s",
// "u", "v", or "y", or if F contains any code unit more than once, throw a
// SyntaxError exception." ParsePattern rejects u together with v.
// https://tc39.es/ecma262/#sec-regexpinitialize
std::optional<RegExpFlags> ParseFlags(std::u16string_view flags) {
  RegExpFlags result;
  for (char16_t c : flags) {
    bool* flag = nullptr;
    switch (c) {
      case u'd': flag = &result.has_indices; break;
      case u'g': flag = &result.global; break;
      case u'i': flag = &result.ignore_case; break;
      case u'm': flag = &result.multiline; break;
      case u's': flag = &result.dot_all; break;
      case u'u': flag = &result.unicode; break;
      case u'v': flag = &result.unicode_sets; break;
      case u'y': flag = &result.sticky; break;
      default: return std::nullopt;
    }
    if (*flag) return std::nullopt;
    *flag = true;
  }
  // 22.2.3.4 ParsePattern, step 1: u and v together are a SyntaxError.
  if (result.unicode && result.unicode_sets) return std::nullopt;
  return result;
}

namespace {

// Deeper group or class nesting than this is a SyntaxError: the parser itself
// does not recurse, but later stages (the matcher compiler) walk the pattern.
constexpr size_t kMaxNestingDepth = 10000;

constexpr uint64_t kSaturated = UINT64_MAX;

bool IsDecimalDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsOctalDigit(char32_t c) { return c >= '0' && c <= '7'; }
bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsHexDigit(char32_t c) { return IsDecimalDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
uint32_t HexValue(char32_t c) {
  if (IsDecimalDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// SyntaxCharacter :: one of ^ $ \ . * + ? ( ) [ ] { } |
bool IsSyntaxCharacter(char32_t c) {
  switch (c) {
    case '^': case '$': case '\\': case '.': case '*': case '+': case '?':
    case '(': case ')': case '[': case ']': case '{': case '}': case '|':
      return true;
    default:
      return false;
  }
}

// ClassSetSyntaxCharacter :: one of ( ) [ ] { } / - \ |
bool IsClassSetSyntaxCharacter(char32_t c) {
  switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '/': case '-': case '\\': case '|':
      return true;
    default:
      return false;
  }
}

// ClassSetReservedPunctuator :: one of & - ! # % , : ; < = > @ ` ~
bool IsClassSetReservedPunctuator(char32_t c) {
  switch (c) {
    case '&': case '-': case '!': case '#': case '%': case ',': case ':': case ';':
    case '<': case '=': case '>': case '@': case '`': case '~':
      return true;
    default:
      return false;
  }
}

// The first character of a ClassSetReservedDoublePunctuator (each is a
// doubled character): && !! ## $$ %% ** ++ ,, .. :: ;; << == >> ?? @@ ^^ `` ~~
bool IsDoublePunctuatorCharacter(char32_t c) {
  switch (c) {
    case '&': case '!': case '#': case '$': case '%': case '*': case '+': case ',': case '.':
    case ':': case ';': case '<': case '=': case '>': case '?': case '@': case '^': case '`': case '~':
      return true;
    default:
      return false;
  }
}

// IdentifierStartChar :: UnicodeIDStart | $ | _
bool IsIdentifierStartChar(char32_t c) {
  if (c == '$' || c == '_') return true;
  return c <= 0x10FFFF && u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ID_START);
}

// IdentifierPartChar :: UnicodeIDContinue | $ | <ZWNJ> | <ZWJ>
bool IsIdentifierPartChar(char32_t c) {
  if (c == '$' || c == 0x200C || c == 0x200D) return true;
  return c <= 0x10FFFF && u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ID_CONTINUE);
}

// Compares two DecimalDigits source texts by mathematical value, exactly
// (no overflow): -1, 0 or 1.
int CompareDecimalDigits(std::u16string_view a, std::u16string_view b) {
  auto strip = [](std::u16string_view s) {
    size_t i = 0;
    while (i + 1 < s.size() && s[i] == u'0') ++i;
    return s.substr(i);
  };
  a = strip(a);
  b = strip(b);
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  if (a == b) return 0;
  return a < b ? -1 : 1;
}

enum class GroupKind { kCapturing, kNonCapturing, kModifiers, kLookahead, kLookbehind };

// The parse of one Pattern[UnicodeMode, UnicodeSetsMode, NamedCaptureGroups].
class PatternParser {
 public:
  // `total_capture_count`, when known from an earlier parse of the same
  // text, lets a non-Unicode DecimalEscape be told from a
  // LegacyOctalEscapeSequence in the tree (B.1.2 AtomEscape).
  // Without `build_tree` the parse only validates: every node is one
  // scratch node that is never linked.
  PatternParser(std::u16string_view source, bool unicode_mode, bool unicode_sets_mode, bool named_capture_groups,
                bool build_tree, std::optional<uint64_t> total_capture_count = std::nullopt)
      : source_(source),
        unicode_mode_(unicode_mode),
        unicode_sets_mode_(unicode_sets_mode),
        named_capture_groups_(named_capture_groups),
        build_tree_(build_tree),
        total_capture_count_(total_capture_count) {
    if (!build_tree_) nodes_.emplace_back();
  }

  std::optional<PatternSyntaxError> Parse() {
    if (!ParseDisjunction() || !CheckPatternEarlyErrors()) return error_;
    return std::nullopt;
  }

  // True if the parse met a GroupName (B.1.2.9 ParsePattern, step 4.b).
  bool has_group_name() const { return has_group_name_; }
  // True if a non-Unicode parse met a DecimalEscape whose reading depends on
  // the group count.
  bool has_ambiguous_decimal_escape() const { return has_ambiguous_decimal_escape_; }
  uint64_t capture_count() const { return capture_count_; }

  // The tree of a successful Parse().
  RegExpPattern TakePattern() {
    RegExpPattern pattern;
    pattern.nodes = std::move(nodes_);
    pattern.root = 0;
    pattern.capture_count = static_cast<uint32_t>(capture_count_);
    pattern.group_names = std::move(capture_names_);
    pattern.group_names.resize(capture_count_ + 1);
    return pattern;
  }

 private:
  struct GroupFrame {
    GroupKind kind;
    size_t start;
    NodeIndex group_node;
    NodeIndex enclosing_alternative_node;
    NodeIndex enclosing_disjunction_node;
  };

  // A ClassAtom: a character, or a class escape with its node.
  struct ClassAtom {
    bool is_character_class = false;
    char32_t value = 0;
    NodeIndex node = 0;
  };

  // ------------------------------------------------------------------ tree

  NodeIndex NewNode(NodeKind kind, size_t start) {
    if (!build_tree_) return 0;
    Node node;
    node.kind = kind;
    node.start = static_cast<uint32_t>(start);
    node.end = static_cast<uint32_t>(pos_);
    nodes_.push_back(std::move(node));
    return static_cast<NodeIndex>(nodes_.size() - 1);
  }

  NodeIndex NewCharacter(char32_t value, size_t start) {
    NodeIndex node = NewNode(NodeKind::kCharacter, start);
    nodes_[node].value = value;
    return node;
  }

  NodeIndex NewAssertion(char32_t which, size_t start) {
    NodeIndex node = NewNode(NodeKind::kAssertion, start);
    nodes_[node].value = which;
    return node;
  }

  void AddChild(NodeIndex parent, NodeIndex child) {
    if (build_tree_) nodes_[parent].children.push_back(child);
  }

  // Appends a Term to the Alternative being parsed.
  void AddTerm(NodeIndex term) { AddChild(current_alternative_node_, term); }

  // ---------------------------------------------------------------- input

  bool AtEnd() const { return pos_ >= source_.size(); }
  bool AtEnd(size_t ahead) const { return pos_ + ahead >= source_.size(); }
  char16_t Unit(size_t ahead = 0) const { return AtEnd(ahead) ? 0 : source_[pos_ + ahead]; }
  bool Lookahead(std::u16string_view text) const { return source_.substr(pos_, text.size()) == text; }

  // Consumes one SourceCharacter: a code point in Unicode mode (a surrogate
  // pair is one character), a code unit otherwise.
  char32_t ConsumeSourceCharacter(bool combine_surrogate_pairs) {
    char16_t c = source_[pos_++];
    if (combine_surrogate_pairs && U16_IS_LEAD(c) && !AtEnd() && U16_IS_TRAIL(source_[pos_])) {
      return U16_GET_SUPPLEMENTARY(c, source_[pos_++]);
    }
    return c;
  }

  bool Fail(std::string message, size_t offset) {
    if (!error_) {
      error_ = PatternSyntaxError{"Invalid regular expression: " + std::move(message), static_cast<uint32_t>(offset)};
    }
    return false;
  }

  // ---------------------------------------------------- groups and names

  // 22.2.1.4 Static Semantics: MightBothParticipate ( x, y )
  // https://tc39.es/ecma262/#sec-mightbothparticipate
  //   2. If the enclosing Pattern contains a Disjunction :: Alternative | Disjunction
  //      Parse Node such that either x is contained within the Alternative and y
  //      is contained within the derived Disjunction, or x is contained within
  //      the derived Disjunction and y is contained within the Alternative,
  //      return false.
  //   3. Return true.
  //
  // Decided incrementally, left to right: when y is parsed, an earlier x
  // might participate with it unless some `|` separates them inside a
  // Disjunction containing both. For each open Disjunction (one per open
  // group, and the Pattern's), the GroupSpecifiers before its last `|` are
  // "shielded"; closing the group unshields them, since the group as a whole
  // sits in one Alternative of the enclosing Disjunction. y then conflicts
  // with an earlier GroupSpecifier of its name exactly when one is unshielded.
  struct ParticipationLevel {
    std::vector<uint32_t> unshielded;  // name ids
    std::vector<uint32_t> shielded;
  };

  // Disjunction :: Alternative | Disjunction, at the `|`.
  void ShieldCurrentAlternative() {
    ParticipationLevel& level = participation_levels_.back();
    for (uint32_t name : level.unshielded) --unshielded_count_[name];
    Append(&level.shielded, &level.unshielded);
  }

  void OpenParticipationLevel() { participation_levels_.emplace_back(); }

  // The `)` of a group: everything in it is in the enclosing Alternative.
  void CloseParticipationLevel() {
    ParticipationLevel closed = std::move(participation_levels_.back());
    participation_levels_.pop_back();
    for (uint32_t name : closed.shielded) ++unshielded_count_[name];
    ParticipationLevel& enclosing = participation_levels_.back();
    Append(&enclosing.unshielded, &closed.shielded);
    Append(&enclosing.unshielded, &closed.unshielded);
  }

  // Moves *from to the end of *to, the smaller into the larger (order does
  // not matter), so that each id moves O(log n) times in all.
  static void Append(std::vector<uint32_t>* to, std::vector<uint32_t>* from) {
    if (from->size() > to->size()) to->swap(*from);
    to->insert(to->end(), from->begin(), from->end());
    from->clear();
  }

  // Records a GroupSpecifier. 22.2.1.1 Early Errors, Pattern :: Disjunction:
  // "It is a Syntax Error if Pattern contains two distinct GroupSpecifiers x
  // and y such that the CapturingGroupName of x is the CapturingGroupName of y
  // and such that MightBothParticipate(x, y) is true."
  bool RecordGroupSpecifier(const std::u32string& name, size_t offset) {
    auto [it, inserted] = group_name_ids_.try_emplace(name, static_cast<uint32_t>(unshielded_count_.size()));
    if (inserted) unshielded_count_.push_back(0);
    uint32_t id = it->second;
    if (unshielded_count_[id] > 0) return Fail("Duplicate capture group name", offset);
    ++unshielded_count_[id];
    participation_levels_.back().unshielded.push_back(id);
    return true;
  }

  // GroupName :: < RegExpIdentifierName >
  // RegExpIdentifierStart :: IdentifierStartChar
  //                        | \ RegExpUnicodeEscapeSequence[+UnicodeMode]
  //                        | [~UnicodeMode] UnicodeLeadSurrogate UnicodeTrailSurrogate
  // (RegExpIdentifierPart likewise), with the early errors on the escapes and
  // surrogate pairs. A surrogate pair is one code point in both modes.
  bool ParseGroupName(std::u32string* name) {
    size_t start = pos_;
    if (Unit() != '<') return Fail("Invalid capture group name", start);
    ++pos_;
    while (true) {
      if (AtEnd()) return Fail("Invalid capture group name", start);
      if (Unit() == '>') {
        if (name->empty()) return Fail("Invalid capture group name", start);
        ++pos_;
        return true;
      }
      size_t char_start = pos_;
      char32_t c;
      if (Unit() == '\\') {
        ++pos_;
        if (Unit() != 'u' || !ParseRegExpUnicodeEscapeSequence(/*unicode_mode=*/true, &c)) {
          return Fail("Invalid Unicode escape in capture group name", char_start);
        }
      } else {
        c = ConsumeSourceCharacter(/*combine_surrogate_pairs=*/true);
      }
      bool valid = name->empty() ? IsIdentifierStartChar(c) : IsIdentifierPartChar(c);
      if (!valid) return Fail("Invalid capture group name", char_start);
      name->push_back(c);
    }
  }

  // ------------------------------------------------------------- Disjunction

  // Disjunction, Alternative and Term, with the groups of Atom / ExtendedAtom
  // and the lookaround Assertions kept on an explicit stack.
  bool ParseDisjunction() {
    std::vector<GroupFrame> groups;
    OpenParticipationLevel();
    NodeIndex disjunction_node = NewNode(NodeKind::kDisjunction, 0);
    current_alternative_node_ = NewNode(NodeKind::kAlternative, 0);
    AddChild(disjunction_node, current_alternative_node_);
    while (true) {
      if (AtEnd()) {
        if (!groups.empty()) return Fail("Unterminated group", groups.back().start);
        nodes_[current_alternative_node_].end = nodes_[disjunction_node].end = static_cast<uint32_t>(pos_);
        return true;
      }
      char16_t c = Unit();
      if (c == '|') {
        nodes_[current_alternative_node_].end = static_cast<uint32_t>(pos_);
        ++pos_;
        ShieldCurrentAlternative();
        current_alternative_node_ = NewNode(NodeKind::kAlternative, pos_);
        AddChild(disjunction_node, current_alternative_node_);
        continue;
      }
      if (c == ')') {
        if (groups.empty()) return Fail("Unmatched ')'", pos_);
        nodes_[current_alternative_node_].end = nodes_[disjunction_node].end = static_cast<uint32_t>(pos_);
        ++pos_;
        GroupFrame frame = groups.back();
        groups.pop_back();
        CloseParticipationLevel();
        nodes_[frame.group_node].end = static_cast<uint32_t>(pos_);
        current_alternative_node_ = frame.enclosing_alternative_node;
        disjunction_node = frame.enclosing_disjunction_node;
        AddTerm(frame.group_node);
        // Lookbehinds are never quantifiable; lookaheads only as the Annex B
        // QuantifiableAssertion of non-Unicode patterns.
        bool quantifiable =
            frame.kind != GroupKind::kLookbehind && !(frame.kind == GroupKind::kLookahead && unicode_mode_);
        if (!ParseOptionalQuantifier(quantifiable)) return false;
        continue;
      }
      if (c == '(') {
        size_t start = pos_;
        GroupKind kind;
        NodeIndex group_node;
        if (!ParseGroupOpening(&kind, &group_node)) return false;
        if (groups.size() >= kMaxNestingDepth) return Fail("Regular expression too deeply nested", start);
        groups.push_back({kind, start, group_node, current_alternative_node_, disjunction_node});
        OpenParticipationLevel();
        disjunction_node = NewNode(NodeKind::kDisjunction, pos_);
        AddChild(group_node, disjunction_node);
        current_alternative_node_ = NewNode(NodeKind::kAlternative, pos_);
        AddChild(disjunction_node, current_alternative_node_);
        continue;
      }
      if (!ParseTermOtherThanGroup()) return false;
    }
  }

  // The opening of a group: `(`, `(?<name>`, `(?:`, `(?=`, `(?!`, `(?<=`,
  // `(?<!`, `(?ims-ims:`.
  bool ParseGroupOpening(GroupKind* kind, NodeIndex* node) {
    size_t start = pos_;
    ++pos_;  // (
    if (Unit() != '?') {
      *kind = GroupKind::kCapturing;
      *node = NewNode(NodeKind::kGroup, start);
      nodes_[*node].capture_index = NewCaptureIndex(u"");
      return true;
    }
    ++pos_;  // ?
    char16_t c = Unit();
    if (c == '=' || c == '!' || (c == '<' && (Unit(1) == '=' || Unit(1) == '!'))) {
      bool behind = c == '<';
      if (behind) ++pos_;
      *kind = behind ? GroupKind::kLookbehind : GroupKind::kLookahead;
      *node = NewNode(NodeKind::kLookaround, start);
      nodes_[*node].behind = behind;
      nodes_[*node].negated = Unit() == '!';
      ++pos_;
      return true;
    }
    if (c == '<') {
      // GroupSpecifier :: ? GroupName
      std::u32string name;
      if (!ParseGroupName(&name)) return false;
      has_group_name_ = true;
      *kind = GroupKind::kCapturing;
      *node = NewNode(NodeKind::kGroup, start);
      nodes_[*node].name = ToUtf16(name);
      nodes_[*node].capture_index = NewCaptureIndex(nodes_[*node].name);
      return RecordGroupSpecifier(name, start);
    }
    // Atom :: (? RegularExpressionModifiers : Disjunction )
    // Atom :: (? RegularExpressionModifiers - RegularExpressionModifiers : Disjunction )
    *kind = c == ':' ? GroupKind::kNonCapturing : GroupKind::kModifiers;
    uint32_t add = 0;
    uint32_t remove = 0;
    if (!ParseRegularExpressionModifiers(&add)) return false;
    bool has_dash = Unit() == '-';
    if (has_dash) {
      ++pos_;
      if (!ParseRegularExpressionModifiers(&remove)) return false;
      // 22.2.1.1: both RegularExpressionModifiers empty.
      if (add == 0 && remove == 0) return Fail("Invalid empty modifiers", start);
      // 22.2.1.1: a code point in both.
      if ((add & remove) != 0) return Fail("Modifier both added and removed", start);
    }
    if (Unit() != ':' || AtEnd()) return Fail("Invalid group", start);
    ++pos_;
    *node = NewNode(NodeKind::kGroup, start);
    nodes_[*node].add_modifiers = static_cast<uint8_t>(add);
    nodes_[*node].remove_modifiers = static_cast<uint8_t>(remove);
    return true;
  }

  // Counts a left capturing paren; its 1-based index.
  uint32_t NewCaptureIndex(std::u16string name) {
    ++capture_count_;
    if (capture_count_ < 0xFFFFFFFFull) capture_names_.push_back(std::move(name));
    return static_cast<uint32_t>(capture_count_ < 0xFFFFFFFFull ? capture_count_ : 0);
  }

  static std::u16string ToUtf16(const std::u32string& code_points) {
    std::u16string result;
    for (char32_t c : code_points) {
      if (c >= 0x10000) {
        result.push_back(static_cast<char16_t>(U16_LEAD(c)));
        result.push_back(static_cast<char16_t>(U16_TRAIL(c)));
      } else {
        result.push_back(static_cast<char16_t>(c));
      }
    }
    return result;
  }

  // RegularExpressionModifiers :: [empty] | RegularExpressionModifiers RegularExpressionModifier
  // 22.2.1.1: "contains the same code point more than once" is an error.
  bool ParseRegularExpressionModifiers(uint32_t* set) {
    while (!AtEnd()) {
      char16_t c = Unit();
      uint32_t bit = c == 'i'   ? kModifierIgnoreCase
                   : c == 'm' ? kModifierMultiline
                   : c == 's' ? kModifierDotAll
                              : 0;
      if (bit == 0) return true;
      if ((*set & bit) != 0) return Fail("Repeated modifier", pos_);
      *set |= bit;
      ++pos_;
    }
    return true;
  }

  // Term other than the groups handled by ParseDisjunction.
  bool ParseTermOtherThanGroup() {
    size_t start = pos_;
    char16_t c = Unit();
    switch (c) {
      case '^':
      case '$':
        // Assertion: never quantifiable; a following quantifier fails as a
        // Term of its own.
        ++pos_;
        AddTerm(NewAssertion(c, start));
        return true;
      case '\\':
        if (Unit(1) == 'b' || Unit(1) == 'B') {
          pos_ += 2;
          AddTerm(NewAssertion(source_[start + 1], start));
          return true;
        }
        if (!ParseAtomEscape()) return false;
        return ParseOptionalQuantifier(true);
      case '.':
        ++pos_;
        AddTerm(NewNode(NodeKind::kDot, start));
        return ParseOptionalQuantifier(true);
      case '[': {
        NodeIndex class_node;
        if (unicode_sets_mode_) {
          if (!ParseClassSetCharacterClass(&class_node)) return false;
        } else if (!ParseClassRanges(&class_node)) {
          return false;
        }
        AddTerm(class_node);
        return ParseOptionalQuantifier(true);
      }
      case '*':
      case '+':
      case '?':
        return Fail("Nothing to repeat", start);
      case '{': {
        if (unicode_mode_) return Fail("Lone quantifier brackets", start);
        // B.1.2.1: ExtendedAtom :: InvalidBracedQuantifier is an error.
        size_t length = 0;
        if (MatchBracedQuantifier(&length)) return Fail("Nothing to repeat", start);
        ++pos_;  // ExtendedPatternCharacter
        AddTerm(NewCharacter(c, start));
        return ParseOptionalQuantifier(true);
      }
      case '}':
      case ']':
        if (unicode_mode_) return Fail("Lone quantifier brackets", start);
        ++pos_;  // ExtendedPatternCharacter
        AddTerm(NewCharacter(c, start));
        return ParseOptionalQuantifier(true);
      default: {
        // PatternCharacter :: SourceCharacter but not SyntaxCharacter
        char32_t character = ConsumeSourceCharacter(unicode_mode_);
        AddTerm(NewCharacter(character, start));
        return ParseOptionalQuantifier(true);
      }
    }
  }

  // `{` DecimalDigits `}` | `{` DecimalDigits `,}` | `{` DecimalDigits `,` DecimalDigits `}`
  // at pos_: its length, or false. Consumes nothing.
  bool MatchBracedQuantifier(size_t* length, std::u16string_view* min = nullptr,
                             std::u16string_view* max = nullptr) const {
    size_t i = pos_;
    if (i >= source_.size() || source_[i] != '{') return false;
    ++i;
    size_t min_start = i;
    while (i < source_.size() && IsDecimalDigit(source_[i])) ++i;
    if (i == min_start) return false;
    if (min) *min = source_.substr(min_start, i - min_start);
    if (max) *max = {};
    if (i < source_.size() && source_[i] == ',') {
      ++i;
      size_t max_start = i;
      while (i < source_.size() && IsDecimalDigit(source_[i])) ++i;
      if (max && i > max_start) *max = source_.substr(max_start, i - max_start);
    }
    if (i >= source_.size() || source_[i] != '}') return false;
    *length = i + 1 - pos_;
    return true;
  }

  // Quantifier :: QuantifierPrefix | QuantifierPrefix ?
  bool ParseOptionalQuantifier(bool quantifiable) {
    if (AtEnd()) return true;
    size_t start = pos_;
    char16_t c = Unit();
    uint64_t min = 0;
    uint64_t max = kQuantifierInfinity;
    if (c == '*' || c == '+' || c == '?') {
      if (!quantifiable) return Fail("Nothing to repeat", start);
      ++pos_;
      if (c == '+') min = 1;
      if (c == '?') max = 1;
    } else if (c == '{') {
      size_t length = 0;
      std::u16string_view min_digits, max_digits;
      if (!MatchBracedQuantifier(&length, &min_digits, &max_digits)) {
        if (unicode_mode_) return Fail("Incomplete quantifier", start);
        return true;  // `{` is an ExtendedPatternCharacter of the next Term.
      }
      if (!quantifiable) return Fail("Nothing to repeat", start);
      // 22.2.1.1: QuantifierPrefix :: { DecimalDigits , DecimalDigits }
      if (!max_digits.empty() && CompareDecimalDigits(min_digits, max_digits) > 0) {
        return Fail("numbers out of order in {} quantifier", start);
      }
      min = DecimalDigitsValue(min_digits);
      // { n } is exactly n; { n ,} is unbounded.
      max = max_digits.empty() ? (source_[start + length - 2] == ',' ? kQuantifierInfinity : min)
                               : DecimalDigitsValue(max_digits);
      pos_ += length;
    } else {
      return true;
    }
    bool greedy = true;
    if (Unit() == '?' && !AtEnd()) {
      ++pos_;
      greedy = false;
    }
    // Wrap the Atom just parsed.
    if (!build_tree_) return true;
    NodeIndex atom = nodes_[current_alternative_node_].children.back();
    NodeIndex quantifier = NewNode(NodeKind::kQuantifier, nodes_[atom].start);
    nodes_[quantifier].min = min;
    nodes_[quantifier].max = max;
    nodes_[quantifier].greedy = greedy;
    nodes_[quantifier].children.push_back(atom);
    nodes_[current_alternative_node_].children.back() = quantifier;
    return true;
  }

  static uint64_t DecimalDigitsValue(std::u16string_view digits) {
    uint64_t value = 0;
    for (char16_t digit : digits) {
      value = value > (kSaturated - 9) / 10 ? kSaturated : value * 10 + (digit - '0');
    }
    return value;
  }

  // ----------------------------------------------------------------- escapes

  // `\` AtomEscape at pos_ (the backslash), other than \b and \B.
  bool ParseAtomEscape() {
    size_t start = pos_;
    ++pos_;
    if (AtEnd()) return Fail("\\ at end of pattern", start);
    char16_t c = Unit();
    if (c >= '1' && c <= '9') {
      // DecimalEscape :: NonZeroDigit DecimalDigits? [lookahead ∉ DecimalDigit]
      size_t digits_start = pos_;
      while (IsDecimalDigit(Unit()) && !AtEnd()) ++pos_;
      uint64_t value = DecimalDigitsValue(source_.substr(digits_start, pos_ - digits_start));
      if (unicode_mode_) {
        decimal_escapes_.push_back({value, start});
      } else if (!total_capture_count_ || value > *total_capture_count_) {
        // B.1.2 AtomEscape: a DecimalEscape only if CapturingGroupNumber ≤
        // CountLeftCapturingParensWithin(Pattern); otherwise the text is a
        // LegacyOctalEscapeSequence or IdentityEscape (valid either way),
        // followed by pattern characters.
        has_ambiguous_decimal_escape_ = true;
        pos_ = digits_start;
        char32_t character = 0;
        if (!ParseCharacterEscape(/*in_class=*/false, &character)) return false;
        AddTerm(NewCharacter(character, start));
        return true;
      }
      NodeIndex node = NewNode(NodeKind::kBackreference, start);
      nodes_[node].capture_index = value > 0xFFFFFFFFull ? 0xFFFFFFFF : static_cast<uint32_t>(value);
      AddTerm(node);
      return true;
    }
    if (c == 'k' && named_capture_groups_) {
      // [+NamedCaptureGroups] k GroupName
      ++pos_;
      std::u32string name;
      if (Unit() != '<' || AtEnd()) return Fail("Invalid named reference", start);
      if (!ParseGroupName(&name)) return false;
      NodeIndex node = NewNode(NodeKind::kBackreference, start);
      nodes_[node].name = ToUtf16(name);
      AddTerm(node);
      group_name_references_.push_back({std::move(name), start});
      return true;
    }
    ClassAtom atom;
    if (!ParseCharacterClassEscapeOrCharacterEscape(/*in_class=*/false, &atom)) return false;
    AddTerm(atom.is_character_class ? atom.node : NewCharacter(atom.value, start));
    return true;
  }

  // CharacterClassEscape or CharacterEscape (or, in a class, the ClassEscape
  // forms) after a backslash, pos_ at the character after it. A class escape
  // gets its node; a character only its CharacterValue.
  bool ParseCharacterClassEscapeOrCharacterEscape(bool in_class, ClassAtom* atom) {
    char16_t c = Unit();
    switch (c) {
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        ++pos_;
        atom->is_character_class = true;
        atom->node = NewNode(NodeKind::kCharacterClassEscape, pos_ - 2);
        nodes_[atom->node].value = c;
        return true;
      case 'p':
      case 'P':
        if (unicode_mode_) {
          atom->is_character_class = true;
          return ParseUnicodePropertyValueExpression(c == 'P', &atom->node);
        }
        break;
      default:
        break;
    }
    return ParseCharacterEscape(in_class, &atom->value);
  }

  // CharacterEscape[UnicodeMode, NamedCaptureGroups] (B.1.2), pos_ after the
  // backslash. In a class (non-Unicode) also ClassEscape :: c ClassControlLetter
  // and ClassAtomNoDash :: \ [lookahead = c].
  bool ParseCharacterEscape(bool in_class, char32_t* value) {
    size_t start = pos_ - 1;
    if (AtEnd()) return Fail("\\ at end of pattern", start);
    char16_t c = Unit();
    switch (c) {
      // ControlEscape
      case 'f': ++pos_; *value = 0x0C; return true;
      case 'n': ++pos_; *value = 0x0A; return true;
      case 'r': ++pos_; *value = 0x0D; return true;
      case 't': ++pos_; *value = 0x09; return true;
      case 'v': ++pos_; *value = 0x0B; return true;
      case 'c': {
        char16_t letter = Unit(1);
        if (!AtEnd(1) && IsAsciiLetter(letter)) {
          // c AsciiLetter
          pos_ += 2;
          *value = letter % 32;
          return true;
        }
        if (unicode_mode_) return Fail("Invalid unicode escape", start);
        if (in_class && !AtEnd(1) && (IsDecimalDigit(letter) || letter == '_')) {
          // B.1.2 ClassEscape :: c ClassControlLetter
          pos_ += 2;
          *value = letter % 32;
          return true;
        }
        // B.1.2 ExtendedAtom / ClassAtomNoDash :: \ [lookahead = c]: the
        // backslash itself; `c` is read again as the next character.
        *value = '\\';
        return true;
      }
      case '0':
        if (!IsDecimalDigit(Unit(1)) || AtEnd(1)) {
          // 0 [lookahead ∉ DecimalDigit]
          ++pos_;
          *value = 0;
          return true;
        }
        if (unicode_mode_) return Fail("Invalid decimal escape", start);
        return ParseLegacyOctalEscapeSequence(value);
      case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        if (unicode_mode_) return Fail(in_class ? "Invalid class escape" : "Invalid escape", start);
        return ParseLegacyOctalEscapeSequence(value);
      case 'x':
        if (!AtEnd(2) && IsHexDigit(Unit(1)) && IsHexDigit(Unit(2))) {
          // HexEscapeSequence :: x HexDigit HexDigit
          *value = HexValue(Unit(1)) * 16 + HexValue(Unit(2));
          pos_ += 3;
          return true;
        }
        if (unicode_mode_) return Fail("Invalid escape", start);
        break;  // IdentityEscape
      case 'u':
        if (ParseRegExpUnicodeEscapeSequence(unicode_mode_, value)) return true;
        if (unicode_mode_) return Fail("Invalid Unicode escape", start);
        break;  // IdentityEscape
      default:
        break;
    }
    // IdentityEscape[UnicodeMode, NamedCaptureGroups]
    if (unicode_mode_) {
      // [+UnicodeMode] SyntaxCharacter | [+UnicodeMode] /
      if (IsSyntaxCharacter(c) || c == '/') {
        ++pos_;
        *value = c;
        return true;
      }
      return Fail("Invalid escape", start);
    }
    // [~UnicodeMode] SourceCharacterIdentityEscape[?NamedCaptureGroups]:
    // SourceCharacter but not c, nor k with named groups.
    if (c == 'k' && named_capture_groups_) return Fail("Invalid named reference", start);
    ++pos_;
    *value = c;
    return true;
  }

  // B.1.2 LegacyOctalEscapeSequence (12.9.4, Annex B.1.1): at most three octal
  // digits, at most two if the first is 4-7. pos_ at the first digit.
  bool ParseLegacyOctalEscapeSequence(char32_t* value) {
    char16_t first = Unit();
    uint32_t result = first - '0';
    ++pos_;
    if (!AtEnd() && IsOctalDigit(Unit())) {
      result = result * 8 + (Unit() - '0');
      ++pos_;
      if (first <= '3' && !AtEnd() && IsOctalDigit(Unit())) {
        result = result * 8 + (Unit() - '0');
        ++pos_;
      }
    }
    *value = result;
    return true;
  }

  // RegExpUnicodeEscapeSequence[UnicodeMode] at pos_ (the `u`): its
  // CharacterValue, or false with pos_ unchanged.
  //   [+UnicodeMode] u HexLeadSurrogate \u HexTrailSurrogate
  //   [+UnicodeMode] u HexLeadSurrogate | u HexTrailSurrogate | u HexNonSurrogate
  //   [~UnicodeMode] u Hex4Digits
  //   [+UnicodeMode] u{ CodePoint }
  bool ParseRegExpUnicodeEscapeSequence(bool unicode_mode, char32_t* value) {
    size_t start = pos_;
    if (Unit() != 'u' || AtEnd()) return false;
    ++pos_;
    if (unicode_mode && Unit() == '{' && !AtEnd()) {
      ++pos_;
      uint32_t code_point = 0;
      size_t digits = 0;
      while (!AtEnd() && IsHexDigit(Unit())) {
        code_point = code_point * 16 + HexValue(Unit());
        if (code_point > 0x10FFFF) break;
        ++digits;
        ++pos_;
      }
      if (digits == 0 || code_point > 0x10FFFF || Unit() != '}' || AtEnd()) {
        pos_ = start;
        return false;
      }
      ++pos_;
      *value = code_point;
      return true;
    }
    uint32_t code_unit = 0;
    if (!ParseHex4Digits(&code_unit)) {
      pos_ = start;
      return false;
    }
    if (unicode_mode && U16_IS_LEAD(code_unit) && Unit() == '\\' && Unit(1) == 'u') {
      // The nearest possible \u HexTrailSurrogate is associated with it.
      size_t before_trail = pos_;
      pos_ += 2;
      uint32_t trail = 0;
      if (ParseHex4Digits(&trail) && U16_IS_TRAIL(trail)) {
        *value = U16_GET_SUPPLEMENTARY(code_unit, trail);
        return true;
      }
      pos_ = before_trail;
    }
    *value = code_unit;
    return true;
  }

  bool ParseHex4Digits(uint32_t* value) {
    if (AtEnd(3)) return false;
    uint32_t result = 0;
    for (size_t i = 0; i < 4; ++i) {
      if (!IsHexDigit(Unit(i))) return false;
      result = result * 16 + HexValue(Unit(i));
    }
    pos_ += 4;
    *value = result;
    return true;
  }

  // `p{` UnicodePropertyValueExpression `}` or `P{` ... `}`, pos_ at p or P.
  // Applies the early errors of 22.2.1.1 on UnicodePropertyValueExpression and
  // CharacterClassEscape :: P{ UnicodePropertyValueExpression }.
  bool ParseUnicodePropertyValueExpression(bool negated, NodeIndex* node) {
    size_t start = pos_ - 1;
    bool may_contain_strings = false;
    if (!ParseUnicodePropertyValueExpression(negated, &may_contain_strings)) return false;
    *node = NewNode(NodeKind::kUnicodeProperty, start);
    Node& property = nodes_[*node];
    property.negated = negated;
    property.may_contain_strings = may_contain_strings;
    property.property_name = std::move(last_property_name_);
    property.property_value = std::move(last_property_value_);
    return true;
  }

  bool ParseUnicodePropertyValueExpression(bool negated, bool* may_contain_strings) {
    size_t start = pos_ - 1;
    ++pos_;  // p or P
    if (Unit() != '{' || AtEnd()) return Fail("Invalid property name", start);
    ++pos_;
    std::string name;
    std::string value;
    bool has_equals = false;
    while (true) {
      if (AtEnd()) return Fail("Invalid property name", start);
      char16_t c = Unit();
      if (c == '}') break;
      if (c == '=' && !has_equals) {
        has_equals = true;
      } else if (IsAsciiLetter(c) || c == '_' || IsDecimalDigit(c)) {
        (has_equals ? value : name).push_back(static_cast<char>(c));
      } else {
        return Fail("Invalid property name", start);
      }
      ++pos_;
    }
    ++pos_;  // }
    *may_contain_strings = false;
    if (has_equals) {
      // UnicodePropertyValueExpression :: UnicodePropertyName = UnicodePropertyValue
      NonBinaryProperty property;
      if (!LookupNonBinaryPropertyName(name, &property)) return Fail("Invalid property name", start);
      if (!IsPropertyValueOf(property, value)) return Fail("Invalid property value", start);
      last_property_name_ = std::move(name);
      last_property_value_ = std::move(value);
      return true;
    }
    // UnicodePropertyValueExpression :: LoneUnicodePropertyNameOrValue
    if (IsPropertyValueOf(NonBinaryProperty::kGeneralCategory, name)) {
      last_property_name_ = "General_Category";
      last_property_value_ = std::move(name);
      return true;
    }
    last_property_name_ = name;
    last_property_value_.clear();
    if (IsBinaryPropertyName(name)) return true;
    if (IsBinaryPropertyOfStringsName(name)) {
      if (!unicode_sets_mode_) return Fail("Invalid property name: a property of strings needs the v flag", start);
      // CharacterClassEscape :: P{ UnicodePropertyValueExpression }:
      // MayContainStrings must be false.
      if (negated) return Fail("Invalid property name: \\P of a property of strings", start);
      *may_contain_strings = true;
      return true;
    }
    return Fail("Invalid property name", start);
  }

  // ------------------------------------------ classes without UnicodeSetsMode

  // CharacterClass[UnicodeMode, ~UnicodeSetsMode] at pos_ (`[`):
  // NonemptyClassRanges and NonemptyClassRangesNoDash with their early errors.
  bool ParseClassRanges(NodeIndex* class_node) {
    size_t start = pos_;
    ++pos_;
    bool negated = Unit() == '^' && !AtEnd();
    if (negated) ++pos_;
    *class_node = NewNode(NodeKind::kCharacterClass, start);
    nodes_[*class_node].negated = negated;
    while (true) {
      if (AtEnd()) return Fail("Unterminated character class", start);
      if (Unit() == ']') {
        ++pos_;
        nodes_[*class_node].end = static_cast<uint32_t>(pos_);
        return true;
      }
      size_t range_start = pos_;
      ClassAtom first;
      if (!ParseClassAtom(&first)) return false;
      if (Unit() == '-' && !AtEnd(1) && Unit(1) != ']') {
        size_t dash = pos_;
        ++pos_;
        size_t second_start = pos_;
        ClassAtom second;
        if (!ParseClassAtom(&second)) return false;
        if (first.is_character_class || second.is_character_class) {
          // B.1.2.1: only an error with [UnicodeMode]. The class then holds
          // both atoms and `-` (B.1.2.7 CharacterRangeOrUnion).
          if (unicode_mode_) return Fail("Invalid character class in range", range_start);
          AddClassAtom(*class_node, first, range_start);
          AddChild(*class_node, NewCharacter('-', dash));
          AddClassAtom(*class_node, second, second_start);
          continue;
        }
        if (first.value > second.value) return Fail("Range out of order in character class", range_start);
        NodeIndex range = NewNode(NodeKind::kClassRange, range_start);
        nodes_[range].value = first.value;
        nodes_[range].last = second.value;
        AddChild(*class_node, range);
        continue;
      }
      AddClassAtom(*class_node, first, range_start);
    }
  }

  void AddClassAtom(NodeIndex class_node, const ClassAtom& atom, size_t start) {
    NodeIndex child = atom.is_character_class ? atom.node : NewCharacter(atom.value, start);
    if (!atom.is_character_class) nodes_[child].end = static_cast<uint32_t>(pos_);
    AddChild(class_node, child);
  }

  // ClassAtom[UnicodeMode, NamedCaptureGroups] (B.1.2).
  bool ParseClassAtom(ClassAtom* atom) {
    if (Unit() != '\\') {
      // `-` or SourceCharacter but not one of \ or ] or -
      atom->value = ConsumeSourceCharacter(unicode_mode_);
      return true;
    }
    size_t start = pos_;
    ++pos_;
    if (AtEnd()) return Fail("\\ at end of pattern", start);
    char16_t c = Unit();
    if (c == 'b') {
      // ClassEscape :: b
      ++pos_;
      atom->value = 0x08;
      return true;
    }
    if (c == '-' && unicode_mode_) {
      // ClassEscape :: [+UnicodeMode] -
      ++pos_;
      atom->value = '-';
      return true;
    }
    return ParseCharacterClassEscapeOrCharacterEscape(/*in_class=*/true, atom);
  }

  // ------------------------------------------------ classes in UnicodeSetsMode

  enum class SetOperation { kNone, kUnion, kIntersection, kSubtraction };

  struct ClassSetFrame {
    size_t start;
    bool negated;
    NodeIndex node;
    SetOperation operation = SetOperation::kNone;
    size_t operands = 0;
    bool after_operator = false;
    bool may_contain_strings = false;
  };

  // Folds one operand into its ClassSetExpression (22.2.1.8 MayContainStrings
  // of ClassUnion, ClassIntersection and ClassSubtraction).
  void AddOperand(ClassSetFrame* frame, bool may_contain_strings, NodeIndex operand) {
    AddChild(frame->node, operand);
    switch (frame->operation) {
      case SetOperation::kNone:
        frame->may_contain_strings = may_contain_strings;
        break;
      case SetOperation::kUnion:
        frame->may_contain_strings = frame->may_contain_strings || may_contain_strings;
        break;
      case SetOperation::kIntersection:
        frame->may_contain_strings = frame->may_contain_strings && may_contain_strings;
        break;
      case SetOperation::kSubtraction:
        break;  // MayContainStrings of the first operand.
    }
    ++frame->operands;
    frame->after_operator = false;
  }

  // CharacterClass[+UnicodeMode, +UnicodeSetsMode] at pos_ (`[`), with its
  // NestedClasses on an explicit stack:
  //   ClassSetExpression :: ClassUnion | ClassIntersection | ClassSubtraction
  bool ParseClassSetCharacterClass(NodeIndex* class_node) {
    std::vector<ClassSetFrame> frames;
    auto open = [&]() {
      size_t start = pos_;
      ++pos_;  // [
      bool negated = Unit() == '^' && !AtEnd();
      if (negated) ++pos_;
      if (frames.size() >= kMaxNestingDepth) return Fail("Regular expression too deeply nested", start);
      NodeIndex node = NewNode(NodeKind::kCharacterClass, start);
      nodes_[node].negated = negated;
      frames.push_back({start, negated, node});
      return true;
    };
    if (!open()) return false;
    while (true) {
      ClassSetFrame& frame = frames.back();
      if (AtEnd()) return Fail("Unterminated character class", frames.front().start);
      char16_t c = Unit();
      if (c == ']') {
        if (frame.after_operator) return Fail("Missing operand in character class", pos_);
        ++pos_;
        bool strings = frame.operands > 0 && frame.may_contain_strings;
        // 22.2.1.1: CharacterClass / NestedClass :: [^ ClassContents ] with
        // MayContainStrings of ClassContents true.
        if (frame.negated && strings) return Fail("Negated character class may contain strings", frame.start);
        Node& node = nodes_[frame.node];
        node.end = static_cast<uint32_t>(pos_);
        node.may_contain_strings = strings;
        node.operation = frame.operation == SetOperation::kIntersection  ? ClassSetOperation::kIntersection
                         : frame.operation == SetOperation::kSubtraction ? ClassSetOperation::kSubtraction
                                                                         : ClassSetOperation::kUnion;
        NodeIndex closed = frame.node;
        frames.pop_back();
        if (frames.empty()) {
          *class_node = closed;
          return true;
        }
        AddOperand(&frames.back(), strings, closed);
        continue;
      }
      if (frame.operands > 0 && !frame.after_operator) {
        // After an operand: an operator, or the next ClassUnion item.
        if (Lookahead(u"&&")) {
          if (frame.operation != SetOperation::kNone && frame.operation != SetOperation::kIntersection) {
            return Fail("Invalid set operation in character class", pos_);
          }
          frame.operation = SetOperation::kIntersection;
          pos_ += 2;
          // ClassIntersection :: ... && [lookahead ≠ &] ClassSetOperand
          if (Unit() == '&' && !AtEnd()) return Fail("Invalid character in character class", pos_);
          frame.after_operator = true;
          continue;
        }
        if (Lookahead(u"--")) {
          if (frame.operation != SetOperation::kNone && frame.operation != SetOperation::kSubtraction) {
            return Fail("Invalid set operation in character class", pos_);
          }
          frame.operation = SetOperation::kSubtraction;
          pos_ += 2;
          frame.after_operator = true;
          continue;
        }
        if (frame.operation == SetOperation::kIntersection || frame.operation == SetOperation::kSubtraction) {
          return Fail("Invalid set operation in character class", pos_);
        }
        frame.operation = SetOperation::kUnion;
      }
      if (c == '[') {
        // NestedClass :: [ ClassContents ] | [^ ClassContents ]
        if (!open()) return false;
        continue;
      }
      // ClassSetOperand other than a bracketed NestedClass, or ClassSetRange.
      size_t operand_start = pos_;
      bool strings = false;
      bool is_character = false;
      char32_t value = 0;
      NodeIndex operand = 0;
      if (!ParseClassSetOperand(&strings, &is_character, &value, &operand)) return false;
      bool may_be_range = frame.operation == SetOperation::kNone || frame.operation == SetOperation::kUnion;
      if (is_character && may_be_range && Unit() == '-' && !AtEnd() && Unit(1) != '-') {
        // ClassSetRange :: ClassSetCharacter - ClassSetCharacter
        ++pos_;
        if (AtEnd()) return Fail("Unterminated character class", frames.front().start);
        char32_t last = 0;
        if (!ParseClassSetCharacter(&last)) return false;
        // 22.2.1.1: ClassSetRange out of order.
        if (value > last) return Fail("Range out of order in character class", operand_start);
        frame.operation = SetOperation::kUnion;
        strings = false;
        operand = NewNode(NodeKind::kClassRange, operand_start);
        nodes_[operand].value = value;
        nodes_[operand].last = last;
      } else if (is_character) {
        operand = NewCharacter(value, operand_start);
      }
      AddOperand(&frame, strings, operand);
    }
  }

  // ClassSetOperand :: ClassStringDisjunction | ClassSetCharacter, or
  // NestedClass :: \ CharacterClassEscape[+UnicodeMode].
  // A character gets no node here: it may start a ClassSetRange.
  bool ParseClassSetOperand(bool* may_contain_strings, bool* is_character, char32_t* value, NodeIndex* node) {
    *may_contain_strings = false;
    *is_character = false;
    if (Unit() == '\\') {
      char16_t next = Unit(1);
      if (next == 'q' && Unit(2) == '{' && !AtEnd(2)) return ParseClassStringDisjunction(may_contain_strings, node);
      switch (next) {
        case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
          pos_ += 2;
          *node = NewNode(NodeKind::kCharacterClassEscape, pos_ - 2);
          nodes_[*node].value = next;
          return true;
        case 'p':
        case 'P':
          ++pos_;
          if (!ParseUnicodePropertyValueExpression(next == 'P', node)) return false;
          *may_contain_strings = nodes_[*node].may_contain_strings;
          return true;
        default:
          break;
      }
    }
    *is_character = true;
    return ParseClassSetCharacter(value);
  }

  // ClassSetCharacter ::
  //   [lookahead ∉ ClassSetReservedDoublePunctuator] SourceCharacter but not ClassSetSyntaxCharacter
  //   \ CharacterEscape[+UnicodeMode] | \ ClassSetReservedPunctuator | \b
  bool ParseClassSetCharacter(char32_t* value) {
    size_t start = pos_;
    if (AtEnd()) return Fail("Unterminated character class", start);
    char16_t c = Unit();
    if (c == '\\') {
      ++pos_;
      if (AtEnd()) return Fail("\\ at end of pattern", start);
      char16_t next = Unit();
      if (next == 'b') {
        ++pos_;
        *value = 0x08;
        return true;
      }
      if (IsClassSetReservedPunctuator(next)) {
        ++pos_;
        *value = next;
        return true;
      }
      return ParseCharacterEscape(/*in_class=*/true, value);
    }
    if (IsDoublePunctuatorCharacter(c) && Unit(1) == c && !AtEnd(1)) {
      return Fail("Invalid set operation in character class", start);
    }
    if (IsClassSetSyntaxCharacter(c)) return Fail("Invalid character in character class", start);
    *value = ConsumeSourceCharacter(/*combine_surrogate_pairs=*/true);
    return true;
  }

  // ClassStringDisjunction :: \q{ ClassStringDisjunctionContents }
  // MayContainStrings: true if some ClassString is empty or longer than one
  // ClassSetCharacter.
  bool ParseClassStringDisjunction(bool* may_contain_strings, NodeIndex* node) {
    size_t start = pos_;
    pos_ += 3;  // \q{
    *node = NewNode(NodeKind::kClassStringDisjunction, start);
    NodeIndex string = NewNode(NodeKind::kClassString, pos_);
    AddChild(*node, string);
    size_t length = 0;  // ClassSetCharacters in the ClassString
    while (true) {
      if (AtEnd()) return Fail("Unterminated class string disjunction", start);
      char16_t c = Unit();
      if (c == '}' || c == '|') {
        if (length != 1) *may_contain_strings = true;
        length = 0;
        nodes_[string].end = static_cast<uint32_t>(pos_);
        ++pos_;
        if (c == '}') {
          nodes_[*node].end = static_cast<uint32_t>(pos_);
          nodes_[*node].may_contain_strings = *may_contain_strings;
          return true;
        }
        string = NewNode(NodeKind::kClassString, pos_);
        AddChild(*node, string);
        continue;
      }
      size_t character_start = pos_;
      char32_t character = 0;
      if (!ParseClassSetCharacter(&character)) return false;
      AddChild(string, NewCharacter(character, character_start));
      ++length;
    }
  }

  // ------------------------------------------------ pattern-wide early errors

  bool CheckPatternEarlyErrors() {
    // 22.2.1.1 Pattern :: Disjunction: CountLeftCapturingParensWithin(Pattern) ≥ 2^32 - 1.
    if (capture_count_ >= 0xFFFFFFFFull) return Fail("Too many capture groups", 0);
    // AtomEscape :: k GroupName: GroupSpecifiersThatMatch(GroupName) is empty.
    for (const auto& [name, offset] : group_name_references_) {
      if (group_name_ids_.find(name) == group_name_ids_.end()) {
        return Fail("Invalid named capture referenced", offset);
      }
    }
    // AtomEscape :: DecimalEscape: CapturingGroupNumber above
    // CountLeftCapturingParensWithin(Pattern) ([UnicodeMode] only; Annex B
    // reads the escape another way otherwise).
    for (const auto& [number, offset] : decimal_escapes_) {
      if (number > capture_count_) return Fail("Invalid escape: no such capture group", offset);
    }
    return true;
  }

  std::u16string_view source_;
  bool unicode_mode_;
  bool unicode_sets_mode_;
  bool named_capture_groups_;
  bool build_tree_;
  size_t pos_ = 0;
  std::optional<PatternSyntaxError> error_;

  uint64_t capture_count_ = 0;
  bool has_group_name_ = false;
  std::map<std::u32string, uint32_t> group_name_ids_;
  std::vector<uint32_t> unshielded_count_;  // by name id
  std::vector<ParticipationLevel> participation_levels_;
  std::vector<std::pair<std::u32string, size_t>> group_name_references_;
  std::vector<std::pair<uint64_t, size_t>> decimal_escapes_;

  std::optional<uint64_t> total_capture_count_;
  bool has_ambiguous_decimal_escape_ = false;
  std::vector<Node> nodes_;
  NodeIndex current_alternative_node_ = 0;
  std::vector<std::u16string> capture_names_{std::u16string()};
  std::string last_property_name_;
  std::string last_property_value_;
};

}  // namespace

// 22.2.3.4 Static Semantics: ParsePattern ( patternText, u, v ), as amended by
// B.1.2.9, followed by the early errors of 22.2.1.1 and B.1.2.1.
// https://tc39.es/ecma262/#sec-parsepattern
// https://tc39.es/ecma262/#sec-parsepattern-annexb
std::variant<RegExpPattern, PatternSyntaxError> ParsePattern(std::u16string_view pattern, const RegExpFlags& flags) {
  // 1. If v is true and u is true, then
  //   a. Let parseResult be a List containing one or more SyntaxError objects.
  if (flags.unicode && flags.unicode_sets) {
    return PatternSyntaxError{"Invalid regular expression flags: u and v together", 0};
  }
  // 2. Else if v is true, then
  //   a. Let parseResult be ParseText(patternText, Pattern[+UnicodeMode, +UnicodeSetsMode, +NamedCaptureGroups]).
  // 3. Else if u is true, then
  //   a. Let parseResult be ParseText(patternText, Pattern[+UnicodeMode, ~UnicodeSetsMode, +NamedCaptureGroups]).
  if (flags.unicode || flags.unicode_sets) {
    PatternParser parser(pattern, /*unicode_mode=*/true, flags.unicode_sets, /*named_capture_groups=*/true,
                         /*build_tree=*/true);
    if (auto error = parser.Parse()) return *error;
    return parser.TakePattern();
  }
  // 4. Else,
  //   a. Let parseResult be ParseText(patternText, Pattern[~UnicodeMode, ~UnicodeSetsMode, ~NamedCaptureGroups]).
  PatternParser without_names(pattern, false, false, /*named_capture_groups=*/false, /*build_tree=*/true);
  if (auto error = without_names.Parse()) return *error;
  //   b. If parseResult is a Parse Node and parseResult contains a GroupName, then
  //     i. Set parseResult to ParseText(patternText, Pattern[~UnicodeMode, ~UnicodeSetsMode, +NamedCaptureGroups]).
  // The text is parsed again, too, when a DecimalEscape's reading (B.1.2
  // AtomEscape) needs the group count, which is now known.
  if (!without_names.has_group_name() && !without_names.has_ambiguous_decimal_escape()) {
    return without_names.TakePattern();
  }
  PatternParser again(pattern, false, false, without_names.has_group_name(), /*build_tree=*/true,
                      without_names.capture_count());
  if (auto error = again.Parse()) return *error;
  return again.TakePattern();
}

std::optional<PatternSyntaxError> ValidatePattern(std::u16string_view pattern, const RegExpFlags& flags) {
  // The same steps as ParsePattern, without the parse that only refines the
  // tree: validity never depends on how a non-Unicode DecimalEscape is read.
  if (flags.unicode && flags.unicode_sets) {
    return PatternSyntaxError{"Invalid regular expression flags: u and v together", 0};
  }
  if (flags.unicode || flags.unicode_sets) {
    return PatternParser(pattern, /*unicode_mode=*/true, flags.unicode_sets, /*named_capture_groups=*/true,
                         /*build_tree=*/false)
        .Parse();
  }
  PatternParser without_names(pattern, false, false, /*named_capture_groups=*/false, /*build_tree=*/false);
  if (auto error = without_names.Parse()) return error;
  if (!without_names.has_group_name()) return std::nullopt;
  return PatternParser(pattern, false, false, /*named_capture_groups=*/true, /*build_tree=*/false).Parse();
}

}  // namespace async_runtime::regexp
