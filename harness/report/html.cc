#include "harness/report/html.h"

#include <string_view>
#include <utility>
#include <vector>

#include "harness/report/escape.h"

namespace async_runtime::harness::report {
namespace {

constexpr std::string_view kStyle = R"css(
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;padding:0 16px 48px;color:#1f2328;background:#fff}
h1{font-size:1.6em;margin:.8em 0 .3em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}
code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{white-space:pre-wrap;word-break:break-word;margin:.2em 0 .6em;padding:.3em .5em;background:#f6f8fa;border-radius:4px}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:.6em 0}
.card{border:1px solid #d0d7de;border-radius:6px;padding:6px 12px;min-width:90px}
.card b{display:block;font-size:1.4em}
.passed{color:#1a7f37}.failed,.crashed,.timed_out{color:#cf222e}.skipped{color:#6e7781}
.bar{display:inline-block;width:160px;height:10px;background:#ffcecb;border-radius:3px;vertical-align:middle;overflow:hidden}
.bar>span{display:block;height:100%;background:#2da44e}.bar.na{background:#eaeef2}
.row{display:grid;grid-template-columns:minmax(220px,1fr) 170px 170px 110px;gap:8px;align-items:center;padding:1px 0}
.tree details>summary{cursor:pointer;list-style-position:outside}
.tree details>div,.tree details>details{margin-left:18px}.tree .leaf{margin-left:18px}
.tree summary .row{display:inline-grid;width:calc(100% - 24px)}
.num{text-align:right;font-variant-numeric:tabular-nums}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border-bottom:1px solid #eaeef2;padding:3px 8px;text-align:left;vertical-align:top}
th{cursor:pointer;background:#f6f8fa;position:sticky;top:0}
td.n{text-align:right;font-variant-numeric:tabular-nums}
input.filter{padding:4px 8px;width:280px;margin:.3em 0}
.failures details{margin:.2em 0}.failures li{margin:.3em 0}
button{margin-right:6px}.muted{color:#6e7781}
)css";

constexpr std::string_view kScript = R"js(
function setTree(open){document.querySelectorAll('.tree details').forEach(function(d){d.open=open;});}
function filterTable(input){var q=input.value.toLowerCase();var t=document.getElementById(input.getAttribute('data-table'));
for(var r of t.tBodies[0].rows){r.hidden=q!==''&&r.textContent.toLowerCase().indexOf(q)<0;}}
function sortTable(th){var t=th.closest('table'),i=Array.prototype.indexOf.call(th.parentNode.children,th),b=t.tBodies[0];
var dir=th.getAttribute('data-dir')==='asc'?'desc':'asc';th.setAttribute('data-dir',dir);
var key=function(r){var c=r.cells[i],v=c.getAttribute('data-v');return v!==null?Number(v):c.textContent;};
var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=key(x),c=key(y);
var o=(typeof a==='number')?a-c:String(a).localeCompare(String(c));return dir==='asc'?o:-o;});
rows.forEach(function(r){b.appendChild(r);});}
)js";

std::string Number(size_t n) { return std::to_string(n); }

std::string Bar(const StatusCounts& counts) {
  const int permille = PassPermille(counts);
  if (permille < 0) return "<span class=\"bar na\"></span>";
  return "<span class=\"bar\"><span style=\"width:" +
         std::to_string(permille / 10) + "." + std::to_string(permille % 10) +
         "%\"></span></span>";
}

// name | bar | passed/ran rate | skipped
std::string TreeRow(const std::string& name, const StatusCounts& counts) {
  std::string row = "<span class=\"row\"><span><code>" + HtmlEscape(name) +
                    "</code></span>" + Bar(counts) + "<span class=\"num\">" +
                    Number(counts.passed) + "/" + Number(counts.run()) + " " +
                    FormatRate(counts) + "</span><span class=\"num skipped\">";
  if (counts.skipped != 0) row += Number(counts.skipped) + " skipped";
  row += "</span></span>";
  return row;
}

void AppendTree(const DirectoryNode& node, bool open, std::string* out) {
  for (const DirectoryNode& child : node.children) {
    const std::string row = TreeRow(child.name + "/", child.counts);
    if (child.children.empty()) {
      *out += "<div class=\"leaf\">" + row + "</div>\n";
    } else {
      *out += std::string(open ? "<details open>" : "<details>") +
              "<summary>" + row + "</summary>\n";
      AppendTree(child, false, out);
      *out += "</details>\n";
    }
  }
}

// <td>s for passed, ran, rate (with bar), skipped; data-v for sorting.
std::string RateCells(const StatusCounts& counts) {
  return "<td class=\"n\" data-v=\"" + Number(counts.passed) + "\">" +
         Number(counts.passed) + "</td><td class=\"n\" data-v=\"" +
         Number(counts.run()) + "\">" + Number(counts.run()) +
         "</td><td data-v=\"" + std::to_string(PassPermille(counts)) + "\">" +
         Bar(counts) + " " + FormatRate(counts) +
         "</td><td class=\"n\" data-v=\"" + Number(counts.skipped) + "\">" +
         Number(counts.skipped) + "</td>";
}

constexpr std::string_view kRateHeaders =
    "<th onclick=\"sortTable(this)\">passed</th>"
    "<th onclick=\"sortTable(this)\">ran</th>"
    "<th onclick=\"sortTable(this)\">rate</th>"
    "<th onclick=\"sortTable(this)\">skipped</th>";

std::string FilterBox(std::string_view table_id) {
  return "<input class=\"filter\" type=\"search\" placeholder=\"Filter\" "
         "data-table=\"" +
         std::string(table_id) + "\" oninput=\"filterTable(this)\">\n";
}

void AppendSummary(const StatusCounts& counts, std::string* out) {
  *out += "<div class=\"cards\">";
  *out += "<div class=\"card\"><b>" + FormatRate(counts) + "</b>" +
          Bar(counts) + "<br>" + Number(counts.passed) + " of " +
          Number(counts.run()) + " ran</div>";
  const std::pair<const char*, size_t> cards[] = {
      {"passed", counts.passed},   {"failed", counts.failed},
      {"crashed", counts.crashed}, {"timed_out", counts.timed_out},
      {"skipped", counts.skipped}, {"total", counts.total()}};
  for (const auto& [name, count] : cards) {
    *out += "<div class=\"card " + std::string(name) + "\"><b>" +
            Number(count) + "</b>" + std::string(name) + "</div>";
  }
  *out += "</div>\n<p class=\"muted\">Rates are over the tests that ran; "
          "skipped tests are counted apart. A test counts once per scenario."
          "</p>\n";
}

std::string StatusOrAbsent(const std::optional<Status>& status) {
  return status ? std::string(StatusName(*status)) : "absent";
}

void AppendChangeList(const char* title,
                      const std::vector<BaselineChange>& changes,
                      const HtmlOptions& options, bool open,
                      std::string* out) {
  if (changes.empty()) return;
  *out += std::string(open ? "<details open>" : "<details>") + "<summary>" +
          title + " (" + Number(changes.size()) + ")</summary><ul>\n";
  size_t listed = 0;
  for (const BaselineChange& change : changes) {
    if (options.max_baseline_changes != 0 &&
        listed == options.max_baseline_changes) {
      *out += "<li>… and " + Number(changes.size() - listed) + " more</li>\n";
      break;
    }
    ++listed;
    *out += "<li><code>" + HtmlEscape(change.path) + "</code> [" +
            HtmlEscape(change.scenario) + "] " +
            StatusOrAbsent(change.old_status) + " → <span class=\"" +
            StatusOrAbsent(change.new_status) + "\">" +
            StatusOrAbsent(change.new_status) + "</span>";
    if (change.new_status && IsFailing(*change.new_status) &&
        !change.message.empty()) {
      *out += "<pre>" +
              HtmlEscape(ShortMessage(change.message, options.max_message_bytes)) +
              "</pre>";
    }
    *out += "</li>\n";
  }
  *out += "</ul></details>\n";
}

void AppendBaseline(const BaselineDiff& diff, const HtmlOptions& options,
                    std::string* out) {
  *out += "<h2 id=\"baseline\">Changes since the baseline</h2>\n<p>Baseline: " +
          Number(diff.old_counts.passed) + "/" + Number(diff.old_counts.run()) +
          " (" + FormatRate(diff.old_counts) + "). Now: " +
          Number(diff.new_counts.passed) + "/" + Number(diff.new_counts.run()) +
          " (" + FormatRate(diff.new_counts) + "). " +
          Number(diff.newly_passing.size()) + " newly passing, " +
          Number(diff.newly_failing.size()) + " newly failing, " +
          Number(diff.newly_run.size()) + " newly run, " +
          Number(diff.no_longer_run.size()) + " no longer run.</p>\n";
  AppendChangeList("Newly failing", diff.newly_failing, options, true, out);
  AppendChangeList("Newly passing", diff.newly_passing, options, true, out);
  AppendChangeList("Failure changed", diff.failure_changed, options, false,
                   out);
  AppendChangeList("Newly run", diff.newly_run, options, false, out);
  AppendChangeList("No longer run", diff.no_longer_run, options, false, out);
}

void AppendFeatures(const std::vector<TestRecord>& results, std::string* out) {
  const std::vector<NamedCounts> features = CountByFeature(results);
  *out += "<h2 id=\"features\">Features</h2>\n";
  if (features.empty()) {
    *out += "<p>No test lists a feature.</p>\n";
    return;
  }
  *out += "<p class=\"muted\">A test counts under each feature it lists. "
          "Click a heading to sort.</p>\n" +
          FilterBox("feature-table") +
          "<table id=\"feature-table\"><thead><tr>"
          "<th onclick=\"sortTable(this)\">feature</th>" +
          std::string(kRateHeaders) + "</tr></thead><tbody>\n";
  for (const NamedCounts& feature : features) {
    *out += "<tr><td><code>" + HtmlEscape(feature.name) + "</code></td>" +
            RateCells(feature.counts) + "</tr>\n";
  }
  *out += "</tbody></table>\n";
}

void AppendClauses(const std::vector<TestRecord>& results,
                   const Biblio& biblio, std::string* out) {
  const ClauseTable table = CountByClause(results, biblio);
  *out += "<h2 id=\"clauses\">Spec clauses</h2>\n<p class=\"muted\">By each "
          "test's esid, in document order.";
  if (table.without_esid.total() != 0) {
    *out += " Tests without an esid: " + Number(table.without_esid.passed) +
            "/" + Number(table.without_esid.run()) + " (" +
            FormatRate(table.without_esid) + ").";
  }
  *out += "</p>\n";
  if (!table.known.empty()) {
    *out += FilterBox("clause-table") +
            "<table id=\"clause-table\"><thead><tr>"
            "<th onclick=\"sortTable(this)\">section</th>"
            "<th onclick=\"sortTable(this)\">clause</th>" +
            std::string(kRateHeaders) + "</tr></thead><tbody>\n";
    for (size_t i = 0; i < table.known.size(); ++i) {
      const ClauseRow& row = table.known[i];
      *out += "<tr><td data-v=\"" + Number(i) + "\">" +
              HtmlEscape(row.clause.number) + "</td><td><a href=\"" +
              HtmlEscape(FragmentEncode(biblio.location()) + "#" +
                         FragmentEncode(row.clause.id)) +
              "\">" + HtmlEscape(row.clause.title) + "</a></td>" +
              RateCells(row.counts) + "</tr>\n";
    }
    *out += "</tbody></table>\n";
  }
  if (!table.unknown.empty()) {
    *out += "<h3>Esids not in the biblio</h3>\n" + FilterBox("esid-table") +
            "<table id=\"esid-table\"><thead><tr>"
            "<th onclick=\"sortTable(this)\">esid</th>" +
            std::string(kRateHeaders) + "</tr></thead><tbody>\n";
    for (const ClauseRow& row : table.unknown) {
      *out += "<tr><td><code>" + HtmlEscape(row.clause.id) + "</code></td>" +
              RateCells(row.counts) + "</tr>\n";
    }
    *out += "</tbody></table>\n";
  }
}

void AppendFailures(const std::vector<TestRecord>& results,
                    const HtmlOptions& options, std::string* out) {
  const std::vector<FailureGroup> groups = GroupFailures(results);
  size_t total = 0;
  for (const FailureGroup& group : groups) total += group.failures.size();
  *out += "<h2 id=\"failures\">Failures (" + Number(total) + ")</h2>\n";
  if (groups.empty()) {
    *out += "<p>None.</p>\n";
    return;
  }
  *out += "<div class=\"failures\">\n";
  for (const FailureGroup& group : groups) {
    *out += "<details><summary><code>" +
            HtmlEscape(group.directory.empty() ? "." : group.directory) +
            "</code> (" + Number(group.failures.size()) + ")</summary><ul>\n";
    size_t listed = 0;
    for (const TestRecord* record : group.failures) {
      if (options.max_failures_per_directory != 0 &&
          listed == options.max_failures_per_directory) {
        *out += "<li>… and " + Number(group.failures.size() - listed) +
                " more</li>\n";
        break;
      }
      ++listed;
      const std::string_view file_name =
          std::string_view(record->path)
              .substr(group.directory.empty() ? 0 : group.directory.size() + 1);
      const std::string status(StatusName(record->status));
      *out += "<li><code>" + HtmlEscape(file_name) + "</code> [" +
              HtmlEscape(record->scenario) + "] <span class=\"" + status +
              "\">" + status + "</span>";
      if (!record->message.empty()) {
        *out += "<pre>" +
                HtmlEscape(ShortMessage(record->message,
                                        options.max_message_bytes)) +
                "</pre>";
      }
      *out += "</li>\n";
    }
    *out += "</ul></details>\n";
  }
  *out += "</div>\n";
}

}  // namespace

std::string HtmlReport(const ResultsFile& results,
                       const HtmlOptions& options) {
  const Biblio empty_biblio;
  const Biblio& biblio = options.biblio ? *options.biblio : empty_biblio;
  const std::string title = HtmlEscape(options.title);
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "\n<title>" +
      title + "</title>\n<style>" + std::string(kStyle) +
      "</style>\n</head>\n<body>\n<h1>" + title + "</h1>\n";
  out += "<nav>";
  if (options.baseline) out += "<a href=\"#baseline\">Baseline</a> · ";
  out += "<a href=\"#directories\">Directories</a> · "
         "<a href=\"#features\">Features</a> · "
         "<a href=\"#clauses\">Spec clauses</a> · "
         "<a href=\"#failures\">Failures</a></nav>\n";
  AppendSummary(CountStatuses(results.results), &out);
  if (options.baseline) AppendBaseline(*options.baseline, options, &out);

  out += "<h2 id=\"directories\">Directories</h2>\n";
  const DirectoryNode root = BuildDirectoryTree(results.results);
  if (root.children.empty()) {
    out += "<p>No results.</p>\n";
  } else {
    out += "<p><button type=\"button\" onclick=\"setTree(true)\">Expand all"
           "</button><button type=\"button\" onclick=\"setTree(false)\">"
           "Collapse all</button></p>\n<div class=\"tree\">\n";
    AppendTree(root, /*open=*/true, &out);
    out += "</div>\n";
  }
  AppendFeatures(results.results, &out);
  AppendClauses(results.results, biblio, &out);
  AppendFailures(results.results, options, &out);
  out += "<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace async_runtime::harness::report
