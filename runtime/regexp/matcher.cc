#include "runtime/regexp/matcher.h"

#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <set>

#include "runtime/regexp/unicode_data.h"
#include "runtime/regexp/unicode_properties.h"

namespace async_runtime::regexp {

namespace {

constexpr char32_t kMaxCodeUnit = 0xFFFF;
constexpr char32_t kMaxCodePoint = 0x10FFFF;
// Deepest tree the compiler walks (its recursion follows the pattern's
// nesting, never the input).
constexpr int kMaxNesting = 2000;
// Backtrack entries before a match gives up with kLimitExceeded.
constexpr size_t kMaxBacktrackEntries = size_t{1} << 23;

bool IsHighSurrogate(char32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool IsLowSurrogate(char32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }
bool IsLineTerminator(char32_t c) { return c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029; }

// The non-Unicode Canonicalize of every code unit (toUppercase, kept only
// when it is one code unit and does not map non-ASCII onto ASCII).
const std::array<char16_t, 0x10000>& NonUnicodeCanonicalTable() {
  static std::array<char16_t, 0x10000>* table = [] {
    auto* result = new std::array<char16_t, 0x10000>();
    for (uint32_t ch = 0; ch <= kMaxCodeUnit; ++ch) {
      (*result)[ch] = static_cast<char16_t>(ch);
      if (IsHighSurrogate(ch) || IsLowSurrogate(ch)) continue;
      UChar source[1] = {static_cast<UChar>(ch)};
      UChar upper[8];
      UErrorCode status = U_ZERO_ERROR;
      int32_t length = u_strToUpper(upper, 8, source, 1, "", &status);
      if (U_FAILURE(status) || length != 1) continue;
      if (ch >= 128 && upper[0] < 128) continue;
      (*result)[ch] = upper[0];
    }
    return result;
  }();
  return *table;
}

// The common or simple case folding of CaseFolding.txt 17.0.0 for `ch`, or
// `ch` itself. (The system ICU's u_foldCase is Unicode 15.0, which lacks
// mappings such as U+1FD3 → U+0390 that CaseFolding.txt 15.1 added.)
char32_t SimpleCaseFold(char32_t ch) {
  std::span<const unicode_data::CaseFoldingMapping> mappings = unicode_data::SimpleCaseFolding();
  auto found = std::lower_bound(mappings.begin(), mappings.end(), ch,
                                [](const unicode_data::CaseFoldingMapping& mapping, char32_t key) { return mapping.from < key; });
  if (found == mappings.end() || found->from != ch) return ch;
  return found->to;
}

// The characters Canonicalize changes, per mode.
const icu::UnicodeSet& ChangedByCanonicalize(bool unicode_mode) {
  static icu::UnicodeSet* sets[2] = {nullptr, nullptr};
  static std::once_flag once;
  std::call_once(once, [] {
    auto* non_unicode = new icu::UnicodeSet();
    const auto& table = NonUnicodeCanonicalTable();
    for (uint32_t ch = 0; ch <= kMaxCodeUnit; ++ch) {
      if (table[ch] != ch) non_unicode->add(static_cast<UChar32>(ch));
    }
    non_unicode->freeze();
    auto* unicode = new icu::UnicodeSet();
    for (const unicode_data::CaseFoldingMapping& mapping : unicode_data::SimpleCaseFolding()) {
      if (mapping.to != mapping.from) unicode->add(static_cast<UChar32>(mapping.from));
    }
    unicode->freeze();
    sets[0] = non_unicode;
    sets[1] = unicode;
  });
  return *sets[unicode_mode ? 1 : 0];
}

}  // namespace

// 22.2.2.7.3 Canonicalize ( rer, ch )
// https://tc39.es/ecma262/#sec-runtime-semantics-canonicalize-ch
char32_t Canonicalize(char32_t ch, bool unicode_mode, bool ignore_case) {
  // 1. If HasEitherUnicodeFlag(rer) is true and rer.[[IgnoreCase]] is true, then
  //    a. If the file CaseFolding.txt of the Unicode Character Database provides a simple or common case
  //       folding mapping for ch, return the result of applying that mapping to ch.
  //    b. Return ch.
  if (unicode_mode && ignore_case) return SimpleCaseFold(ch);
  // 2. If rer.[[IgnoreCase]] is false, return ch.
  if (!ignore_case) return ch;
  // 3.-9. toUppercase(« ch »), kept when it is a single code unit not mapping non-ASCII onto ASCII.
  if (ch > kMaxCodeUnit) return ch;
  return NonUnicodeCanonicalTable()[ch];
}

namespace {

enum class Op : uint8_t {
  kChar,            // a: the canonicalized character
  kClass,           // a: class index
  kAny,             // dot; a: dotAll
  kAssertStart,     // ^; a: multiline
  kAssertEnd,       // $; a: multiline
  kWordBoundary,    // \b (a = 0) or \B (a = 1)
  kSplit,           // try a, on backtrack b
  kJump,            // a
  kSave,            // captures[a] = position
  kBackreference,   // a: backreference index
  kRepeatInit,      // quantifier a: counter = 0
  kRepeatCheck,     // quantifier a: iterate, exit or choose
  kRepeatBodyStart, // quantifier a: remember the position, reset the atom's captures
  kRepeatTail,      // quantifier a: empty check, count, loop
  kLookStart,       // lookaround a
  kLookEnd,         // lookaround a
  kMatch,
};

struct Instruction {
  Op op;
  bool backward = false;
  bool ignore_case = false;
  uint32_t a = 0;
  uint32_t b = 0;
};

struct CharacterClass {
  icu::UnicodeSet set;  // canonicalized members when ignore_case
  bool invert = false;
};

struct Quantifier {
  uint64_t min = 0;
  uint64_t max = 0;
  bool greedy = true;
  uint32_t body = 0;
  uint32_t exit = 0;
  uint32_t first_slot = 0;  // the atom's captures, as capture slots
  uint32_t slot_count = 0;
};

struct Lookaround {
  bool negated = false;
  uint32_t end = 0;  // the kLookEnd instruction
};

}  // namespace

struct Program {
  std::vector<Instruction> code;
  std::vector<CharacterClass> classes;
  std::vector<Quantifier> quantifiers;
  std::vector<Lookaround> lookarounds;
  std::vector<std::vector<uint32_t>> backreferences;  // capture indices per \N / \k<name>
  bool unicode_mode = false;
  bool unicode_sets = false;
  uint32_t slot_count = 0;
};

namespace {

// A set of characters and strings (a CharSet of 22.2.2.9): code points in
// `characters`, strings of other lengths in `strings`.
struct ClassSet {
  icu::UnicodeSet characters;
  std::set<std::u32string> strings;
};

void AddCodePointString(ClassSet& set, std::u32string string) {
  if (string.size() == 1) {
    set.characters.add(static_cast<UChar32>(string[0]));
  } else {
    set.strings.insert(std::move(string));
  }
}

class Compiler {
 public:
  Compiler(const RegExpPattern& pattern, const RegExpFlags& flags, Program& program)
      : pattern_(pattern), flags_(flags), program_(program) {
    unicode_mode_ = flags.unicode || flags.unicode_sets;
  }

