// The map from ECMA-262 clauses to the code that implements them.
//
// Every abstract operation or built-in in the engine carries a header comment
//
//     // 27.5.5.4.1 PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )
//     // https://tc39.es/ecma262/#sec-performpromisethen
//
// This library finds those headers in source files and checks them against
// the pinned @tc39/ecma262-biblio: the clause id exists, the section number is
// the biblio's, and the title names the same operation. The clause id is the
// stable key; numbers move between editions, which is why they are checked.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace async_runtime::spec {

struct Clause {
  std::string id;      // "sec-performpromisethen"
  std::string number;  // "27.5.5.4.1"
  std::string title;   // "PerformPromiseThen ( promise, onFulfilled, ... )"
  // False for other link targets (tables, figures, productions, steps),
  // which have no section number.
  bool is_section = true;
};

// The clauses of the pinned specification, by id.
class Biblio {
 public:
  // Parses biblio.json text: clauses, and every other entry with an id. Returns nullopt (and sets *error) when the text is
  // not a biblio.
  static std::optional<Biblio> Parse(std::string_view json_text, std::string* error);
  static std::optional<Biblio> Load(const std::filesystem::path& path, std::string* error);

  // By exact id: what a spec link in the code must give.
  const Clause* Find(std::string_view id) const;
  // By exact id, then ignoring ASCII case: Test262 esids sometimes differ in
  // case from the spec's ids.
  const Clause* FindIgnoringCase(std::string_view id) const;
  size_t size() const { return clauses_.size(); }
  void Add(Clause clause);

  // The spec's base address, e.g. "https://tc39.es/ecma262/".
  const std::string& location() const { return location_; }
  void set_location(std::string location) { location_ = std::move(location); }

 private:
  std::map<std::string, Clause, std::less<>> clauses_;
  std::map<std::string, std::string, std::less<>> id_by_lowercase_id_;
  std::string location_ = "https://tc39.es/ecma262/";
};

// One reference to a clause found in a source file.
struct SpecLink {
  std::string file;
  int line = 0;         // 1-based line of the link
  std::string id;       // clause id after `#`
  // The `// <number> <title>` line right above the link, when there is one.
  std::optional<std::string> header_number;
  std::optional<std::string> header_title;
};

// Finds every `https://tc39.es/ecma262/#<id>` in `text` (a C++ source file).
std::vector<SpecLink> FindSpecLinks(std::string_view file, std::string_view text);

// The name of the operation a title gives: the text before ` (`, or the whole
// title, with `_` markers and surrounding white space removed.
std::string OperationName(std::string_view title);

struct LinkProblem {
  SpecLink link;
  std::string message;
};

// Checks a link against the biblio: the id must exist; when the link has a
// header line, its number must equal the clause number and its operation name
// must equal the clause's.
std::optional<LinkProblem> CheckLink(const SpecLink& link, const Biblio& biblio);

// Orders section numbers as the document does: component by component,
// numbers by value ("9.10" after "9.9"), annex letters after all numbers
// ("A.1" after "29.3"; "Z" before "AA"), a prefix first ("9.1" before
// "9.1.1"), and "" (unnumbered front matter) before everything.
// Returns <0, 0 or >0.
int CompareSectionNumbers(std::string_view a, std::string_view b);
inline bool SectionNumberLess(std::string_view a, std::string_view b) { return CompareSectionNumbers(a, b) < 0; }

}  // namespace async_runtime::spec
