// Runs the `report` binary end to end: flags, files written, exit codes,
// paths resolved against $BUILD_WORKSPACE_DIRECTORY.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

fs::path ReportBinary() {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  const char* workspace = std::getenv("TEST_WORKSPACE");
  if (srcdir == nullptr || workspace == nullptr) return "harness/report/report";
  return fs::path(srcdir) / workspace / "harness/report/report";
}

fs::path TempDir(const std::string& name) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  const fs::path dir =
      (tmp ? fs::path(tmp) : fs::temp_directory_path()) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void WriteText(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct RunOutput {
  int exit_code = -1;
  std::string out;
};

// Runs `command` with the binary prepended; stdout captured, stderr to
// the test log.
RunOutput RunReport(const std::string& arguments, const std::string& env = "") {
  const std::string command =
      env + " '" + ReportBinary().string() + "' " + arguments;
  RunOutput run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

constexpr char kOld[] = R"({"results": [
  {"path": "test/a/x.js", "scenario": "default", "status": "passed"},
  {"path": "test/a/y.js", "scenario": "default", "status": "failed"}]})";
constexpr char kNew[] = R"({"results": [
  {"path": "test/a/x.js", "scenario": "default", "status": "failed",
   "message": "Test262Error: <boom>", "esid": "sec-a", "features": ["f"]},
  {"path": "test/a/y.js", "scenario": "default", "status": "passed",
   "esid": "sec-a"}]})";
constexpr char kBiblio[] = R"({"entries": [
  {"type": "clause", "id": "sec-a", "number": "1.2", "title": "Clause A"}]})";

TEST(ReportMainTest, WritesEveryReport) {
  const fs::path dir = TempDir("writes");
  WriteText(dir / "new.json", kNew);
  WriteText(dir / "old.json", kOld);
  WriteText(dir / "biblio.json", kBiblio);
  const RunOutput run = RunReport(
      "--results=" + (dir / "new.json").string() +
      " --baseline=" + (dir / "old.json").string() +
      " --biblio=" + (dir / "biblio.json").string() +
      " --markdown=" + (dir / "r.md").string() +
      " --html=" + (dir / "r.html").string() +
      " --junit=" + (dir / "r.xml").string());
  EXPECT_EQ(run.exit_code, 0) << run.out;
  EXPECT_NE(run.out.find("Newly failing (1):\n  test/a/x.js [default]: "
                         "passed -> failed: Test262Error: <boom>"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("Newly passing (1):"), std::string::npos);
  const std::string md = ReadText(dir / "r.md");
  EXPECT_NE(md.find("| 1.2 | [Clause A](https://tc39.es/ecma262/#sec-a) | 1 "
                    "| 2 | 50.0% | 0 |"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("## Changes since the baseline"), std::string::npos);
  EXPECT_NE(ReadText(dir / "r.html").find("Test262Error: &lt;boom&gt;"),
            std::string::npos);
  EXPECT_NE(ReadText(dir / "r.xml").find("<failure message=\"Test262Error: "
                                         "&lt;boom&gt;\" type=\"failed\">"),
            std::string::npos);
}

TEST(ReportMainTest, FailOnRegressions) {
  const fs::path dir = TempDir("regressions");
  WriteText(dir / "new.json", kNew);
  WriteText(dir / "old.json", kOld);
  const std::string arguments = "--results=" + (dir / "new.json").string() +
                                " --baseline=" + (dir / "old.json").string();
  EXPECT_EQ(RunReport(arguments + " --fail-on-regressions").exit_code, 3);
  EXPECT_EQ(RunReport(arguments).exit_code, 0);
  // Against itself: no regression.
  EXPECT_EQ(RunReport("--results=" + (dir / "new.json").string() +
                      " --baseline=" + (dir / "new.json").string() +
                      " --fail-on-regressions")
                .exit_code,
            0);
}

TEST(ReportMainTest, RelativePathsResolveAgainstTheWorkspace) {
  const fs::path dir = TempDir("workspace");
  WriteText(dir / "new.json", kNew);
  const RunOutput run = RunReport("--results=new.json --junit=out.xml",
                            "BUILD_WORKSPACE_DIRECTORY='" + dir.string() + "'");
  EXPECT_EQ(run.exit_code, 0) << run.out;
  EXPECT_NE(run.out.find("1/2 passed (50.0%)"), std::string::npos) << run.out;
  EXPECT_TRUE(fs::exists(dir / "out.xml"));
}

TEST(ReportMainTest, BadInputsAreErrorsNotCrashes) {
  const fs::path dir = TempDir("bad");
  WriteText(dir / "bad.json", "{\"results\": [");
  WriteText(dir / "good.json", kNew);
  EXPECT_EQ(RunReport("--results=" + (dir / "bad.json").string()).exit_code,
            1);
  EXPECT_EQ(RunReport("--results=" + (dir / "missing.json").string()).exit_code,
            1);
  EXPECT_EQ(RunReport("--results=" + (dir / "good.json").string() +
                      " --baseline=" + (dir / "bad.json").string())
                .exit_code,
            1);
  EXPECT_EQ(RunReport("--results=" + (dir / "good.json").string() +
                      " --biblio=" + (dir / "bad.json").string() +
                      " --markdown=" + (dir / "r.md").string())
                .exit_code,
            1);
  EXPECT_EQ(RunReport("--results=" + (dir / "good.json").string() +
                      " --html=/nonexistent/dir/r.html")
                .exit_code,
            1);
}

TEST(ReportMainTest, UsageErrors) {
  EXPECT_EQ(RunReport("").exit_code, 2);
  EXPECT_EQ(RunReport("--results=").exit_code, 2);
  EXPECT_EQ(RunReport("--results=a.json --bogus").exit_code, 2);
  const RunOutput help = RunReport("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("usage: report --results="), std::string::npos);
}

}  // namespace