  std::optional<MatcherLimitError> Compile() {
    program_.unicode_mode = unicode_mode_;
    program_.unicode_sets = flags_.unicode_sets;
    program_.slot_count = 2 * (pattern_.capture_count + 1);
    Emit(Op::kSave, 0);
    CompileNode(pattern_.root, false, flags_.ignore_case, flags_.multiline, flags_.dot_all, 0);
    if (error_) return error_;
    Emit(Op::kSave, 1);
    Emit(Op::kMatch);
    return std::nullopt;
  }

 private:
  uint32_t Emit(Op op, uint32_t a = 0, uint32_t b = 0, bool backward = false, bool ignore_case = false) {
    program_.code.push_back(Instruction{op, backward, ignore_case, a, b});
    return static_cast<uint32_t>(program_.code.size() - 1);
  }
  uint32_t Here() const { return static_cast<uint32_t>(program_.code.size()); }

  const Node& NodeAt(NodeIndex index) const { return pattern_.nodes[index]; }

  void CompileNode(NodeIndex index, bool backward, bool ignore_case, bool multiline, bool dot_all, int depth) {
    if (error_) return;
    if (depth > kMaxNesting) {
      error_ = MatcherLimitError{"regular expression is nested too deeply"};
      return;
    }
    const Node& node = NodeAt(index);
    switch (node.kind) {
      case NodeKind::kDisjunction: {
        // 22.2.2.3 Disjunction :: Alternative | Disjunction: try each alternative in order.
        std::vector<uint32_t> jumps_to_end;
        for (size_t i = 0; i < node.children.size(); ++i) {
          if (i + 1 < node.children.size()) {
            uint32_t split = Emit(Op::kSplit);
            program_.code[split].a = Here();
            CompileNode(node.children[i], backward, ignore_case, multiline, dot_all, depth + 1);
            jumps_to_end.push_back(Emit(Op::kJump));
            program_.code[split].b = Here();
          } else {
            CompileNode(node.children[i], backward, ignore_case, multiline, dot_all, depth + 1);
          }
        }
        for (uint32_t jump : jumps_to_end) program_.code[jump].a = Here();
        break;
      }
      case NodeKind::kAlternative: {
        // 22.2.2.4 Alternative :: Alternative Term: left to right forward, right to left backward.
        if (backward) {
          for (size_t i = node.children.size(); i-- > 0;) {
            CompileNode(node.children[i], backward, ignore_case, multiline, dot_all, depth + 1);
          }
        } else {
          for (NodeIndex child : node.children) CompileNode(child, backward, ignore_case, multiline, dot_all, depth + 1);
        }
        break;
      }
      case NodeKind::kAssertion:
        // 22.2.2.6 Assertion.
        switch (node.value) {
          case '^': Emit(Op::kAssertStart, multiline, 0, backward, ignore_case); break;
          case '$': Emit(Op::kAssertEnd, multiline, 0, backward, ignore_case); break;
          case 'b': Emit(Op::kWordBoundary, 0, 0, backward, ignore_case); break;
          default: Emit(Op::kWordBoundary, 1, 0, backward, ignore_case); break;
        }
        break;
      case NodeKind::kLookaround: {
        // (?= (?! forward, (?<= (?<! backward, each atomic.
        uint32_t look = static_cast<uint32_t>(program_.lookarounds.size());
        program_.lookarounds.push_back(Lookaround{node.negated, 0});
        Emit(Op::kLookStart, look, 0, backward);
        CompileNode(node.children[0], node.behind, ignore_case, multiline, dot_all, depth + 1);
        program_.lookarounds[look].end = Emit(Op::kLookEnd, look, 0, backward);
        break;
      }
      case NodeKind::kGroup: {
        bool group_ignore_case = ignore_case;
        bool group_multiline = multiline;
        bool group_dot_all = dot_all;
        if (node.add_modifiers & kModifierIgnoreCase) group_ignore_case = true;
        if (node.add_modifiers & kModifierMultiline) group_multiline = true;
        if (node.add_modifiers & kModifierDotAll) group_dot_all = true;
        if (node.remove_modifiers & kModifierIgnoreCase) group_ignore_case = false;
        if (node.remove_modifiers & kModifierMultiline) group_multiline = false;
        if (node.remove_modifiers & kModifierDotAll) group_dot_all = false;
        if (node.capture_index == 0) {
          CompileNode(node.children[0], backward, group_ignore_case, group_multiline, group_dot_all, depth + 1);
          break;
        }
        // 22.2.2.8 Atom :: ( GroupSpecifier Disjunction ): the start is where the
        // group begins in the direction of matching.
        uint32_t start_slot = 2 * node.capture_index;
        uint32_t end_slot = start_slot + 1;
        Emit(Op::kSave, backward ? end_slot : start_slot);
        CompileNode(node.children[0], backward, group_ignore_case, group_multiline, group_dot_all, depth + 1);
        Emit(Op::kSave, backward ? start_slot : end_slot);
        break;
      }
      case NodeKind::kQuantifier: CompileQuantifier(node, backward, ignore_case, multiline, dot_all, depth); break;
      case NodeKind::kCharacter:
        Emit(Op::kChar, Canonicalize(node.value, unicode_mode_, ignore_case), 0, backward, ignore_case);
        break;
      case NodeKind::kDot: Emit(Op::kAny, dot_all, 0, backward, ignore_case); break;
      case NodeKind::kCharacterClassEscape:
      case NodeKind::kUnicodeProperty:
      case NodeKind::kCharacterClass: {
        bool invert = false;
        ClassSet set = ClassOf(index, ignore_case, depth, &invert);
        if (error_) return;
        EmitClass(std::move(set), invert, backward, ignore_case);
        break;
      }
      case NodeKind::kBackreference: {
        std::vector<uint32_t> indices;
        if (node.name.empty()) {
          indices.push_back(node.capture_index);
        } else {
          for (uint32_t i = 1; i < pattern_.group_names.size(); ++i) {
            if (pattern_.group_names[i] == node.name) indices.push_back(i);
          }
        }
        program_.backreferences.push_back(std::move(indices));
        Emit(Op::kBackreference, static_cast<uint32_t>(program_.backreferences.size() - 1), 0, backward, ignore_case);
        break;
      }
      default: error_ = MatcherLimitError{"unexpected pattern node"}; break;
    }
  }

