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
  static std::optional<Biblio> Load(const std::string& path, std::string* error);

  const Clause* Find(std::string_view id) const;
  size_t size() const { return clauses_.size(); }
  void Add(Clause clause);

 private:
  std::map<std::string, Clause, std::less<>> clauses_;
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

// Compares section numbers as the document orders them ("9.10" after "9.9",
// annexes after numbered clauses).
bool SectionNumberLess(std::string_view a, std::string_view b);

}  // namespace async_runtime::spec
