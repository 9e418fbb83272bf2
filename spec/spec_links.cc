#include "spec/spec_links.h"
#include "runtime/host/read_file.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

namespace async_runtime::spec {
namespace {

constexpr std::string_view kLinkPrefix = "https://tc39.es/ecma262/#";

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

std::string AsciiLowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

bool IsAllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Numbers by value without overflow: drop leading zeros, then the longer is
// larger, then compare digit by digit.
int CompareDigitStrings(std::string_view a, std::string_view b) {
  const auto strip = [](std::string_view s) {
    const size_t first = s.find_first_not_of('0');
    return first == std::string_view::npos ? std::string_view() : s.substr(first);
  };
  a = strip(a);
  b = strip(b);
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b) < 0 ? -1 : (a.compare(b) > 0 ? 1 : 0);
}

int CompareComponents(std::string_view a, std::string_view b) {
  const bool a_number = IsAllDigits(a);
  const bool b_number = IsAllDigits(b);
  if (a_number && b_number) return CompareDigitStrings(a, b);
  if (a_number != b_number) return a_number ? -1 : 1;  // annexes last
  // Annex letters: "Z" before "AA", as in spreadsheet columns.
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b) < 0 ? -1 : (a.compare(b) > 0 ? 1 : 0);
}

bool IsIdChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '%';
}

// A section number: an optional annex letter, then dot-separated integers
// ("27.5.5.4.1", "B.1.1", "B").
bool LooksLikeSectionNumber(std::string_view word) {
  if (word.empty()) return false;
  size_t i = 0;
  if (std::isupper(static_cast<unsigned char>(word[0]))) {
    i = 1;
    if (word.size() == 1) return true;
    if (word[1] != '.') return false;
    i = 2;
  }
  bool digit_seen = false;
  for (; i < word.size(); ++i) {
    char c = word[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digit_seen = true;
    } else if (c == '.' && digit_seen) {
      digit_seen = false;
    } else {
      return false;
    }
  }
  return digit_seen;
}

// Splits a `// 27.5.5.4.1 PerformPromiseThen ( ... )` comment line into number
// and title.
bool ParseHeaderLine(std::string_view line, std::string* number, std::string* title) {
  line = Trim(line);
  if (line.substr(0, 2) != "//") return false;
  line = Trim(line.substr(2));
  size_t space = line.find(' ');
  if (space == std::string_view::npos) return false;
  std::string_view first = line.substr(0, space);
  if (!LooksLikeSectionNumber(first)) return false;
  *number = std::string(first);
  *title = std::string(Trim(line.substr(space + 1)));
  return !title->empty();
}

}  // namespace

std::optional<Biblio> Biblio::Parse(std::string_view json_text, std::string* error) {
  nlohmann::json document = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded() || !document.is_object() || !document.contains("entries") ||
      !document["entries"].is_array()) {
    *error = "not a biblio.json: expected an object with an `entries` array";
    return std::nullopt;
  }
  Biblio biblio;
  if (auto location = document.find("location"); location != document.end() && location->is_string()) {
    // Only a web address: reports turn it into links.
    const std::string& text = location->get_ref<const std::string&>();
    if (text.rfind("https://", 0) == 0 || text.rfind("http://", 0) == 0) biblio.set_location(text);
  }
  for (const auto& entry : document["entries"]) {
    if (!entry.is_object()) continue;
    auto id = entry.find("id");
    if (id == entry.end() || !id->is_string()) continue;
    auto type = entry.find("type");
    bool is_clause = type != entry.end() && *type == "clause";
    // Tables, figures, productions and steps are link targets too
    // (e.g. #table-binary-unicode-properties), but only clauses have the
    // section numbers and titles that header comments give.
    Clause clause;
    clause.id = id->get<std::string>();
    if (is_clause) {
      auto number = entry.find("number");
      auto title = entry.find("title");
      if (number != entry.end() && number->is_string()) clause.number = number->get<std::string>();
      if (title != entry.end() && title->is_string()) clause.title = title->get<std::string>();
    } else {
      clause.is_section = false;
    }
    if (is_clause || !biblio.Find(clause.id)) biblio.Add(std::move(clause));
  }
  if (biblio.size() == 0) {
    *error = "biblio.json has no clauses";
    return std::nullopt;
  }
  return biblio;
}

std::optional<Biblio> Biblio::Load(const std::filesystem::path& path, std::string* error) {
  host::FileReadResult read = host::ReadFileSync(path.string());
  if (!read.ok()) {
    *error = read.error + " (run tools/bootstrap.sh)";
    return std::nullopt;
  }
  auto biblio = Parse(read.contents, error);
  if (!biblio) *error = path.string() + ": " + *error;
  return biblio;
}