  // 22.2.2.3.1 RepeatMatcher as a counted loop.
  void CompileQuantifier(const Node& node, bool backward, bool ignore_case, bool multiline, bool dot_all, int depth) {
    uint32_t quantifier = static_cast<uint32_t>(program_.quantifiers.size());
    Quantifier q;
    q.min = node.min;
    q.max = node.max;
    q.greedy = node.greedy;
    uint32_t first = UINT32_MAX;
    uint32_t last = 0;
    CaptureRange(node.children[0], &first, &last);
    if (first != UINT32_MAX) {
      q.first_slot = 2 * first;
      q.slot_count = 2 * (last - first + 1);
    }
    program_.quantifiers.push_back(q);
    Emit(Op::kRepeatInit, quantifier);
    uint32_t loop = Emit(Op::kRepeatCheck, quantifier);
    program_.quantifiers[quantifier].body = Emit(Op::kRepeatBodyStart, quantifier);
    CompileNode(node.children[0], backward, ignore_case, multiline, dot_all, depth + 1);
    Emit(Op::kRepeatTail, quantifier, loop);
    program_.quantifiers[quantifier].exit = Here();
  }

  // The capture indices inside a subtree (they are consecutive).
  void CaptureRange(NodeIndex root, uint32_t* first, uint32_t* last) const {
    std::vector<NodeIndex> pending{root};
    while (!pending.empty()) {
      const Node& node = NodeAt(pending.back());
      pending.pop_back();
      if (node.kind == NodeKind::kGroup && node.capture_index != 0) {
        *first = std::min(*first, node.capture_index);
        *last = std::max(*last, node.capture_index);
      }
      for (NodeIndex child : node.children) pending.push_back(child);
    }
  }

