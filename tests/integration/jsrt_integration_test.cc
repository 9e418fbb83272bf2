// End-to-end tests of the jsrt command line: each test writes a script into
// $TEST_TMPDIR, runs the binary on it in a child process and checks what it
// printed on stdout and stderr and its exit status.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace {

struct RunResult {
  int exit_status = -1;  // -1 when the process did not exit normally (a signal)
  std::string out;
  std::string err;
};

std::string EnvOr(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

std::string JsrtPath() {
  return EnvOr("TEST_SRCDIR", ".") + "/" + EnvOr("TEST_WORKSPACE", "async_runtime") + "/runtime/host/jsrt";
}

std::string TempDir() { return EnvOr("TEST_TMPDIR", "/tmp"); }

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class JsrtTest : public ::testing::Test {
 protected:
  // Writes `source` to $TEST_TMPDIR/<name> and returns the path.
  std::string WriteScript(const std::string& name, const std::string& source) {
    std::string path = TempDir() + "/" + name;
    std::ofstream(path, std::ios::binary) << source;
    return path;
  }

  // Runs jsrt with `arguments`, stdout and stderr captured into files.
  RunResult Jsrt(const std::vector<std::string>& arguments, const char* workspace_directory = nullptr) {
    std::string out_path = TempDir() + "/jsrt.stdout";
    std::string err_path = TempDir() + "/jsrt.stderr";
    std::string binary = JsrtPath();
    std::vector<std::string> argv_storage = {binary};
    argv_storage.insert(argv_storage.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : argv_storage) argv.push_back(argument.data());
    argv.push_back(nullptr);

    std::vector<std::string> env_storage;
    for (char** entry = environ; *entry != nullptr; ++entry) {
      if (std::string(*entry).rfind("BUILD_WORKSPACE_DIRECTORY=", 0) == 0) continue;
      env_storage.push_back(*entry);
    }
    if (workspace_directory != nullptr)
      env_storage.push_back(std::string("BUILD_WORKSPACE_DIRECTORY=") + workspace_directory);
    std::vector<char*> envp;
    for (auto& entry : env_storage) envp.push_back(entry.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid;
    int spawned = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    RunResult result;
    if (spawned != 0) {
      ADD_FAILURE() << "could not start " << binary << ": error " << spawned;
      return result;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (WIFSIGNALED(status)) ADD_FAILURE() << "jsrt died of signal " << WTERMSIG(status);
    result.out = ReadAll(out_path);
    result.err = ReadAll(err_path);
    return result;
  }

  RunResult RunScript(const std::string& name, const std::string& source, std::vector<std::string> flags = {}) {
    flags.push_back(WriteScript(name, source));
    return Jsrt(flags);
  }
};

TEST_F(JsrtTest, ClosuresAndLoopsPrint) {
  RunResult run = RunScript("closures.js", R"(
    function makeCounter() { let n = 0; return function () { n += 1; return n; }; }
    var counter = makeCounter();
    counter(); counter();
    print('counter', counter());
    var fns = [];
    for (let i = 0; i < 3; i++) fns[i] = () => i * 10;
    print(fns[0](), fns[1](), fns[2]());
    var total = 0;
    for (var j = 1; j <= 100; j++) { if (j % 2) continue; total += j; }
    print('even sum', total);
    var keys = '';
    for (var k in {a: 1, b: 2, c: 3}) keys += k;
    print(keys);
  )");
  EXPECT_EQ(run.exit_status, 0) << run.err;
  EXPECT_EQ(run.out, "counter 3\n0 10 20\neven sum 2550\nabc\n");
  EXPECT_EQ(run.err, "");
}

TEST_F(JsrtTest, TryCatchFinally) {
  RunResult run = RunScript("try.js", R"(
    var log = [];
    function f() {
      try { throw 'inner'; }
      catch (e) { print('caught', e); return 'from catch'; }
      finally { print('finally'); }
    }
    print(f());
    try { null.property; } catch (e) { console.log('caught', e); }
    try { notDefined; } catch (e) { console.error(e); }
  )");
  EXPECT_EQ(run.exit_status, 0) << run.err;
  EXPECT_EQ(run.out.substr(0, run.out.find("TypeError")),
            "caught inner\nfinally\nfrom catch\ncaught ");
  EXPECT_NE(run.out.find("caught TypeError: "), std::string::npos) << run.out;
  EXPECT_EQ(run.err, "ReferenceError: notDefined is not defined\n");
}

TEST_F(JsrtTest, ConsoleLogAndErrorStreams) {
  RunResult run = RunScript("console.js", "console.log('to', 'stdout', 1 + 1); console.error('to stderr', {});");
  EXPECT_EQ(run.exit_status, 0);
  EXPECT_EQ(run.out, "to stdout 2\n");
  EXPECT_EQ(run.err, "to stderr [object Object]\n");
}

TEST_F(JsrtTest, SyntaxErrorHasFileLineColumn) {
  std::string path = WriteScript("syntax.js", "print('before');\nvar ok = 1;\nvar x = (1 + ;\n");
  RunResult run = Jsrt({path});
  EXPECT_EQ(run.exit_status, 1);
  EXPECT_EQ(run.out, "");  // nothing runs
  EXPECT_EQ(run.err.rfind("SyntaxError: " + path + ":3:14: ", 0), 0u) << run.err;
  EXPECT_EQ(run.err.back(), '\n');
  EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << "one line: " << run.err;
}

TEST_F(JsrtTest, ModulesImportFilesAndRunTopLevelAwait) {
  WriteScript("lib.mjs", "export const answer = 42;\n");
  std::string path = WriteScript("main.mjs",
                                 "import { answer } from './lib.mjs';\nawait null;\nprint(answer);\n"
                                 "const ns = await import('./lib.mjs');\nprint(ns.answer === answer);\n");
  RunResult run = Jsrt({path});
  EXPECT_EQ(run.exit_status, 0) << run.err;
  EXPECT_EQ(run.out, "42\ntrue\n");
}

TEST_F(JsrtTest, ModuleLinkErrorsAndThrowsAreUncaught) {
  WriteScript("lib.mjs", "export const answer = 42;\n");
  std::string missing = WriteScript("missing.mjs", "import { question } from './lib.mjs';\n");
  RunResult run = Jsrt({missing});
  EXPECT_EQ(run.exit_status, 1);
  EXPECT_EQ(run.err, "Uncaught SyntaxError: Unresolvable import 'question'\n");
  std::string throws = WriteScript("throws.mjs", "print('start');\nawait 0;\nthrow new TypeError('late');\n");
  run = Jsrt({throws});
  EXPECT_EQ(run.exit_status, 1);
  EXPECT_EQ(run.out, "start\n");
  EXPECT_EQ(run.err, "Uncaught TypeError: late\n    at " + throws + ":3:1\n");
}

TEST_F(JsrtTest, UncaughtTypeErrorExitsWithOne) {
  std::string path =
      WriteScript("uncaught.js", "print('start');\nvar o = undefined;\n  o.field;\nprint('unreachable');\n");
  RunResult run = Jsrt({path});
  EXPECT_EQ(run.exit_status, 1);
  EXPECT_EQ(run.out, "start\n");
  EXPECT_EQ(run.err, "Uncaught TypeError: Cannot read property 'field' of undefined\n    at " + path + ":3:3\n");
}

TEST_F(JsrtTest, UncaughtErrorInANestedFunctionReportsTheInnerLocation) {
  std::string path = WriteScript("nested.js",
                                 "function outer() {\n"
                                 "  return middle();\n"
                                 "}\n"
                                 "function middle() {\n"
                                 "  var value = 1;\n"
                                 "  return value();\n"
                                 "}\n"
                                 "outer();\n");
  RunResult run = Jsrt({path});
  EXPECT_EQ(run.exit_status, 1);
  EXPECT_EQ(run.err.rfind("Uncaught TypeError: ", 0), 0u) << run.err;
  std::string at = "\n    at " + path + ":6:10\n";
  ASSERT_GE(run.err.size(), at.size()) << run.err;
  EXPECT_EQ(run.err.substr(run.err.size() - at.size()), at) << run.err;
}

TEST_F(JsrtTest, UncaughtNonErrorValues) {
  std::string number_path = WriteScript("throw_number.js", "throw 42;");
  RunResult number = Jsrt({number_path});
  EXPECT_EQ(number.exit_status, 1);
  EXPECT_EQ(number.err, "Uncaught 42\n    at " + number_path + ":1:1\n");
  std::string string_path = WriteScript("throw_string.js", "\n  throw 'plain ' + 'text';");
  RunResult string = Jsrt({string_path});
  EXPECT_EQ(string.exit_status, 1);
  EXPECT_EQ(string.err, "Uncaught plain text\n    at " + string_path + ":2:3\n");
  // Converting the value to a string runs JS; the site is still the throw's.
  std::string object_path = WriteScript("throw_object.js", "throw {toString() { return 'custom'; }};");
  RunResult object = Jsrt({object_path});
  EXPECT_EQ(object.exit_status, 1);
  EXPECT_EQ(object.err, "Uncaught custom\n    at " + object_path + ":1:1\n");
}

TEST_F(JsrtTest, DeepRecursionIsARangeErrorNotACrash) {
  std::string path = WriteScript("recursion.js", "function down(n) { return down(n + 1) + 1; }\ndown(0);\n");
  RunResult run = Jsrt({path});
  EXPECT_EQ(run.exit_status, 1);
  EXPECT_EQ(run.err, "Uncaught RangeError: Maximum call stack size exceeded\n    at " + path + ":1:27\n");
}

TEST_F(JsrtTest, DeepRecursionIsCatchable) {
  RunResult run = RunScript("recursion_caught.js", R"(
    var depth = 0;
    function down() { depth++; down(); }
    try { down(); } catch (e) { console.log(e, depth > 1000); }
    print('still running');
  )");
  EXPECT_EQ(run.exit_status, 0) << run.err;
  EXPECT_EQ(run.out, "RangeError: Maximum call stack size exceeded true\nstill running\n");
}

TEST_F(JsrtTest, GcStressAllocationLoop) {
  const char* kScript = R"(
    // Arrays do not update length on element stores yet (no Array exotic
    // object), so the count is kept by hand.
    var kept = {};
    var keptCount = 0;
    var checksum = 0;
    for (var i = 0; i < 300; i++) {
      var o = {index: i, label: 'item' + i, inner: {twice: i * 2}};
      if (i % 30 === 0) kept[keptCount++] = o;
      checksum += o.inner.twice;
    }
    var labels = '';
    for (var j = 0; j < keptCount; j++) labels += kept[j].label + ',';
    print(checksum, keptCount, labels);
  )";
  std::string expected = "89700 10 item0,item30,item60,item90,item120,item150,item180,item210,item240,item270,\n";
  RunResult normal = RunScript("alloc.js", kScript);
  EXPECT_EQ(normal.exit_status, 0) << normal.err;
  EXPECT_EQ(normal.out, expected);
  RunResult stressed = RunScript("alloc.js", kScript, {"--gc-stress"});
  EXPECT_EQ(stressed.exit_status, 0) << stressed.err;
  EXPECT_EQ(stressed.out, expected);
  EXPECT_EQ(stressed.err, "");
}

TEST_F(JsrtTest, EventLoopRunsTimersJobsAndMicrotasks) {
  RunResult run = RunScript("event_loop.js", R"(
    setTimeout(() => print('timer 20'), 20);
    setTimeout((a, b) => {
      print('timer 5', a, b);
      Promise.resolve().then(() => print('job after timer 5'));
    }, 5, 'x', 'y');
    setTimeout(() => print('timer 5 again'), 5);
    let ticks = 0;
    const id = setInterval(() => { if (++ticks === 3) { clearInterval(id); print('interval done'); } }, 1);
    Promise.resolve().then(() => print('A'));
    queueMicrotask(() => print('B'));
    print('sync');
  )");
  EXPECT_EQ(run.exit_status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  // On a real clock the interval's place among the timers depends on load:
  // check it apart from the rest.
  std::string out = run.out;
  size_t interval_line = out.find("interval done\n");
  ASSERT_NE(interval_line, std::string::npos) << out;
  out.erase(interval_line, std::string("interval done\n").size());
  EXPECT_EQ(out, "sync\nA\nB\ntimer 5 x y\njob after timer 5\ntimer 5 again\ntimer 20\n");
}

TEST_F(JsrtTest, UnhandledRejectionExitsWithOne) {
  RunResult run = RunScript("unhandled.js", "Promise.resolve().then(() => {\n  throw new TypeError('lost');\n});\n");
  EXPECT_EQ(run.exit_status, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "Uncaught (in promise) TypeError: lost\n    at " + TempDir() + "/unhandled.js:2:3\n");
}

TEST_F(JsrtTest, ThrowingTimerCallbackExitsWithOneAfterTheLoop) {
  RunResult run = RunScript("timer_throw.js", "setTimeout(() => { throw 'bad'; }, 0);\nsetTimeout(() => print('later'), 1);\n");
  EXPECT_EQ(run.exit_status, 1);
  EXPECT_EQ(run.out, "later\n");
  EXPECT_EQ(run.err.rfind("Uncaught bad\n", 0), 0u) << run.err;
}

TEST_F(JsrtTest, UnreadableFileExitsWithTwo) {
  RunResult run = Jsrt({TempDir() + "/does-not-exist.js"});
  EXPECT_EQ(run.exit_status, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("does-not-exist.js"), std::string::npos) << run.err;
}

TEST_F(JsrtTest, UsageErrorsExitWithTwo) {
  RunResult none = Jsrt({});
  EXPECT_EQ(none.exit_status, 2);
  EXPECT_NE(none.err.find("usage: jsrt"), std::string::npos);
  RunResult unknown = Jsrt({"--no-such-flag", "x.js"});
  EXPECT_EQ(unknown.exit_status, 2);
  EXPECT_NE(unknown.err.find("unknown option --no-such-flag"), std::string::npos) << unknown.err;
  RunResult two = Jsrt({"a.js", "b.js"});
  EXPECT_EQ(two.exit_status, 2);
}

TEST_F(JsrtTest, RelativePathResolvesAgainstBuildWorkspaceDirectory) {
  WriteScript("relative.js", "print('found relative');");
  RunResult run = Jsrt({"relative.js"}, TempDir().c_str());
  EXPECT_EQ(run.exit_status, 0) << run.err;
  EXPECT_EQ(run.out, "found relative\n");
}

}  // namespace