const Clause* Biblio::Find(std::string_view id) const {
  auto it = clauses_.find(id);
  return it == clauses_.end() ? nullptr : &it->second;
}

const Clause* Biblio::FindIgnoringCase(std::string_view id) const {
  if (const Clause* exact = Find(id)) return exact;
  auto it = id_by_lowercase_id_.find(AsciiLowercase(id));
  return it == id_by_lowercase_id_.end() ? nullptr : Find(it->second);
}

void Biblio::Add(Clause clause) {
  id_by_lowercase_id_.emplace(AsciiLowercase(clause.id), clause.id);
  std::string key = clause.id;
  clauses_.insert_or_assign(std::move(key), std::move(clause));
}

std::vector<SpecLink> FindSpecLinks(std::string_view file, std::string_view text) {
  std::vector<SpecLink> links;
  std::string previous_line;
  int line_number = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    ++line_number;
    size_t search_from = 0;
    while (true) {
      size_t at = line.find(kLinkPrefix, search_from);
      if (at == std::string_view::npos) break;
      size_t id_start = at + kLinkPrefix.size();
      size_t id_end = id_start;
      while (id_end < line.size() && IsIdChar(line[id_end])) ++id_end;
      // A trailing `.` ends a sentence, not an id.
      while (id_end > id_start && line[id_end - 1] == '.') --id_end;
      if (id_end > id_start) {
        SpecLink link;
        link.file = std::string(file);
        link.line = line_number;
        link.id = std::string(line.substr(id_start, id_end - id_start));
        // Only a link alone on its comment line can follow a header line.
        std::string_view rest = Trim(line);
        if (rest.substr(0, 2) == "//" && Trim(rest.substr(2)).substr(0, kLinkPrefix.size()) == kLinkPrefix) {
          std::string number, title;
          if (ParseHeaderLine(previous_line, &number, &title)) {
            link.header_number = number;
            link.header_title = title;
          }
        }
        links.push_back(std::move(link));
      }
      search_from = id_end;
    }
    previous_line = std::string(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  return links;
}

std::string OperationName(std::string_view title) {
  size_t paren = title.find(" (");
  std::string_view name = Trim(title.substr(0, paren));
  std::string result;
  for (char c : name) {
    if (c != '_') result.push_back(c);
  }
  return result;
}

std::optional<LinkProblem> CheckLink(const SpecLink& link, const Biblio& biblio) {
  const Clause* clause = biblio.Find(link.id);
  if (clause == nullptr) {
    return LinkProblem{link, "no clause with id `" + link.id + "` in the pinned biblio"};
  }
  if (!link.header_number) return std::nullopt;
  if (!clause->is_section) {
    return LinkProblem{link, "`" + link.id + "` is not a clause, so a section header line cannot name it"};
  }
  if (*link.header_number != clause->number) {
    return LinkProblem{link, "section number " + *link.header_number + " should be " + clause->number +
                                 " (" + clause->title + ")"};
  }
  std::string expected = OperationName(clause->title);
  std::string actual = OperationName(*link.header_title);
  // A header may go on to say which part of the clause the code implements:
  // "12.7 Names and Keywords: IdentifierStartChar".
  bool names_part = actual.size() > expected.size() && actual.compare(0, expected.size(), expected) == 0 &&
                    actual[expected.size()] == ':';
  if (actual != expected && !names_part) {
    return LinkProblem{link, "title `" + *link.header_title + "` should name `" + expected + "` (" +
                                 clause->number + " " + clause->title + ")"};
  }
  return std::nullopt;
}

int CompareSectionNumbers(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return a.empty() == b.empty() ? 0 : (a.empty() ? -1 : 1);
  size_t a_start = 0;
  size_t b_start = 0;
  while (true) {
    const size_t a_end = std::min(a.find('.', a_start), a.size());
    const size_t b_end = std::min(b.find('.', b_start), b.size());
    const int order = CompareComponents(a.substr(a_start, a_end - a_start), b.substr(b_start, b_end - b_start));
    if (order != 0) return order;
    const bool a_done = a_end >= a.size();
    const bool b_done = b_end >= b.size();
    if (a_done || b_done) return a_done == b_done ? 0 : (a_done ? -1 : 1);  // a prefix first
    a_start = a_end + 1;
    b_start = b_end + 1;
  }
}

}  // namespace async_runtime::spec