  icu::UnicodeSet AllCharacters() const {
    return icu::UnicodeSet(0, static_cast<UChar32>(unicode_mode_ ? kMaxCodePoint : kMaxCodeUnit));
  }

  // 22.2.2.9.3 MaybeSimpleCaseFolding ( rer, A ): only in UnicodeSets mode with ignoreCase.
  bool FoldsLeaves(bool ignore_case) const { return flags_.unicode_sets && ignore_case; }

  void Fold(ClassSet& set) const {
    icu::UnicodeSet folded = set.characters;
    const icu::UnicodeSet& changed = ChangedByCanonicalize(true);
    icu::UnicodeSet affected = set.characters;
    affected.retainAll(changed);
    folded.removeAll(changed);
    for (int32_t r = 0; r < affected.getRangeCount(); ++r) {
      for (UChar32 c = affected.getRangeStart(r); c <= affected.getRangeEnd(r); ++c) {
        folded.add(static_cast<UChar32>(SimpleCaseFold(static_cast<char32_t>(c))));
      }
    }
    set.characters = folded;
    std::set<std::u32string> strings;
    for (const std::u32string& string : set.strings) {
      std::u32string folded_string;
      for (char32_t c : string) folded_string.push_back(SimpleCaseFold(c));
      strings.insert(folded_string);
    }
    set.strings = std::move(strings);
  }

  // 22.2.2.9.4 CharacterComplement ( rer, S ).
  icu::UnicodeSet Complement(const icu::UnicodeSet& set, bool ignore_case) const {
    icu::UnicodeSet all = AllCharacters();
    if (FoldsLeaves(ignore_case)) all.removeAll(ChangedByCanonicalize(true));
    all.removeAll(set);
    return all;
  }

  // 22.2.2.9.3 WordCharacters ( rer ): basic word characters, plus those
  // Canonicalize maps onto them under Unicode ignoreCase.
  icu::UnicodeSet WordCharacters(bool ignore_case) const {
    icu::UnicodeSet basic;
    basic.add('a', 'z').add('A', 'Z').add('0', '9').add('_');
    if (unicode_mode_ && ignore_case) {
      icu::UnicodeSet extra = ChangedByCanonicalize(true);
      icu::UnicodeSet result = basic;
      for (int32_t r = 0; r < extra.getRangeCount(); ++r) {
        for (UChar32 c = extra.getRangeStart(r); c <= extra.getRangeEnd(r); ++c) {
          if (basic.contains(static_cast<UChar32>(SimpleCaseFold(static_cast<char32_t>(c))))) result.add(c);
        }
      }
      return result;
    }
    return basic;
  }

  ClassSet EscapeSet(char32_t escape, bool ignore_case) const {
    ClassSet set;
    switch (escape) {
      case 'd':
      case 'D': set.characters.add('0', '9'); break;
      case 's':
      case 'S': {
        UErrorCode status = U_ZERO_ERROR;
        set.characters.applyIntPropertyValue(UCHAR_GENERAL_CATEGORY_MASK, U_GC_ZS_MASK, status);
        set.characters.add(0x09).add(0x0B).add(0x0C).add(0x20).add(0xA0).add(0xFEFF);
        set.characters.add(0x0A).add(0x0D).add(0x2028).add(0x2029);
        break;
      }
      default: set.characters = WordCharacters(ignore_case); break;
    }
    if (FoldsLeaves(ignore_case)) Fold(set);
    if (escape == 'D' || escape == 'S' || escape == 'W') set.characters = Complement(set.characters, ignore_case);
    return set;
  }

