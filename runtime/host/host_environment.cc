#include "runtime/host/host_environment.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>
#include <variant>

#include "runtime/async/promise.h"
#include "runtime/builtins/builtin_function.h"
#include "runtime/host/console.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/job.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::host {

using interpreter::Agent;
using interpreter::Object;
using interpreter::Realm;
using interpreter::RejectionOperation;
using interpreter::RootedValue;
using interpreter::RootedValueVector;
using interpreter::ThrowCompletionOr;
using interpreter::Value;

namespace {

// Node's TIMEOUT_MAX and HTML's (a WebIDL long): longer delays are clamped.
constexpr double kMaxDelayMilliseconds = 2147483647.0;

// DescribeUncaught's text without its "Uncaught " prefix.
std::string DescribeValue(Agent& agent, Value value) {
  constexpr std::string_view kPrefix = "Uncaught ";
  std::string text = DescribeUncaught(agent, value);
  if (text.rfind(kPrefix, 0) == 0) text.erase(0, kPrefix.size());
  return text;
}

async::Clock& ClockOrOwned(async::Clock* clock, std::unique_ptr<async::SteadyClock>& owned) {
  if (clock != nullptr) return *clock;
  owned = std::make_unique<async::SteadyClock>();
  return *owned;
}

}  // namespace

HostEnvironment::HostEnvironment(Agent& agent, interpreter::vm::Vm& vm, std::ostream& out, std::ostream& err,
                                 async::Clock* clock)
    : agent_(agent), vm_(vm), out_(out), err_(err), loop_(ClockOrOwned(clock, owned_clock_)),
      module_loader_(agent, "") {
  agent_.heap().AddRootProvider(this);
  auto& hooks = agent_.host_hooks();
  // One microtask per promise job: the agent's queue and the loop's
  // microtask queue are both FIFO, so jobs keep their enqueue order.
  hooks.promise_job_enqueued = [this] { loop_.enqueue_microtask([this] { RunOnePromiseJob(); }); };
  hooks.promise_rejection_tracker = [this](Object* promise, RejectionOperation operation) {
    TrackRejection(promise, operation);
  };
  loop_.set_after_checkpoint_hook([this] { AfterMicrotaskCheckpoint(); });
}

HostEnvironment::~HostEnvironment() {
  agent_.host_hooks() = {};
  agent_.heap().RemoveRootProvider(this);
}

void HostEnvironment::VisitRoots(heap::Visitor& visitor) {
  for (auto& [id, timer] : timers_) {
    timer.callback.Visit(visitor);
    for (Value argument : timer.arguments) argument.Visit(visitor);
    if (timer.realm != nullptr) visitor.Visit(timer.realm);
  }
  for (const PendingRejection& rejection : pending_rejections_) visitor.Visit(rejection.promise);
  for (auto& [promise, text] : reported_rejections_) visitor.Visit(promise);
}

ThrowCompletionOr<void> HostEnvironment::InstallGlobals() {
  Realm* realm = vm_.realm();
  heap::Handle<Object> global(agent_.heap(), realm->global_object());
  TRY(InstallConsole(agent_, realm, global.get(), out_, err_));
  // The behaviours capture only `this` (not a heap cell). Lengths are
  // HTML's: the optional parameters do not count.
  builtins::DefineBuiltinMethod(agent_, realm, global.get(), u"setTimeout", 1,
                                [this](Agent&, Value, std::span<const Value> arguments, Object*) {
                                  return SetTimer(arguments, /*repeat=*/false);
                                });
  builtins::DefineBuiltinMethod(agent_, realm, global.get(), u"setInterval", 1,
                                [this](Agent&, Value, std::span<const Value> arguments, Object*) {
                                  return SetTimer(arguments, /*repeat=*/true);
                                });
  // clearTimeout and clearInterval share the map of ids (HTML), so either
  // clears either kind.
  builtins::DefineBuiltinMethod(
      agent_, realm, global.get(), u"clearTimeout", 0,
      [this](Agent&, Value, std::span<const Value> arguments, Object*) { return ClearTimer(arguments); });
  builtins::DefineBuiltinMethod(
      agent_, realm, global.get(), u"clearInterval", 0,
      [this](Agent&, Value, std::span<const Value> arguments, Object*) { return ClearTimer(arguments); });
  builtins::DefineBuiltinMethod(
      agent_, realm, global.get(), u"queueMicrotask", 1,
      [this](Agent&, Value, std::span<const Value> arguments, Object*) { return QueueMicrotask(arguments); });
  return {};
}