  // CompileToCharSet of CharacterClassEscape :: p{ UnicodePropertyValueExpression } (and P{...}), with
  // UnicodeMatchProperty and UnicodeMatchPropertyValue over the Unicode 17.0.0 tables.
  ClassSet PropertySet(const Node& node, bool ignore_case) {
    ClassSet set;
    UnicodePropertyMembers members;
    if (!LookupUnicodePropertyMembers(node.property_name, node.property_value, flags_.unicode_sets, &members)) {
      error_ = MatcherLimitError{"unsupported Unicode property " + node.property_name};
      return set;
    }
    for (const unicode_data::CodePointRange& range : members.ranges) {
      set.characters.add(static_cast<UChar32>(range.first), static_cast<UChar32>(range.last));
    }
    for (std::u32string& string : members.strings) AddCodePointString(set, std::move(string));
    if (FoldsLeaves(ignore_case)) Fold(set);
    if (node.negated) set.characters = Complement(set.characters, ignore_case);
    return set;
  }

  // 22.2.2.9 CompileToCharSet of a class operand (or a class escape).
  ClassSet ClassOf(NodeIndex index, bool ignore_case, int depth, bool* invert) {
    ClassSet set;
    if (depth > kMaxNesting) {
      error_ = MatcherLimitError{"regular expression is nested too deeply"};
      return set;
    }
    const Node& node = NodeAt(index);
    switch (node.kind) {
      case NodeKind::kCharacter:
        set.characters.add(static_cast<UChar32>(node.value));
        if (FoldsLeaves(ignore_case)) Fold(set);
        return set;
      case NodeKind::kClassRange:
        if (node.value <= node.last) set.characters.add(static_cast<UChar32>(node.value), static_cast<UChar32>(node.last));
        if (FoldsLeaves(ignore_case)) Fold(set);
        return set;
      case NodeKind::kCharacterClassEscape: return EscapeSet(node.value, ignore_case);
      case NodeKind::kUnicodeProperty: return PropertySet(node, ignore_case);
      case NodeKind::kClassStringDisjunction: {
        for (NodeIndex string_index : node.children) {
          std::u32string string;
          for (NodeIndex character : NodeAt(string_index).children) string.push_back(NodeAt(character).value);
          AddCodePointString(set, std::move(string));
        }
        if (FoldsLeaves(ignore_case)) Fold(set);
        return set;
      }
      case NodeKind::kCharacterClass: {
        bool first = true;
        for (NodeIndex operand : node.children) {
          bool operand_invert = false;
          ClassSet operand_set = ClassOf(operand, ignore_case, depth + 1, &operand_invert);
          if (error_) return set;
          if (first || node.operation == ClassSetOperation::kUnion) {
            set.characters.addAll(operand_set.characters);
            set.strings.insert(operand_set.strings.begin(), operand_set.strings.end());
          } else if (node.operation == ClassSetOperation::kIntersection) {
            set.characters.retainAll(operand_set.characters);
            std::set<std::u32string> kept;
            for (const auto& string : set.strings) {
              if (operand_set.strings.count(string)) kept.insert(string);
            }
            set.strings = std::move(kept);
          } else {
            set.characters.removeAll(operand_set.characters);
            for (const auto& string : operand_set.strings) set.strings.erase(string);
          }
          first = false;
        }
        if (node.negated) {
          if (flags_.unicode_sets) {
            // Nested classes complement in place (CharacterComplement).
            set.characters = Complement(set.characters, ignore_case);
          } else {
            // Without v, [^...] is a CharacterSetMatcher with invert = true.
            *invert = true;
          }
        }
        return set;
      }
      default: error_ = MatcherLimitError{"unexpected class node"}; return set;
    }
  }

  // 22.2.2.7.1 CharacterSetMatcher over the canonicalized set: Canonicalize(ch)
  // must be the canonical form of some member. Strings (v mode) are tried
  // first, longest first (22.2.2.9 CompileAtom for a class with strings).
  void EmitClass(ClassSet set, bool invert, bool backward, bool ignore_case) {
    std::vector<std::u32string> strings(set.strings.begin(), set.strings.end());
    std::stable_sort(strings.begin(), strings.end(),
                     [](const std::u32string& a, const std::u32string& b) { return a.size() > b.size(); });
    std::vector<uint32_t> jumps_to_end;
    for (const std::u32string& string : strings) {
      uint32_t split = Emit(Op::kSplit);
      program_.code[split].a = Here();
      if (backward) {
        for (size_t i = string.size(); i-- > 0;) {
          Emit(Op::kChar, Canonicalize(string[i], unicode_mode_, ignore_case), 0, backward, ignore_case);
        }
      } else {
        for (char32_t c : string) Emit(Op::kChar, Canonicalize(c, unicode_mode_, ignore_case), 0, backward, ignore_case);
      }
      jumps_to_end.push_back(Emit(Op::kJump));
      program_.code[split].b = Here();
    }
    CharacterClass character_class;
    character_class.invert = invert;
    if (ignore_case) {
      const icu::UnicodeSet& changed = ChangedByCanonicalize(unicode_mode_);
      icu::UnicodeSet affected = set.characters;
      affected.retainAll(changed);
      character_class.set = set.characters;
      character_class.set.removeAll(changed);
      for (int32_t r = 0; r < affected.getRangeCount(); ++r) {
        for (UChar32 c = affected.getRangeStart(r); c <= affected.getRangeEnd(r); ++c) {
          character_class.set.add(static_cast<UChar32>(Canonicalize(static_cast<char32_t>(c), unicode_mode_, true)));
        }
      }
    } else {
      character_class.set = set.characters;
    }
    character_class.set.freeze();
    program_.classes.push_back(std::move(character_class));
    Emit(Op::kClass, static_cast<uint32_t>(program_.classes.size() - 1), 0, backward, ignore_case);
    for (uint32_t jump : jumps_to_end) program_.code[jump].a = Here();
  }

  const RegExpPattern& pattern_;
  const RegExpFlags& flags_;
  Program& program_;
  bool unicode_mode_ = false;
  std::optional<MatcherLimitError> error_;
};

enum class EntryKind : uint8_t { kChoice, kRestoreSlot, kRestoreCounter, kRestorePosition, kLookBarrier };

struct Entry {
  EntryKind kind;
  uint32_t index;   // kChoice: pc; restores: slot / quantifier; kLookBarrier: lookaround
  int64_t value;    // kChoice / kLookBarrier: position; restores: the old value
};

class Runner {
 public:
  Runner(const Program& program, std::u16string_view input) : program_(program), input_(input) {
    captures_.assign(program.slot_count, -1);
    counters_.assign(program.quantifiers.size(), 0);
    positions_.assign(program.quantifiers.size(), -1);
  }

  MatchStatus Run(size_t start) {
    stack_.clear();
    std::fill(captures_.begin(), captures_.end(), -1);
    std::fill(counters_.begin(), counters_.end(), 0);
    std::fill(positions_.begin(), positions_.end(), -1);
    uint32_t pc = 0;
    int64_t position = static_cast<int64_t>(start);
    const int64_t length = static_cast<int64_t>(input_.size());
    for (;;) {
      if (stack_.size() > kMaxBacktrackEntries) return MatchStatus::kLimitExceeded;
      const Instruction& instruction = program_.code[pc];
      bool ok = true;
      switch (instruction.op) {
        case Op::kChar:
        case Op::kClass:
        case Op::kAny: {
          char32_t c;
          int64_t next;
          if (!Read(position, instruction.backward, &c, &next)) {
            ok = false;
            break;
          }
          if (instruction.op == Op::kChar) {
            ok = Canonicalize(c, program_.unicode_mode, instruction.ignore_case) == instruction.a;
          } else if (instruction.op == Op::kAny) {
            ok = instruction.a || !IsLineTerminator(c);
          } else {
            const CharacterClass& character_class = program_.classes[instruction.a];
            char32_t canonical = Canonicalize(c, program_.unicode_mode, instruction.ignore_case);
            ok = character_class.set.contains(static_cast<UChar32>(canonical)) != character_class.invert;
          }
          if (ok) {
            position = next;
            ++pc;
          }
          break;
        }
        case Op::kAssertStart:
          // 22.2.2.6 Assertion :: ^
          ok = position == 0 || (instruction.a && IsLineTerminator(input_[position - 1]));
          ++pc;
          break;
        case Op::kAssertEnd:
          // 22.2.2.6 Assertion :: $
          ok = position == length || (instruction.a && IsLineTerminator(input_[position]));
          ++pc;
          break;
        case Op::kWordBoundary: {
          // 22.2.2.6 Assertion :: \b and \B with IsWordChar.
          bool a = IsWordChar(position - 1, instruction.ignore_case);
          bool b = IsWordChar(position, instruction.ignore_case);
          ok = (a != b) != (instruction.a != 0);
          ++pc;
          break;
        }
        case Op::kSplit:
          stack_.push_back(Entry{EntryKind::kChoice, instruction.b, position});
          pc = instruction.a;
          break;
        case Op::kJump: pc = instruction.a; break;
        case Op::kSave:
          SetSlot(instruction.a, position);
          ++pc;
          break;
        case Op::kBackreference: ok = MatchBackreference(instruction, &position); ++pc; break;
        case Op::kRepeatInit:
          SetCounter(instruction.a, 0);
          ++pc;
          break;
        case Op::kRepeatCheck: {
          const Quantifier& q = program_.quantifiers[instruction.a];
          uint64_t count = counters_[instruction.a];
          if (q.max != kQuantifierInfinity && count >= q.max) {
            pc = q.exit;
          } else if (count < q.min) {
            pc = q.body;
          } else if (q.greedy) {
            stack_.push_back(Entry{EntryKind::kChoice, q.exit, position});
            pc = q.body;
          } else {
            stack_.push_back(Entry{EntryKind::kChoice, q.body, position});
            pc = q.exit;
          }
          break;
        }
        case Op::kRepeatBodyStart: {
          const Quantifier& q = program_.quantifiers[instruction.a];
          if (positions_[instruction.a] != position) {
            stack_.push_back(Entry{EntryKind::kRestorePosition, instruction.a, positions_[instruction.a]});
            positions_[instruction.a] = position;
          }
          // 22.2.2.3.1 RepeatMatcher step 3: the atom's captures are reset on every iteration.
          for (uint32_t slot = q.first_slot; slot < q.first_slot + q.slot_count; ++slot) SetSlot(slot, -1);
          ++pc;
          break;
        }
        case Op::kRepeatTail: {
          const Quantifier& q = program_.quantifiers[instruction.a];
          uint64_t count = counters_[instruction.a];
          // RepeatMatcher step 2.b: an iteration that was optional must consume input.
          if (count >= q.min && position == positions_[instruction.a]) {
            ok = false;
            break;
          }
          SetCounter(instruction.a, count == UINT64_MAX ? count : count + 1);
          pc = instruction.b;
          break;
        }
        case Op::kLookStart:
          stack_.push_back(Entry{EntryKind::kLookBarrier, instruction.a, position});
          ++pc;
          break;
        case Op::kLookEnd: {
          // The lookaround's Disjunction matched: drop its choice points (it is atomic).
          size_t barrier = stack_.size();
          while (barrier-- > 0) {
            if (stack_[barrier].kind == EntryKind::kLookBarrier && stack_[barrier].index == instruction.a) break;
          }
          int64_t saved = stack_[barrier].value;
          if (program_.lookarounds[instruction.a].negated) {
            // (?! / (?<!: success inside is failure; undo everything it did.
            while (stack_.size() > barrier + 1) Undo(stack_.back()), stack_.pop_back();
            stack_.pop_back();
            ok = false;
            break;
          }
          size_t kept = barrier;
          for (size_t i = barrier + 1; i < stack_.size(); ++i) {
            if (stack_[i].kind != EntryKind::kChoice && stack_[i].kind != EntryKind::kLookBarrier) {
              stack_[kept++] = stack_[i];
            }
          }
          stack_.resize(kept);
          position = saved;
          ++pc;
          break;
        }
        case Op::kMatch: return MatchStatus::kMatched;
      }
      if (ok) continue;
      // Backtrack to the latest choice point.
      for (;;) {
        if (stack_.empty()) return MatchStatus::kFailed;
        Entry entry = stack_.back();
        stack_.pop_back();
        if (entry.kind == EntryKind::kChoice) {
          pc = entry.index;
          position = entry.value;
          break;
        }
        if (entry.kind == EntryKind::kLookBarrier) {
          if (program_.lookarounds[entry.index].negated) {
            // The negative lookaround's Disjunction failed: the assertion holds.
            pc = program_.lookarounds[entry.index].end + 1;
            position = entry.value;
            break;
          }
          continue;
        }
        Undo(entry);
      }
    }
  }