// setTimeout(handler, timeout, ...arguments) / setInterval(...): HTML's
// timer initialization steps, with Node's rule for the handler (a function;
// strings are not compiled). The arguments span is rooted by the caller.
ThrowCompletionOr<Value> HostEnvironment::SetTimer(std::span<const Value> arguments, bool repeat) {
  Value handler = builtins::Argument(arguments, 0);
  if (!interpreter::IsCallable(handler)) {
    return interpreter::ThrowTypeError(agent_, repeat ? u"setInterval: the callback is not a function"
                                                      : u"setTimeout: the callback is not a function");
  }
  // ToNumber may run user code (valueOf); NaN and negative delays count as zero.
  double milliseconds = TRY(interpreter::vm::ToNumber(agent_, builtins::Argument(arguments, 1)));
  if (!(milliseconds > 0)) milliseconds = 0;
  milliseconds = std::min(milliseconds, kMaxDelayMilliseconds);
  auto delay = std::chrono::duration_cast<async::Duration>(std::chrono::duration<double, std::milli>(milliseconds));

  uint64_t id = next_timer_id_++;
  TimerRecord record{handler, {}, agent_.current_realm(), 0, repeat};
  if (arguments.size() > 2) record.arguments.assign(arguments.begin() + 2, arguments.end());
  auto [entry, inserted] = timers_.emplace(id, std::move(record));
  async::Task task = [this, id] { RunTimer(id); };
  entry->second.loop_timer = repeat ? loop_.set_interval(delay, std::move(task)) : loop_.set_timer(delay, std::move(task));
  return Value::Number(static_cast<double>(id));
}

// clearTimeout(id) / clearInterval(id): ids that name no active timer
// (including undefined, NaN, fractions) are ignored.
ThrowCompletionOr<Value> HostEnvironment::ClearTimer(std::span<const Value> arguments) {
  double id = TRY(interpreter::vm::ToNumber(agent_, builtins::Argument(arguments, 0)));
  if (!(id >= 1) || id != std::floor(id) || id >= static_cast<double>(next_timer_id_)) return Value::Undefined();
  auto it = timers_.find(static_cast<uint64_t>(id));
  if (it == timers_.end()) return Value::Undefined();
  loop_.clear_timer(it->second.loop_timer);
  timers_.erase(it);
  return Value::Undefined();
}

// queueMicrotask(callback): the callback becomes a Job on the agent's
// promise job queue, so it runs in FIFO order with promise jobs.
ThrowCompletionOr<Value> HostEnvironment::QueueMicrotask(std::span<const Value> arguments) {
  Value callback = builtins::Argument(arguments, 0);
  if (!interpreter::IsCallable(callback)) {
    return interpreter::ThrowTypeError(agent_, u"queueMicrotask: the callback is not a function");
  }
  // The callback is rooted by the caller until the job (which traces it) is queued.
  interpreter::Job* job = interpreter::NewJob(
      agent_,
      [](Agent& agent, std::span<const Value> captures) -> ThrowCompletionOr<Value> {
        return interpreter::Call(agent, captures[0], Value::Undefined());
      },
      {callback});
  interpreter::HostEnqueuePromiseJob(agent_, job, agent_.current_realm());
  return Value::Undefined();
}

void HostEnvironment::RunTimer(uint64_t id) {
  auto it = timers_.find(id);
  if (it == timers_.end()) return;  // cleared after its task was queued
  // Copies, rooted: the callback may clear its own timer (erasing the record).
  RootedValue callback(agent_.heap(), it->second.callback);
  RootedValueVector arguments(agent_.heap());
  arguments.values() = it->second.arguments;
  heap::Handle<Realm> realm(agent_.heap(), it->second.realm);
  bool repeat = it->second.repeat;

  Realm* previous_realm = agent_.current_realm();
  if (realm.get() != nullptr) agent_.set_current_realm(realm.get());
  ThrowCompletionOr<Value> completion = interpreter::Call(agent_, callback.get(), Value::Undefined(), arguments.values());
  agent_.set_current_realm(previous_realm);
  // A one-shot timer is forgotten once its callback has run (HTML); ids are
  // never reused, so erasing an id the callback already cleared is harmless.
  if (!repeat) timers_.erase(id);
  if (completion.is_throw_completion()) ReportUncaughtException(completion.thrown_value());
}

void HostEnvironment::RunOnePromiseJob() {
  std::optional<ThrowCompletionOr<Value>> completion = agent_.RunNextPromiseJob();
  // A job queued here and already run by someone else leaves nothing to do.
  if (!completion.has_value()) return;
  if (completion->is_throw_completion()) ReportUncaughtException(completion->thrown_value());
}

void HostEnvironment::ReportUncaughtException(Value thrown_value) {
  RootedValue thrown(agent_.heap(), thrown_value);
  // Before formatting, which may run (and throw in) user code.
  std::optional<interpreter::vm::ThrowSite> site = vm_.ThrowSiteOf(thrown.get());
  std::string text = DescribeUncaught(agent_, thrown.get());
  out_.flush();
  err_ << text << '\n';
  if (site) err_ << "    at " << site->ToString() << '\n';
  err_.flush();
  exit_status_ = kExitScriptError;
}