  const std::vector<int64_t>& captures() const { return captures_; }

 private:
  void Undo(const Entry& entry) {
    switch (entry.kind) {
      case EntryKind::kRestoreSlot: captures_[entry.index] = entry.value; break;
      case EntryKind::kRestoreCounter: counters_[entry.index] = static_cast<uint64_t>(entry.value); break;
      case EntryKind::kRestorePosition: positions_[entry.index] = entry.value; break;
      default: break;
    }
  }

  void SetSlot(uint32_t slot, int64_t value) {
    if (captures_[slot] == value) return;
    stack_.push_back(Entry{EntryKind::kRestoreSlot, slot, captures_[slot]});
    captures_[slot] = value;
  }

  void SetCounter(uint32_t quantifier, uint64_t value) {
    if (counters_[quantifier] == value) return;
    stack_.push_back(Entry{EntryKind::kRestoreCounter, quantifier, static_cast<int64_t>(counters_[quantifier])});
    counters_[quantifier] = value;
  }

  // Reads the character after (or, backward, before) `position`: a code
  // point in Unicode mode, a code unit otherwise.
  bool Read(int64_t position, bool backward, char32_t* c, int64_t* next) const {
    const int64_t length = static_cast<int64_t>(input_.size());
    if (!backward) {
      if (position >= length) return false;
      char32_t unit = input_[position];
      if (program_.unicode_mode && IsHighSurrogate(unit) && position + 1 < length &&
          IsLowSurrogate(input_[position + 1])) {
        *c = 0x10000 + ((unit - 0xD800) << 10) + (input_[position + 1] - 0xDC00);
        *next = position + 2;
        return true;
      }
      *c = unit;
      *next = position + 1;
      return true;
    }
    if (position <= 0) return false;
    char32_t unit = input_[position - 1];
    if (program_.unicode_mode && IsLowSurrogate(unit) && position >= 2 && IsHighSurrogate(input_[position - 2])) {
      *c = 0x10000 + ((input_[position - 2] - 0xD800) << 10) + (unit - 0xDC00);
      *next = position - 2;
      return true;
    }
    *c = unit;
    *next = position - 1;
    return true;
  }