// 27.5.1.9 HostPromiseRejectionTracker ( promise, operation )
// https://tc39.es/ecma262/#sec-host-promise-rejection-tracker
// Must not run user code: it is called from inside RejectPromise and
// PerformPromiseThen.
void HostEnvironment::TrackRejection(Object* promise, RejectionOperation operation) {
  if (operation == RejectionOperation::kReject) {
    auto* promise_object = dynamic_cast<async::PromiseObject*>(promise);
    std::optional<interpreter::vm::ThrowSite> site;
    if (promise_object != nullptr) site = vm_.ThrowSiteOf(promise_object->result());
    pending_rejections_.push_back({promise, std::move(site)});
    return;
  }
  // "handle": the most recent rejections are the likeliest to get a handler.
  for (auto it = pending_rejections_.rbegin(); it != pending_rejections_.rend(); ++it) {
    if (it->promise == promise) {
      pending_rejections_.erase(std::next(it).base());
      return;
    }
  }
  auto reported = reported_rejections_.find(promise);
  if (reported == reported_rejections_.end()) return;
  out_.flush();
  err_ << "PromiseRejectionHandledWarning: Promise rejection was handled asynchronously: " << reported->second
       << '\n';
  err_.flush();
  reported_rejections_.erase(reported);
}

void HostEnvironment::AfterMicrotaskCheckpoint() {
  // 9.10 ClearKeptObjects: the end of a checkpoint ends a synchronous
  // sequence of ECMAScript execution (HTML's "perform a microtask checkpoint").
  agent_.ClearKeptObjects();
  // Report the rejections that survived this checkpoint. Reporting formats
  // values and so may run user code, which may reject promises (appended,
  // reported after their own checkpoint) or handle listed ones (removed).
  size_t to_report = pending_rejections_.size();
  while (to_report > 0 && !pending_rejections_.empty()) {
    PendingRejection rejection = pending_rejections_.front();
    pending_rejections_.erase(pending_rejections_.begin());
    --to_report;
    ReportUnhandledRejection(rejection);
  }
}

void HostEnvironment::ReportUnhandledRejection(const PendingRejection& rejection) {
  // Listed before formatting, which may allocate: the map keeps the promise alive.
  reported_rejections_.emplace(rejection.promise, std::string());
  auto* promise_object = dynamic_cast<async::PromiseObject*>(rejection.promise);
  Value reason = promise_object != nullptr ? promise_object->result() : Value::Undefined();
  std::string text = DescribeValue(agent_, reason);
  reported_rejections_[rejection.promise] = text;
  out_.flush();
  err_ << "Uncaught (in promise) " << text << '\n';
  if (rejection.site) err_ << "    at " << rejection.site->ToString() << '\n';
  err_.flush();
  exit_status_ = kExitScriptError;
}

int HostEnvironment::RunMain(std::string_view source, const std::string& file) {
  // Parse and compile once: early errors and unsupported constructs are
  // reported as "SyntaxError: file:line:column: message" before anything
  // runs (Vm::EvaluateScript would fold them into a thrown SyntaxError).
  auto compiled = vm_.CompileScript(source, file);
  if (auto* error = std::get_if<interpreter::vm::ScriptSyntaxError>(&compiled)) {
    out_.flush();
    err_ << error->error.ToString() << '\n';
    err_.flush();
    return kExitScriptError;
  }
  ThrowCompletionOr<Value> result = vm_.RunScript(std::get<interpreter::vm::CompiledScript>(compiled));
  if (result.is_throw_completion()) {
    // As in Node: an exception thrown by the script itself ends the run.
    ReportUncaughtException(result.thrown_value());
    return exit_status_;
  }
  loop_.run_until_complete();
  out_.flush();
  err_.flush();
  return exit_status_;
}

int HostEnvironment::RunMainModule(const std::string& path) {
  auto entry = module_loader_.LoadEntryModule(path, vm_.realm());
  if (auto* thrown = std::get_if<Value>(&entry)) {
    // A syntax error of the entry module (its message has file:line:column), or an unreadable file.
    RootedValue error(agent_.heap(), *thrown);
    out_.flush();
    err_ << DescribeUncaught(agent_, error) << '\n';
    err_.flush();
    return kExitScriptError;
  }
  // LoadRequestedModules, Link and Evaluate (async::LoadLinkAndEvaluate); a failure of any step rejects the
  // promise, which is reported as an uncaught exception.
  heap::Handle<async::SourceTextModuleRecord> module(agent_.heap(), std::get<async::SourceTextModuleRecord*>(entry));
  RootedValue promise(agent_.heap(), Value::FromObject(async::LoadLinkAndEvaluate(agent_, module)));
  RootedValue on_rejected(
      agent_.heap(),
      Value::FromObject(async::CreateClosure(
          agent_,
          [this](Agent&, Value, std::span<const Value> arguments, Object*) -> ThrowCompletionOr<Value> {
            ReportUncaughtException(arguments.empty() ? Value::Undefined() : arguments[0]);
            return Value::Undefined();
          },
          1, {})));
  async::PerformPromiseThen(agent_, static_cast<async::PromiseObject*>(promise->AsObject()), Value::Undefined(),
                            on_rejected);
  loop_.run_until_complete();
  out_.flush();
  err_.flush();
  return exit_status_;
}

}  // namespace async_runtime::host