  // 22.2.2.6.1 IsWordChar ( rer, Input, e )
  bool IsWordChar(int64_t index, bool ignore_case) const {
    if (index < 0 || index >= static_cast<int64_t>(input_.size())) return false;
    char32_t c = input_[index];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') return true;
    if (program_.unicode_mode && ignore_case) {
      char32_t folded = Canonicalize(c, true, true);
      return (folded >= 'a' && folded <= 'z') || (folded >= 'A' && folded <= 'Z') || (folded >= '0' && folded <= '9') ||
             folded == '_';
    }
    return false;
  }

  // 22.2.2.7.2 BackreferenceMatcher ( rer, ns, direction )
  bool MatchBackreference(const Instruction& instruction, int64_t* position) const {
    const std::vector<uint32_t>& indices = program_.backreferences[instruction.a];
    int64_t start = -1;
    int64_t end = -1;
    for (uint32_t index : indices) {
      if (2 * index + 1 < captures_.size() && captures_[2 * index] >= 0 && captures_[2 * index + 1] >= 0) {
        start = captures_[2 * index];
        end = captures_[2 * index + 1];
        break;
      }
    }
    // An undefined capture matches the empty string.
    if (start < 0) return true;
    int64_t at = *position;
    if (!instruction.backward) {
      int64_t source = start;
      while (source < end) {
        char32_t expected, actual;
        int64_t source_next, at_next;
        Read(source, false, &expected, &source_next);
        if (source_next > end) source_next = end;
        if (!Read(at, false, &actual, &at_next)) return false;
        if (Canonicalize(expected, program_.unicode_mode, instruction.ignore_case) !=
            Canonicalize(actual, program_.unicode_mode, instruction.ignore_case)) {
          return false;
        }
        source = source_next;
        at = at_next;
      }
    } else {
      int64_t source = end;
      while (source > start) {
        char32_t expected, actual;
        int64_t source_next, at_next;
        Read(source, true, &expected, &source_next);
        if (!Read(at, true, &actual, &at_next)) return false;
        if (Canonicalize(expected, program_.unicode_mode, instruction.ignore_case) !=
            Canonicalize(actual, program_.unicode_mode, instruction.ignore_case)) {
          return false;
        }
        source = source_next;
        at = at_next;
      }
    }
    *position = at;
    return true;
  }

  const Program& program_;
  std::u16string_view input_;
  std::vector<int64_t> captures_;
  std::vector<uint64_t> counters_;
  std::vector<int64_t> positions_;
  std::vector<Entry> stack_;
};

}  // namespace

std::variant<CompiledPattern, MatcherLimitError> CompilePattern(const RegExpPattern& pattern,
                                                                const RegExpFlags& flags) {
  auto program = std::make_shared<Program>();
  Compiler compiler(pattern, flags, *program);
  if (auto error = compiler.Compile()) return *error;
  CompiledPattern compiled;
  compiled.program = std::move(program);
  compiled.capture_count = pattern.capture_count;
  compiled.group_names = pattern.group_names;
  compiled.flags = flags;
  return compiled;
}

MatchOutcome Match(const CompiledPattern& pattern, std::u16string_view input, size_t index) {
  return Search(pattern, input, index, /*sticky=*/true);
}

MatchOutcome Search(const CompiledPattern& pattern, std::u16string_view input, size_t index, bool sticky) {
  MatchOutcome outcome;
  Runner runner(*pattern.program, input);
  const bool unicode_mode = pattern.program->unicode_mode;
  while (index <= input.size()) {
    outcome.status = runner.Run(index);
    if (outcome.status == MatchStatus::kMatched) {
      outcome.result.captures = runner.captures();
      return outcome;
    }
    if (outcome.status == MatchStatus::kLimitExceeded || sticky) return outcome;
    // AdvanceStringIndex: past a whole surrogate pair in Unicode mode.
    if (unicode_mode && index + 1 < input.size() && IsHighSurrogate(input[index]) && IsLowSurrogate(input[index + 1])) {
      index += 2;
    } else {
      ++index;
    }
  }
  outcome.status = MatchStatus::kFailed;
  return outcome;
}

}  // namespace async_runtime::regexp
