#include "runtime/async/module.h"

#include <algorithm>

#include "runtime/builtins/object.h"
#include "runtime/interpreter/bytecode/compiler.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/operations.h"
#include "runtime/syntax/parser.h"

namespace async_runtime::async {

namespace {

using interpreter::PropertyDescriptor;
using interpreter::PropertyKey;
using interpreter::vm::Environment;
using interpreter::vm::ModuleEnvironment;
using interpreter::vm::Vm;

Value CellValue(heap::Cell* cell) { return Value::FromInternalCell(cell); }

// The realm's %Promise% capability, as NewPromiseCapability(%Promise%) makes it.
void NewModulePromiseCapability(Agent& agent, PromiseCapability& capability) {
  NewIntrinsicPromiseCapability(agent, capability);
}

void CallResolve(Agent& agent, Value resolve, Value argument) {
  MUST(CallRooted(agent, resolve, Value::Undefined(), {argument}));
}

PrimitiveString* Intern(Agent& agent, std::u16string_view text) { return agent.strings().Intern(text); }

ModuleRequest RequestOf(const std::u16string& specifier, const std::vector<syntax::ImportAttribute>& attributes) {
  ModuleRequest request;
  request.specifier = specifier;
  for (const syntax::ImportAttribute& attribute : attributes) request.attributes.push_back({attribute.key, attribute.value});
  return request;
}

void VisitEntry(heap::Visitor& visitor, const ExportEntry& entry) {
  visitor.Visit(entry.export_name);
  visitor.Visit(entry.import_name);
  visitor.Visit(entry.local_name);
}

// A Realm's module referrer (for import() with no active script or module) has no [[LoadedModules]] here.
void HostLoadImportedModule(Agent& agent, ScriptOrModule* referrer, const ModuleRequest& request,
                            heap::Cell* payload) {
  auto& hook = agent.host_hooks().load_imported_module;
  if (!hook) {
    heap::Handle<heap::Cell> rooted_payload(agent.heap(), payload);
    RootedValue error(agent.heap(),
                      interpreter::ThrowTypeError(agent, u"Cannot load modules: the host has no module loader")
                          .value());
    FinishLoadingImportedModule(agent, referrer, request, rooted_payload.get(), nullptr, error);
    return;
  }
  hook(referrer, agent.current_realm(), request, payload);
}

void InnerModuleLoading(Agent& agent, GraphLoadingState* state, ModuleRecord* module);

// 16.2.1.6.1.1.2 ContinueModuleLoading ( state, moduleCompletion )
// https://tc39.es/ecma262/#sec-ContinueModuleLoading
void ContinueModuleLoading(Agent& agent, GraphLoadingState* state, ModuleRecord* module, Value error) {
  // 1. If state.[[IsLoading]] is false, return unused.
  if (!state->is_loading) return;
  // 2. If moduleCompletion is a normal completion, then
  if (module != nullptr) {
    // a. Perform InnerModuleLoading(state, moduleCompletion.[[Value]]).
    InnerModuleLoading(agent, state, module);
  } else {
    // 3. Else, a. Set state.[[IsLoading]] to false.
    state->is_loading = false;
    //    b. Perform ! Call(state.[[PromiseCapability]].[[Reject]], undefined, « moduleCompletion.[[Value]] »).
    CallResolve(agent, state->reject, error);
  }
  // 4. Return unused.
}

// 16.2.1.6.1.1.1 InnerModuleLoading ( state, module )
// https://tc39.es/ecma262/#sec-InnerModuleLoading
void InnerModuleLoading(Agent& agent, GraphLoadingState* state_cell, ModuleRecord* module_cell) {
  heap::Handle<GraphLoadingState> state(agent.heap(), state_cell);
  heap::Handle<ModuleRecord> module(agent.heap(), module_cell);
  // 1. Assert: state.[[IsLoading]] is true.
  // 2. If module is a Cyclic Module Record, module.[[Status]] is new, and state.[[Visited]] does not contain
  //    module, then
  auto* cyclic = module->IsCyclicModuleRecord() ? static_cast<CyclicModuleRecord*>(module.get()) : nullptr;
  if (cyclic != nullptr && cyclic->status == CyclicModuleRecord::Status::kNew &&
      std::find(state->visited.begin(), state->visited.end(), cyclic) == state->visited.end()) {
    // a. Append module to state.[[Visited]].
    state->visited.push_back(cyclic);
    // b. Let requestedModulesCount be the number of elements in module.[[RequestedModules]].
    // c. Set state.[[PendingModulesCount]] to state.[[PendingModulesCount]] + requestedModulesCount.
    state->pending_modules_count += static_cast<uint32_t>(cyclic->requested_modules.size());
    // d. For each ModuleRequest Record request of module.[[RequestedModules]], do
    for (size_t i = 0; i < cyclic->requested_modules.size(); ++i) {
      ModuleRequest request = cyclic->requested_modules[i];
      //  i. If AllImportAttributesSupported(request.[[Attributes]]) is false, then
      if (!AllImportAttributesSupported(request.attributes)) {
        // 1. Let error be interpreter::ThrowCompletion(a newly created SyntaxError object).
        RootedValue error(agent.heap(), interpreter::ThrowError(agent, interpreter::ErrorKind::kSyntaxError,
                                                                u"Unsupported import attribute")
                                            .value());
        // 2. Perform ContinueModuleLoading(state, error).
        ContinueModuleLoading(agent, state, nullptr, error);
      } else if (ModuleRecord* loaded = cyclic->FindLoadedModule(request)) {
        // ii. Else if module.[[LoadedModules]] contains a LoadedModuleRequest Record record such that
        //     ModuleRequestsEqual(record, request) is true, then
        //     1. Perform InnerModuleLoading(state, record.[[Module]]).
        InnerModuleLoading(agent, state, loaded);
      } else {
        // iii. Else, 1. Perform HostLoadImportedModule(module, request, state.[[HostDefined]], state).
        //      2. NOTE: HostLoadImportedModule will call FinishLoadingImportedModule, which re-enters the graph
        //         loading process through ContinueModuleLoading.
        HostLoadImportedModule(agent, cyclic, request, state.get());
      }
      // iv. If state.[[IsLoading]] is false, return unused.
      if (!state->is_loading) return;
    }
  }
  // 3. Assert: state.[[PendingModulesCount]] ≥ 1.
  // 4. Set state.[[PendingModulesCount]] to state.[[PendingModulesCount]] - 1.
  state->pending_modules_count -= 1;
  // 5. If state.[[PendingModulesCount]] = 0, then
  if (state->pending_modules_count == 0) {
    // a. Set state.[[IsLoading]] to false.
    state->is_loading = false;
    // b. For each Cyclic Module Record loaded of state.[[Visited]], do
    //    i. If loaded.[[Status]] is new, set loaded.[[Status]] to unlinked.
    for (CyclicModuleRecord* loaded : state->visited) {
      if (loaded->status == CyclicModuleRecord::Status::kNew) loaded->status = CyclicModuleRecord::Status::kUnlinked;
    }
    // c. Perform ! Call(state.[[PromiseCapability]].[[Resolve]], undefined, « undefined »).
    CallResolve(agent, state->resolve, Value::Undefined());
  }
  // 6. Return unused.
}

// 16.2.1.6.1.2.1 InnerModuleLinking ( module, stack, index )
// https://tc39.es/ecma262/#sec-InnerModuleLinking
// (`stack` holds cells the caller roots through the module graph: every module on it is reachable from the
// module Link was called on.)
ThrowCompletionOr<uint32_t> InnerModuleLinking(Agent& agent, ModuleRecord* module,
                                               std::vector<CyclicModuleRecord*>& stack, uint32_t index) {
  // 1. If module is not a Cyclic Module Record, then a. Perform ? module.Link(). b. Return index.
  if (!module->IsCyclicModuleRecord()) {
    TRY(module->Link(agent));
    return index;
  }
  auto* cyclic = static_cast<CyclicModuleRecord*>(module);
  using Status = CyclicModuleRecord::Status;
  // 2. If module.[[Status]] is one of linking, linked, evaluating-async, or evaluated, then return index.
  if (cyclic->status == Status::kLinking || cyclic->status == Status::kLinked ||
      cyclic->status == Status::kEvaluatingAsync || cyclic->status == Status::kEvaluated) {
    return index;
  }
  // 3. Assert: module.[[Status]] is unlinked.
  // 4. Set module.[[Status]] to linking.
  cyclic->status = Status::kLinking;
  // 5. Let moduleIndex be index.
  uint32_t module_index = index;
  // 6. Set module.[[DFSAncestorIndex]] to index.
  cyclic->dfs_ancestor_index = index;
  // 7. Set index to index + 1.
  index += 1;
  // 8. Append module to stack.
  stack.push_back(cyclic);
  // 9. For each ModuleRequest Record request of module.[[RequestedModules]], do
  for (size_t i = 0; i < cyclic->requested_modules.size(); ++i) {
    // a. Let requiredModule be GetImportedModule(module, request).
    ModuleRecord* required_module = GetImportedModule(cyclic, cyclic->requested_modules[i]);
    // b. Set index to ? InnerModuleLinking(requiredModule, stack, index).
    index = TRY(InnerModuleLinking(agent, required_module, stack, index));
    // c. If requiredModule is a Cyclic Module Record, then
    if (required_module->IsCyclicModuleRecord()) {
      auto* required = static_cast<CyclicModuleRecord*>(required_module);
      // i.-ii. Assert: its [[Status]] is one of linking, linked, evaluating-async, or evaluated (linking iff
      //        stack contains it).
      // iii. If requiredModule.[[Status]] is linking, then set module.[[DFSAncestorIndex]] to
      //      min(module.[[DFSAncestorIndex]], requiredModule.[[DFSAncestorIndex]]).
      if (required->status == Status::kLinking) {
        cyclic->dfs_ancestor_index = std::min(cyclic->dfs_ancestor_index, required->dfs_ancestor_index);
      }
    }
  }
  // 10. Perform ? module.InitializeEnvironment().
  TRY(cyclic->InitializeEnvironment(agent));
  // 11. Assert: module occurs exactly once in stack. 12. Assert: module.[[DFSAncestorIndex]] ≤ moduleIndex.
  // 13. If module.[[DFSAncestorIndex]] = moduleIndex, then
  if (cyclic->dfs_ancestor_index == module_index) {
    // a. Let done be false. b. Repeat, while done is false,
    bool done = false;
    while (!done) {
      // i. Let requiredModule be the last element of stack. ii. Remove the last element of stack.
      CyclicModuleRecord* required_module = stack.back();
      stack.pop_back();
      // iii. Assert: requiredModule is a Cyclic Module Record.
      // iv. Set requiredModule.[[Status]] to linked.
      required_module->status = Status::kLinked;
      // v. If requiredModule and module are the same Module Record, set done to true.
      if (required_module == cyclic) done = true;
    }
  }
  // 14. Return index.
  return index;
}

void ExecuteAsyncModule(Agent& agent, CyclicModuleRecord* module);

// 16.2.1.6.1.3.1 InnerModuleEvaluation ( module, stack, index )
// https://tc39.es/ecma262/#sec-innermoduleevaluation
ThrowCompletionOr<uint32_t> InnerModuleEvaluation(Agent& agent, ModuleRecord* module,
                                                  std::vector<CyclicModuleRecord*>& stack, uint32_t index) {
  using Status = CyclicModuleRecord::Status;
  // 1. If module is not a Cyclic Module Record, then
  if (!module->IsCyclicModuleRecord()) {
    // a. Perform ? EvaluateModuleSync(module). b. Return index.
    // 16.2.1.5.1 EvaluateModuleSync ( module ): the promise Evaluate returns is already settled for a
    // Synthetic Module Record; a rejection is thrown.
    Object* promise = module->Evaluate(agent);
    auto* promise_object = static_cast<PromiseObject*>(promise);
    if (promise_object->state() == PromiseState::kRejected) {
      return interpreter::ThrowCompletion(promise_object->result());
    }
    return index;
  }
  auto* cyclic = static_cast<CyclicModuleRecord*>(module);
  // 2. If module.[[Status]] is either evaluating-async or evaluated, then
  if (cyclic->status == Status::kEvaluatingAsync || cyclic->status == Status::kEvaluated) {
    // a. If module.[[EvaluationError]] is empty, return index.
    if (!cyclic->has_evaluation_error) return index;
    // b. Otherwise, return ? module.[[EvaluationError]].
    return interpreter::ThrowCompletion(cyclic->evaluation_error);
  }
  // 3. If module.[[Status]] is evaluating, return index.
  if (cyclic->status == Status::kEvaluating) return index;
  // 4. Assert: module.[[Status]] is linked.
  // 5. Set module.[[Status]] to evaluating.
  cyclic->status = Status::kEvaluating;
  // 6. Let moduleIndex be index. 7. Set module.[[DFSAncestorIndex]] to index.
  uint32_t module_index = index;
  cyclic->dfs_ancestor_index = index;
  // 8. Set module.[[PendingAsyncDependencies]] to 0.
  cyclic->pending_async_dependencies = 0;
  // 9. Set index to index + 1. 10. Append module to stack.
  index += 1;
  stack.push_back(cyclic);
  // 11. For each ModuleRequest Record request of module.[[RequestedModules]], do
  for (size_t i = 0; i < cyclic->requested_modules.size(); ++i) {
    // a. Let requiredModule be GetImportedModule(module, request).
    ModuleRecord* required_module = GetImportedModule(cyclic, cyclic->requested_modules[i]);
    // b. Set index to ? InnerModuleEvaluation(requiredModule, stack, index).
    index = TRY(InnerModuleEvaluation(agent, required_module, stack, index));
    // c. If requiredModule is a Cyclic Module Record, then
    if (!required_module->IsCyclicModuleRecord()) continue;
    auto* required = static_cast<CyclicModuleRecord*>(required_module);
    // i.-ii. Assert: its [[Status]] is one of evaluating, evaluating-async, or evaluated (evaluating iff on the
    //        stack).
    if (required->status == Status::kEvaluating) {
      // iii. If requiredModule.[[Status]] is evaluating, then set module.[[DFSAncestorIndex]] to
      //      min(module.[[DFSAncestorIndex]], requiredModule.[[DFSAncestorIndex]]).
      cyclic->dfs_ancestor_index = std::min(cyclic->dfs_ancestor_index, required->dfs_ancestor_index);
    } else {
      // iv. Else, 1. Set requiredModule to requiredModule.[[CycleRoot]].
      required = required->cycle_root;
      // 2. Assert: requiredModule.[[Status]] is either evaluating-async or evaluated.
      // 3. If requiredModule.[[EvaluationError]] is not empty, return ? requiredModule.[[EvaluationError]].
      if (required->has_evaluation_error) return interpreter::ThrowCompletion(required->evaluation_error);
    }
    // v. If requiredModule.[[AsyncEvaluationOrder]] is an integer, then
    if (required->async_evaluation_order != CyclicModuleRecord::kUnset &&
        required->async_evaluation_order != CyclicModuleRecord::kDone) {
      // 1. Set module.[[PendingAsyncDependencies]] to module.[[PendingAsyncDependencies]] + 1.
      cyclic->pending_async_dependencies += 1;
      // 2. Append module to requiredModule.[[AsyncParentModules]].
      required->async_parent_modules.push_back(cyclic);
    }
  }
  // 12. If module.[[HasTLA]] is true or module.[[PendingAsyncDependencies]] > 0, then
  if (cyclic->has_tla || cyclic->pending_async_dependencies > 0) {
    // a. Assert: module.[[AsyncEvaluationOrder]] is unset.
    // b. Set module.[[AsyncEvaluationOrder]] to IncrementModuleAsyncEvaluationCount().
    cyclic->async_evaluation_order = agent.IncrementModuleAsyncEvaluationCount();
    // c. If module.[[PendingAsyncDependencies]] = 0, perform ExecuteAsyncModule(module).
    if (cyclic->pending_async_dependencies == 0) ExecuteAsyncModule(agent, cyclic);
  } else {
    // 13. Else, a. Perform ? module.ExecuteModule().
    TRY(cyclic->ExecuteModule(agent, nullptr));
  }
  // 14. Assert: module occurs exactly once in stack. 15. Assert: module.[[DFSAncestorIndex]] ≤ moduleIndex.
  // 16. If module.[[DFSAncestorIndex]] = moduleIndex, then
  if (cyclic->dfs_ancestor_index == module_index) {
    // a. Let done be false. b. Repeat, while done is false,
    bool done = false;
    while (!done) {
      // i. Let requiredModule be the last element of stack. ii. Remove the last element of stack.
      CyclicModuleRecord* required_module = stack.back();
      stack.pop_back();
      // iii.-iv. Assert: requiredModule is a Cyclic Module Record whose [[AsyncEvaluationOrder]] is an integer
      //          or unset.
      // v. If requiredModule.[[AsyncEvaluationOrder]] is unset, set requiredModule.[[Status]] to evaluated.
      // vi. Else, set requiredModule.[[Status]] to evaluating-async.
      required_module->status = required_module->async_evaluation_order == CyclicModuleRecord::kUnset
                                    ? Status::kEvaluated
                                    : Status::kEvaluatingAsync;
      // vii. If requiredModule and module are the same Module Record, set done to true.
      if (required_module == cyclic) done = true;
      // viii. Set requiredModule.[[CycleRoot]] to module.
      required_module->cycle_root = cyclic;
    }
  }
  // 17. Return index.
  return index;
}

void AsyncModuleExecutionFulfilled(Agent& agent, CyclicModuleRecord* module);
void AsyncModuleExecutionRejected(Agent& agent, CyclicModuleRecord* module, Value error);

// 16.2.1.6.1.3.2 ExecuteAsyncModule ( module )
// https://tc39.es/ecma262/#sec-execute-async-module
void ExecuteAsyncModule(Agent& agent, CyclicModuleRecord* module_cell) {
  heap::Handle<CyclicModuleRecord> module(agent.heap(), module_cell);
  // 1. Assert: module.[[Status]] is either evaluating or evaluating-async. 2. Assert: module.[[HasTLA]] is true.
  // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability capability(agent.heap());
  NewModulePromiseCapability(agent, capability);
  // 4. Let fulfilledClosure be a new Abstract Closure with no parameters that captures module and performs the
  //    following steps when called:
  //    a. Perform AsyncModuleExecutionFulfilled(module). b. Return NormalCompletion(undefined).
  // 5. Let onFulfilled be CreateBuiltinFunction(fulfilledClosure, 0, "", « »).
  RootedValue on_fulfilled(
      agent.heap(), Value::FromObject(CreateClosure(
                        agent,
                        [](Agent& agent, Value, std::span<const Value>, Object*) -> ThrowCompletionOr<Value> {
                          AsyncModuleExecutionFulfilled(
                              agent, static_cast<CyclicModuleRecord*>(ActiveFunctionSlot(agent, 0).AsCell()));
                          return Value::Undefined();
                        },
                        0, {CellValue(module.get())})));
  // 6. Let rejectedClosure be a new Abstract Closure with parameters (error) that captures module and performs
  //    the following steps when called:
  //    a. Perform AsyncModuleExecutionRejected(module, error). b. Return NormalCompletion(undefined).
  // 7. Let onRejected be CreateBuiltinFunction(rejectedClosure, 0, "", « »).
  RootedValue on_rejected(
      agent.heap(),
      Value::FromObject(CreateClosure(
          agent,
          [](Agent& agent, Value, std::span<const Value> arguments, Object*) -> ThrowCompletionOr<Value> {
            Value error = arguments.empty() ? Value::Undefined() : arguments[0];
            AsyncModuleExecutionRejected(agent, static_cast<CyclicModuleRecord*>(ActiveFunctionSlot(agent, 0).AsCell()),
                                         error);
            return Value::Undefined();
          },
          0, {CellValue(module.get())})));
  // 8. Perform PerformPromiseThen(promiseCapability.[[Promise]], onFulfilled, onRejected).
  PerformPromiseThen(agent, static_cast<PromiseObject*>(capability.promise->AsObject()), on_fulfilled, on_rejected);
  // 9. Perform ! module.ExecuteModule(promiseCapability).
  MUST(module->ExecuteModule(agent, &capability));
  // 10. Return unused.
}

// 16.2.1.6.1.3.3 GatherAvailableAncestors ( module, execList )
// https://tc39.es/ecma262/#sec-gather-available-ancestors
void GatherAvailableAncestors(CyclicModuleRecord* module, std::vector<CyclicModuleRecord*>& exec_list) {
  // 1. For each Cyclic Module Record ancestorModule of module.[[AsyncParentModules]], do
  for (CyclicModuleRecord* ancestor_module : module->async_parent_modules) {
    // a. If execList does not contain ancestorModule and ancestorModule.[[CycleRoot]].[[EvaluationError]] is
    //    empty, then
    if (std::find(exec_list.begin(), exec_list.end(), ancestor_module) != exec_list.end()) continue;
    if (ancestor_module->cycle_root->has_evaluation_error) continue;
    // i.-iv. Assert: ancestorModule is evaluating-async without an error, its [[AsyncEvaluationOrder]] is an
    //        integer and its [[PendingAsyncDependencies]] > 0.
    // v. Set ancestorModule.[[PendingAsyncDependencies]] to ancestorModule.[[PendingAsyncDependencies]] - 1.
    ancestor_module->pending_async_dependencies -= 1;
    // vi. If ancestorModule.[[PendingAsyncDependencies]] = 0, then
    if (ancestor_module->pending_async_dependencies == 0) {
      // 1. Append ancestorModule to execList.
      exec_list.push_back(ancestor_module);
      // 2. If ancestorModule.[[HasTLA]] is false, perform GatherAvailableAncestors(ancestorModule, execList).
      if (!ancestor_module->has_tla) GatherAvailableAncestors(ancestor_module, exec_list);
    }
  }
  // 2. Return unused.
}

// 16.2.1.6.1.3.4 AsyncModuleExecutionFulfilled ( module )
// https://tc39.es/ecma262/#sec-async-module-execution-fulfilled
void AsyncModuleExecutionFulfilled(Agent& agent, CyclicModuleRecord* module_cell) {
  using Status = CyclicModuleRecord::Status;
  heap::Handle<CyclicModuleRecord> module(agent.heap(), module_cell);
  // 1. If module.[[Status]] is evaluated, then a. Assert: module.[[EvaluationError]] is not empty.
  //    b. Return unused.
  if (module->status == Status::kEvaluated) return;
  // 2.-4. Assert: module.[[Status]] is evaluating-async, its [[AsyncEvaluationOrder]] an integer, no error.
  // 5. Set module.[[AsyncEvaluationOrder]] to done.
  module->async_evaluation_order = CyclicModuleRecord::kDone;
  // 6. Set module.[[Status]] to evaluated.
  module->status = Status::kEvaluated;
  // 7. If module.[[TopLevelCapability]] is not empty, then
  if (module->has_top_level_capability) {
    // a. Assert: module.[[CycleRoot]] and module are the same Module Record.
    // b. Perform ! Call(module.[[TopLevelCapability]].[[Resolve]], undefined, « undefined »).
    CallResolve(agent, module->top_level_resolve, Value::Undefined());
  }
  // 8. Let execList be a new empty List.
  std::vector<CyclicModuleRecord*> exec_list;
  // 9. Perform GatherAvailableAncestors(module, execList).
  GatherAvailableAncestors(module, exec_list);
  // 10. Assert: All elements of execList have their [[AsyncEvaluationOrder]] field set to an integer,
  //     [[PendingAsyncDependencies]] field set to 0, and [[EvaluationError]] field set to empty.
  // 11. Let sortedExecList be a List whose elements are the elements of execList, sorted by their
  //     [[AsyncEvaluationOrder]] field in ascending order.
  std::sort(exec_list.begin(), exec_list.end(), [](CyclicModuleRecord* a, CyclicModuleRecord* b) {
    return a->async_evaluation_order < b->async_evaluation_order;
  });
  // (The modules stay reachable from `module` through [[AsyncParentModules]] while they run.)
  // 12. For each Cyclic Module Record ancestorModule of sortedExecList, do
  for (CyclicModuleRecord* ancestor : exec_list) {
    heap::Handle<CyclicModuleRecord> ancestor_module(agent.heap(), ancestor);
    // a. If ancestorModule.[[Status]] is evaluated, then i. Assert: ancestorModule.[[EvaluationError]] is not
    //    empty.
    if (ancestor_module->status == Status::kEvaluated) continue;
    if (ancestor_module->has_tla) {
      // b. Else if ancestorModule.[[HasTLA]] is true, then i. Perform ExecuteAsyncModule(ancestorModule).
      ExecuteAsyncModule(agent, ancestor_module);
      continue;
    }
    // c. Else, i. Let result be Completion(ancestorModule.ExecuteModule()).
    ThrowCompletionOr<void> result = ancestor_module->ExecuteModule(agent, nullptr);
    // ii. If result is an abrupt completion, then
    if (result.is_throw_completion()) {
      // 1. Perform AsyncModuleExecutionRejected(ancestorModule, result.[[Value]]).
      RootedValue thrown(agent.heap(), result.thrown_value());
      AsyncModuleExecutionRejected(agent, ancestor_module, thrown);
      continue;
    }
    // iii. Else, 1. Set ancestorModule.[[AsyncEvaluationOrder]] to done.
    ancestor_module->async_evaluation_order = CyclicModuleRecord::kDone;
    // 2. Set ancestorModule.[[Status]] to evaluated.
    ancestor_module->status = Status::kEvaluated;
    // 3. If ancestorModule.[[TopLevelCapability]] is not empty, then
    if (ancestor_module->has_top_level_capability) {
      // a. Assert: ancestorModule.[[CycleRoot]] and ancestorModule are the same Module Record.
      // b. Perform ! Call(ancestorModule.[[TopLevelCapability]].[[Resolve]], undefined, « undefined »).
      CallResolve(agent, ancestor_module->top_level_resolve, Value::Undefined());
    }
  }
  // 13. Return unused.
}

// 16.2.1.6.1.3.5 AsyncModuleExecutionRejected ( module, error )
// https://tc39.es/ecma262/#sec-async-module-execution-rejected
void AsyncModuleExecutionRejected(Agent& agent, CyclicModuleRecord* module_cell, Value error_value) {
  using Status = CyclicModuleRecord::Status;
  heap::Handle<CyclicModuleRecord> module(agent.heap(), module_cell);
  RootedValue error(agent.heap(), error_value);
  // 1. If module.[[Status]] is evaluated, then a. Assert: module.[[EvaluationError]] is not empty.
  //    b. Return unused.
  if (module->status == Status::kEvaluated) return;
  // 2.-4. Assert: module.[[Status]] is evaluating-async, its [[AsyncEvaluationOrder]] an integer, no error.
  // 5. Set module.[[EvaluationError]] to interpreter::ThrowCompletion(error).
  module->has_evaluation_error = true;
  module->evaluation_error = error;
  // 6. Set module.[[Status]] to evaluated.
  module->status = Status::kEvaluated;
  // 7. Set module.[[AsyncEvaluationOrder]] to done.
  module->async_evaluation_order = CyclicModuleRecord::kDone;
  // 8. NOTE: ... for symmetry with AsyncModuleExecutionFulfilled.
  // 9. If module.[[TopLevelCapability]] is not empty, then
  if (module->has_top_level_capability) {
    // a. Assert: module.[[CycleRoot]] and module are the same Module Record.
    // b. Perform ! Call(module.[[TopLevelCapability]].[[Reject]], undefined, « error »).
    CallResolve(agent, module->top_level_reject, error);
  }
  // 10. For each Cyclic Module Record ancestorModule of module.[[AsyncParentModules]], do
  //     a. Perform AsyncModuleExecutionRejected(ancestorModule, error).
  for (size_t i = 0; i < module->async_parent_modules.size(); ++i) {
    AsyncModuleExecutionRejected(agent, module->async_parent_modules[i], error);
  }
  // 11. Return unused.
}

// 13.3.10.3 ContinueDynamicImport ( promiseCapability, moduleCompletion )
// https://tc39.es/ecma262/#sec-ContinueDynamicImport
void ContinueDynamicImport(Agent& agent, DynamicImportPayload* payload_cell, ModuleRecord* module_cell,
                           Value error) {
  heap::Handle<DynamicImportPayload> payload(agent.heap(), payload_cell);
  heap::Handle<ModuleRecord> module(agent.heap(), module_cell);
  // 1. If moduleCompletion is an abrupt completion, then
  if (module.get() == nullptr) {
    // a. Perform ! Call(promiseCapability.[[Reject]], undefined, « moduleCompletion.[[Value]] »).
    CallResolve(agent, payload->reject, error);
    // b. Return unused.
    return;
  }
  // 2. Let module be moduleCompletion.[[Value]].
  // 3. Let loadPromise be module.LoadRequestedModules().
  RootedValue load_promise(agent.heap());
  if (module->IsCyclicModuleRecord()) {
    load_promise = Value::FromObject(static_cast<CyclicModuleRecord*>(module.get())->LoadRequestedModules(agent));
  } else {
    // A Synthetic Module Record's LoadRequestedModules: 1. Return ! PromiseResolve(%Promise%, undefined).
    load_promise = Value::FromObject(MUST(PromiseResolve(
        agent, agent.current_realm()->intrinsic(interpreter::Intrinsic::kPromise), Value::Undefined())));
  }
  // 4. Let rejectedClosure be a new Abstract Closure with parameters (reason) that captures promiseCapability
  //    and performs the following steps when called:
  //    a. Perform ! Call(promiseCapability.[[Reject]], undefined, « reason »). b. Return NormalCompletion(undefined).
  // 5. Let onRejected be CreateBuiltinFunction(rejectedClosure, 1, "", « »).
  RootedValue on_rejected(
      agent.heap(), Value::FromObject(CreateClosure(
                        agent,
                        [](Agent& agent, Value, std::span<const Value> arguments, Object*) -> ThrowCompletionOr<Value> {
                          auto* payload = static_cast<DynamicImportPayload*>(ActiveFunctionSlot(agent, 0).AsCell());
                          CallResolve(agent, payload->reject, arguments.empty() ? Value::Undefined() : arguments[0]);
                          return Value::Undefined();
                        },
                        1, {CellValue(payload.get())})));
  // 6. Let linkAndEvaluateClosure be a new Abstract Closure with no parameters that captures module,
  //    promiseCapability, and onRejected and performs the following steps when called:
  // 7. Let linkAndEvaluate be CreateBuiltinFunction(linkAndEvaluateClosure, 0, "", « »).
  RootedValue link_and_evaluate(
      agent.heap(),
      Value::FromObject(CreateClosure(
          agent,
          [](Agent& agent, Value, std::span<const Value>, Object*) -> ThrowCompletionOr<Value> {
            heap::Handle<ModuleRecord> module(agent.heap(),
                                              static_cast<ModuleRecord*>(ActiveFunctionSlot(agent, 0).AsCell()));
            heap::Handle<DynamicImportPayload> payload(
                agent.heap(), static_cast<DynamicImportPayload*>(ActiveFunctionSlot(agent, 1).AsCell()));
            RootedValue on_rejected(agent.heap(), ActiveFunctionSlot(agent, 2));
            // a. Let link be Completion(module.Link()).
            ThrowCompletionOr<void> link = module->Link(agent);
            // b. If link is an abrupt completion, then
            if (link.is_throw_completion()) {
              // i. Perform ! Call(promiseCapability.[[Reject]], undefined, « link.[[Value]] »).
              RootedValue thrown(agent.heap(), link.thrown_value());
              CallResolve(agent, payload->reject, thrown);
              // ii. Return NormalCompletion(undefined).
              return Value::Undefined();
            }
            // c. Let evaluatePromise be module.Evaluate().
            heap::Handle<Object> evaluate_promise(agent.heap(), module->Evaluate(agent));
            // d. Let fulfilledClosure be a new Abstract Closure with no parameters that captures module and
            //    promiseCapability and performs the following steps when called:
            //    i. Let namespace be GetModuleNamespace(module).
            //    ii. Perform ! Call(promiseCapability.[[Resolve]], undefined, « namespace »).
            //    iii. Return NormalCompletion(undefined).
            // e. Let onFulfilled be CreateBuiltinFunction(fulfilledClosure, 0, "", « »).
            RootedValue on_fulfilled(
                agent.heap(),
                Value::FromObject(CreateClosure(
                    agent,
                    [](Agent& agent, Value, std::span<const Value>, Object*) -> ThrowCompletionOr<Value> {
                      heap::Handle<ModuleRecord> module(
                          agent.heap(), static_cast<ModuleRecord*>(ActiveFunctionSlot(agent, 0).AsCell()));
                      heap::Handle<DynamicImportPayload> payload(
                          agent.heap(), static_cast<DynamicImportPayload*>(ActiveFunctionSlot(agent, 1).AsCell()));
                      RootedValue namespace_object(agent.heap(), Value::FromObject(GetModuleNamespace(agent, module)));
                      CallResolve(agent, payload->resolve, namespace_object);
                      return Value::Undefined();
                    },
                    0, {CellValue(module.get()), CellValue(payload.get())})));
            // f. Perform PerformPromiseThen(evaluatePromise, onFulfilled, onRejected).
            PerformPromiseThen(agent, static_cast<PromiseObject*>(evaluate_promise.get()), on_fulfilled, on_rejected);
            // g. Return unused.
            return Value::Undefined();
          },
          0, {CellValue(module.get()), CellValue(payload.get()), on_rejected.get()})));
  // 8. Perform PerformPromiseThen(loadPromise, linkAndEvaluate, onRejected).
  PerformPromiseThen(agent, static_cast<PromiseObject*>(load_promise->AsObject()), link_and_evaluate, on_rejected);
  // 9. Return unused.
}

// The ModuleRequests of a module's items, in source order, without duplicates (ModuleRequestsEqual).
void AddRequest(std::vector<ModuleRequest>& requests, const ModuleRequest& request) {
  for (const ModuleRequest& present : requests) {
    if (interpreter::vm::ModuleRequestsEqual(present, request)) return;
  }
  requests.push_back(request);
}

}  // namespace

void CyclicModuleRecord::VisitEdges(heap::Visitor& visitor) {
  ModuleRecord::VisitEdges(visitor);
  evaluation_error.Visit(visitor);
  visitor.Visit(cycle_root);
  top_level_promise.Visit(visitor);
  top_level_resolve.Visit(visitor);
  top_level_reject.Visit(visitor);
  for (CyclicModuleRecord* parent : async_parent_modules) visitor.Visit(parent);
}

void SourceTextModuleRecord::VisitEdges(heap::Visitor& visitor) {
  CyclicModuleRecord::VisitEdges(visitor);
  visitor.Visit(code);
  visitor.Visit(import_meta);
  for (const ImportEntry& entry : import_entries) {
    visitor.Visit(entry.import_name);
    visitor.Visit(entry.local_name);
  }
  for (const ExportEntry& entry : local_export_entries) VisitEntry(visitor, entry);
  for (const ExportEntry& entry : indirect_export_entries) VisitEntry(visitor, entry);
  for (const ExportEntry& entry : star_export_entries) VisitEntry(visitor, entry);
}

void SyntheticModuleRecord::VisitEdges(heap::Visitor& visitor) {
  ModuleRecord::VisitEdges(visitor);
  for (PrimitiveString* name : export_names) visitor.Visit(name);
  default_export.Visit(visitor);
}

void GraphLoadingState::VisitEdges(heap::Visitor& visitor) {
  for (CyclicModuleRecord* module : visited) visitor.Visit(module);
  promise.Visit(visitor);
  resolve.Visit(visitor);
  reject.Visit(visitor);
}

void DynamicImportPayload::VisitEdges(heap::Visitor& visitor) {
  promise.Visit(visitor);
  resolve.Visit(visitor);
  reject.Visit(visitor);
}

// 16.2.1.6.1.1 LoadRequestedModules ( [ hostDefined ] )
// https://tc39.es/ecma262/#sec-LoadRequestedModules
Object* CyclicModuleRecord::LoadRequestedModules(Agent& agent) {
  heap::Handle<CyclicModuleRecord> module(agent.heap(), this);
  // 1. If hostDefined is not present, set hostDefined to empty.
  // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability capability(agent.heap());
  NewModulePromiseCapability(agent, capability);
  // 3. Let state be the GraphLoadingState Record { [[IsLoading]]: true, [[PendingModulesCount]]: 1,
  //    [[Visited]]: « », [[PromiseCapability]]: promiseCapability, [[HostDefined]]: hostDefined }.
  heap::Handle<GraphLoadingState> state(agent.heap(), agent.Allocate<GraphLoadingState>());
  state->promise = capability.promise;
  state->resolve = capability.resolve;
  state->reject = capability.reject;
  // 4. Perform InnerModuleLoading(state, module).
  InnerModuleLoading(agent, state, module);
  // 5. Return promiseCapability.[[Promise]].
  return capability.promise->AsObject();
}

// 16.2.1.6.1.2 Link ( )
// https://tc39.es/ecma262/#sec-moduledeclarationlinking
ThrowCompletionOr<void> CyclicModuleRecord::Link(Agent& agent) {
  heap::Handle<CyclicModuleRecord> module(agent.heap(), this);
  // 1. Assert: module.[[Status]] is one of unlinked, linked, evaluating-async, or evaluated.
  // 2. Let stack be a new empty List.
  std::vector<CyclicModuleRecord*> stack;
  // 3. Let result be Completion(InnerModuleLinking(module, stack, 0)).
  ThrowCompletionOr<uint32_t> result = InnerModuleLinking(agent, module, stack, 0);
  // 4. If result is an abrupt completion, then
  if (result.is_throw_completion()) {
    // a. For each Cyclic Module Record requiredModule of stack, do
    //    i. Assert: requiredModule.[[Status]] is linking. ii. Set requiredModule.[[Status]] to unlinked.
    for (CyclicModuleRecord* required_module : stack) required_module->status = Status::kUnlinked;
    // b. Assert: module.[[Status]] is unlinked. c. Return ? result.
    return interpreter::ThrowCompletion(result.thrown_value());
  }
  // 5. Assert: module.[[Status]] is one of linked, evaluating-async, or evaluated. 6. Assert: stack is empty.
  // 7. Return unused.
  return {};
}

// 16.2.1.6.1.3 Evaluate ( )
// https://tc39.es/ecma262/#sec-moduleevaluation
Object* CyclicModuleRecord::Evaluate(Agent& agent) {
  heap::Handle<CyclicModuleRecord> module(agent.heap(), this);
  // 1. Assert: This call to Evaluate is not happening at the same time as another call to Evaluate within the
  //    surrounding agent.
  // 2. Assert: module.[[Status]] is one of linked, evaluating-async, or evaluated.
  // 3. If module.[[Status]] is either evaluating-async or evaluated, then
  if (module->status == Status::kEvaluatingAsync || module->status == Status::kEvaluated) {
    // a. If module.[[CycleRoot]] is not empty, then i. Set module to module.[[CycleRoot]].
    // b. Else, i. Assert: module.[[Status]] is evaluated and module.[[EvaluationError]] is a throw completion.
    if (module->cycle_root != nullptr) module = module->cycle_root;
  }
  // 4. If module.[[TopLevelCapability]] is not empty, then a. Return module.[[TopLevelCapability]].[[Promise]].
  if (module->has_top_level_capability) return module->top_level_promise.AsObject();
  // 5. Let stack be a new empty List.
  std::vector<CyclicModuleRecord*> stack;
  // 6. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability capability(agent.heap());
  NewModulePromiseCapability(agent, capability);
  // 7. Set module.[[TopLevelCapability]] to promiseCapability.
  module->has_top_level_capability = true;
  module->top_level_promise = capability.promise;
  module->top_level_resolve = capability.resolve;
  module->top_level_reject = capability.reject;
  // 8. Let result be Completion(InnerModuleEvaluation(module, stack, 0)).
  ThrowCompletionOr<uint32_t> result = InnerModuleEvaluation(agent, module, stack, 0);
  // 9. If result is an abrupt completion, then
  if (result.is_throw_completion()) {
    RootedValue thrown(agent.heap(), result.thrown_value());
    // a. For each Cyclic Module Record requiredModule of stack, do
    for (CyclicModuleRecord* required_module : stack) {
      // i. Assert: requiredModule.[[Status]] is evaluating.
      // ii. Set requiredModule.[[Status]] to evaluated. iii. Set requiredModule.[[EvaluationError]] to result.
      required_module->status = Status::kEvaluated;
      required_module->has_evaluation_error = true;
      required_module->evaluation_error = thrown;
    }
    // b. Assert: module.[[Status]] is evaluated. c. Assert: module.[[EvaluationError]] and result are the same.
    // d. Perform ! Call(promiseCapability.[[Reject]], undefined, « result.[[Value]] »).
    CallResolve(agent, capability.reject, thrown);
  } else {
    // 10. Else, a. Assert: module.[[Status]] is either evaluating-async or evaluated.
    // b. Assert: module.[[EvaluationError]] is empty.
    // c. If module.[[Status]] is evaluated, then
    if (module->status == Status::kEvaluated) {
      // i. Assert: module.[[AsyncEvaluationOrder]] is either unset or done. ii. NOTE ...
      // iii. Perform ! Call(promiseCapability.[[Resolve]], undefined, « undefined »).
      CallResolve(agent, capability.resolve, Value::Undefined());
    }
    // d. Assert: stack is empty.
  }
  // 11. Return promiseCapability.[[Promise]].
  return capability.promise->AsObject();
}

// 16.2.1.7.2.1 GetExportedNames ( [ exportStarSet ] )
// https://tc39.es/ecma262/#sec-getexportednames
std::vector<PrimitiveString*> SourceTextModuleRecord::GetExportedNames(std::vector<ModuleRecord*>& export_star_set) {
  // 1. Assert: module.[[Status]] is not new.
  // 2. If exportStarSet is not present, set exportStarSet to a new empty List.
  // 3. If exportStarSet contains module, then
  if (std::find(export_star_set.begin(), export_star_set.end(), this) != export_star_set.end()) {
    // a. Assert: We've reached the starting point of an export * circularity. b. Return a new empty List.
    return {};
  }
  // 4. Append module to exportStarSet.
  export_star_set.push_back(this);
  // 5. Let exportedNames be a new empty List.
  std::vector<PrimitiveString*> exported_names;
  // 6. For each ExportEntry Record exportEntry of module.[[LocalExportEntries]], do
  //    a. Assert: module provides the direct binding for this export. b. Assert: [[ExportName]] is not null.
  //    c. Append exportEntry.[[ExportName]] to exportedNames.
  for (const ExportEntry& entry : local_export_entries) exported_names.push_back(entry.export_name);
  // 7. For each ExportEntry Record exportEntry of module.[[IndirectExportEntries]], do
  //    a.-b. Assert ... c. Append exportEntry.[[ExportName]] to exportedNames.
  for (const ExportEntry& entry : indirect_export_entries) exported_names.push_back(entry.export_name);
  // 8. For each ExportEntry Record exportEntry of module.[[StarExportEntries]], do
  for (const ExportEntry& entry : star_export_entries) {
    // a. Assert: exportEntry.[[ModuleRequest]] is not null.
    // b. Let requestedModule be GetImportedModule(module, exportEntry.[[ModuleRequest]]).
    ModuleRecord* requested_module = GetImportedModule(this, *entry.module_request);
    // c. Let starNames be requestedModule.GetExportedNames(exportStarSet).
    std::vector<PrimitiveString*> star_names = requested_module->GetExportedNames(export_star_set);
    // d. For each element name of starNames, do
    for (PrimitiveString* name : star_names) {
      // i. If name is not "default", then 1. If exportedNames does not contain name, then
      //    a. Append name to exportedNames.
      if (name->code_units() == u"default") continue;
      if (std::find(exported_names.begin(), exported_names.end(), name) == exported_names.end()) {
        exported_names.push_back(name);
      }
    }
  }
  // 9. Return exportedNames.
  return exported_names;
}

// 16.2.1.7.2.2 ResolveExport ( exportName [ , resolveSet ] )
// https://tc39.es/ecma262/#sec-resolveexport
ResolveExportResult SourceTextModuleRecord::ResolveExport(PrimitiveString* export_name,
                                                          std::vector<ResolveSetEntry>& resolve_set) {
  using Kind = ResolveExportResult::Kind;
  // 1. Assert: module.[[Status]] is not new. 2. If resolveSet is not present, set it to a new empty List.
  // 3. For each Record { [[Module]], [[ExportName]] } r of resolveSet, do
  for (const ResolveSetEntry& record : resolve_set) {
    // a. If module and r.[[Module]] are the same Module Record and exportName is r.[[ExportName]], then
    //    i. Assert: This is a circular import request. ii. Return null.
    if (record.module == this && record.export_name == export_name) return {};
  }
  // 4. Append the Record { [[Module]]: module, [[ExportName]]: exportName } to resolveSet.
  resolve_set.push_back({this, export_name});
  // 5. For each ExportEntry Record e of module.[[LocalExportEntries]], do
  for (const ExportEntry& entry : local_export_entries) {
    // a. If exportName is e.[[ExportName]], then i. Assert: module provides the direct binding for this export.
    //    ii. Return ResolvedBinding Record { [[Module]]: module, [[BindingName]]: e.[[LocalName]] }.
    if (entry.export_name == export_name) return {Kind::kResolved, {this, entry.local_name}};
  }
  // 6. For each ExportEntry Record e of module.[[IndirectExportEntries]], do
  for (const ExportEntry& entry : indirect_export_entries) {
    // a. If exportName is e.[[ExportName]], then
    if (entry.export_name != export_name) continue;
    // i. Assert: e.[[ModuleRequest]] is not null.
    // ii. Let importedModule be GetImportedModule(module, e.[[ModuleRequest]]).
    ModuleRecord* imported_module = GetImportedModule(this, *entry.module_request);
    // iii. If e.[[ImportName]] is all, then
    if (entry.import_name_kind == ExportEntry::ImportNameKind::kAll) {
      // 1. Assert: module does not provide the direct binding for this export.
      // 2. Return ResolvedBinding Record { [[Module]]: importedModule, [[BindingName]]: namespace }.
      return {Kind::kResolved, {imported_module, nullptr}};
    }
    // iv. Else, 1. Assert: module imports a specific binding for this export.
    // 2. Assert: e.[[ImportName]] is a String.
    // 3. Return importedModule.ResolveExport(e.[[ImportName]], resolveSet).
    return imported_module->ResolveExport(entry.import_name, resolve_set);
  }
  // 7. If exportName is "default", then
  if (export_name->code_units() == u"default") {
    // a. Assert: A default export was not explicitly defined by this module. b. Return null.
    // c. NOTE: A default export cannot be provided by an export * from "mod" declaration.
    return {};
  }
  // 8. Let starResolution be null.
  ResolveExportResult star_resolution;
  // 9. For each ExportEntry Record e of module.[[StarExportEntries]], do
  for (const ExportEntry& entry : star_export_entries) {
    // a. Assert: e.[[ModuleRequest]] is not null.
    // b. Let importedModule be GetImportedModule(module, e.[[ModuleRequest]]).
    ModuleRecord* imported_module = GetImportedModule(this, *entry.module_request);
    // c. Let resolution be importedModule.ResolveExport(exportName, resolveSet).
    ResolveExportResult resolution = imported_module->ResolveExport(export_name, resolve_set);
    // d. If resolution is ambiguous, return ambiguous.
    if (resolution.kind == Kind::kAmbiguous) return resolution;
    // e. If resolution is not null, then
    if (resolution.kind == Kind::kResolved) {
      // i. Assert: resolution is a ResolvedBinding Record.
      // ii. If starResolution is null, then 1. Set starResolution to resolution.
      if (star_resolution.kind == Kind::kNull) {
        star_resolution = resolution;
      } else {
        // iii. Else, 1. Assert: There is more than one * import that includes the requested name.
        // 2. If resolution.[[Module]] and starResolution.[[Module]] are not the same Module Record, return
        //    ambiguous.
        // 3. If resolution.[[BindingName]] is not starResolution.[[BindingName]], return ambiguous.
        if (resolution.binding.module != star_resolution.binding.module ||
            resolution.binding.binding_name != star_resolution.binding.binding_name) {
          return {Kind::kAmbiguous, {}};
        }
      }
    }
  }
  // 10. Return starResolution.
  return star_resolution;
}

// 16.2.1.7.3.1 InitializeEnvironment ( )
// https://tc39.es/ecma262/#sec-source-text-module-record-initialize-environment
ThrowCompletionOr<void> SourceTextModuleRecord::InitializeEnvironment(Agent& agent) {
  heap::Handle<SourceTextModuleRecord> module(agent.heap(), this);
  using Kind = ResolveExportResult::Kind;
  // 1. For each ExportEntry Record e of module.[[IndirectExportEntries]], do
  for (const ExportEntry& entry : module->indirect_export_entries) {
    // a. Assert: e.[[ExportName]] is not null.
    // b. Let resolution be module.ResolveExport(e.[[ExportName]]).
    ResolveExportResult resolution = module->ModuleRecord::ResolveExport(entry.export_name);
    // c. If resolution is either null or ambiguous, throw a SyntaxError exception.
    if (resolution.kind != Kind::kResolved) {
      return interpreter::ThrowError(
          agent, interpreter::ErrorKind::kSyntaxError,
          std::u16string(resolution.kind == Kind::kAmbiguous ? u"Ambiguous" : u"Unresolvable") + u" export '" +
              std::u16string(entry.export_name->code_units()) + u"'");
    }
    // d. Assert: resolution is a ResolvedBinding Record.
  }
  // 2. Assert: All named exports from module are resolvable.
  // 3. Let realm be module.[[Realm]]. 4. Assert: realm is not undefined.
  Realm* realm = module->realm();
  // 5. Let env be NewModuleEnvironment(realm.[[GlobalEnv]]).
  heap::Handle<ModuleEnvironment> env(
      agent.heap(), interpreter::vm::NewModuleEnvironment(agent, static_cast<Environment*>(realm->global_env()), module->code));
  // 6. Set module.[[Environment]] to env.
  module->set_environment(env.get());
  // 7. For each ImportEntry Record in of module.[[ImportEntries]], do
  for (size_t i = 0; i < module->import_entries.size(); ++i) {
    const ImportEntry& entry = module->import_entries[i];
    // a. Let importedModule be GetImportedModule(module, in.[[ModuleRequest]]).
    ModuleRecord* imported_module = GetImportedModule(module, entry.module_request);
    // b. If in.[[ImportName]] is namespace-object, then
    if (entry.import_name == nullptr) {
      // i. Let namespace be GetModuleNamespace(importedModule).
      Object* namespace_object = GetModuleNamespace(agent, imported_module);
      // ii. Perform ! env.CreateImmutableBinding(in.[[LocalName]], true).
      // iii. Perform ! env.InitializeBinding(in.[[LocalName]], namespace).
      MUST(env->InitializeBinding(agent, module->import_entries[i].local_name, Value::FromObject(namespace_object)));
      continue;
    }
    // c. Else, i. Assert: in.[[ImportName]] is a String.
    // ii. Let resolution be importedModule.ResolveExport(in.[[ImportName]]).
    ResolveExportResult resolution = imported_module->ResolveExport(entry.import_name);
    // iii. If resolution is either null or ambiguous, throw a SyntaxError exception.
    if (resolution.kind != Kind::kResolved) {
      return interpreter::ThrowError(
          agent, interpreter::ErrorKind::kSyntaxError,
          std::u16string(resolution.kind == Kind::kAmbiguous ? u"Ambiguous" : u"Unresolvable") + u" import '" +
              std::u16string(entry.import_name->code_units()) + u"'");
    }
    // iv. If resolution.[[BindingName]] is namespace, then
    if (resolution.binding.binding_name == nullptr) {
      // 1. Let namespace be GetModuleNamespace(resolution.[[Module]]).
      Object* namespace_object = GetModuleNamespace(agent, resolution.binding.module);
      // 2. Perform ! env.CreateImmutableBinding(in.[[LocalName]], true).
      // 3. Perform ! env.InitializeBinding(in.[[LocalName]], namespace).
      MUST(env->InitializeBinding(agent, module->import_entries[i].local_name, Value::FromObject(namespace_object)));
    } else {
      // v. Else, 1. Perform CreateImportBinding(env, in.[[LocalName]], resolution.[[Module]],
      //    resolution.[[BindingName]]).
      interpreter::vm::CreateImportBinding(agent, env, entry.local_name, resolution.binding.module,
                                           resolution.binding.binding_name);
    }
  }
  // 8.-16. moduleContext: a new ECMAScript code execution context whose Function is null, Realm
  //        module.[[Realm]], ScriptOrModule module, Variable- and LexicalEnvironment module.[[Environment]],
  //        PrivateEnvironment null; set module.[[Context]] to it and push it (the current realm below; the rest
  //        is the frame ExecuteModule runs the body in).
  Realm* previous_realm = agent.current_realm();
  agent.set_current_realm(realm);
  // 17. Let code be module.[[ECMAScriptCode]].
  // 18.-21. The VarScopedDeclarations: each name gets a mutable binding initialized to undefined (the
  //         environment's layout: NewModuleEnvironment created them so).
  // 22. Let lexicalDecls be the LexicallyScopedDeclarations of code. 23. Let privateEnv be null.
  // 24. For each element d of lexicalDecls, do: for each element dn of the BoundNames of d:
  //     i.-ii. Create an immutable (const) or mutable binding (the layout's uninitialized slot);
  //     iii. If d is a FunctionDeclaration, a GeneratorDeclaration, an AsyncFunctionDeclaration, or an
  //          AsyncGeneratorDeclaration, then
  //          1. Let fo be InstantiateFunctionObject of d with arguments env and privateEnv.
  //          2. Perform ! env.InitializeBinding(dn, fo).
  for (const auto& [slot, index] : module->code->module_functions) {
    Object* function = agent.vm()->InstantiateFunction(module->code->functions[index], env.get());
    env->slot(slot) = Value::FromObject(function);
  }
  // 25. Remove moduleContext from the execution context stack.
  agent.set_current_realm(previous_realm);
  // 26. Return unused.
  return {};
}

// 16.2.1.7.3.2 ExecuteModule ( [ capability ] )
// https://tc39.es/ecma262/#sec-source-text-module-record-execute-module
ThrowCompletionOr<void> SourceTextModuleRecord::ExecuteModule(Agent& agent, const PromiseCapability* capability) {
  heap::Handle<SourceTextModuleRecord> module(agent.heap(), this);
  // 1. Assert: module has been linked and declarations in its module environment have been instantiated.
  // 2. Let moduleContext be module.[[Context]].
  // 3. If module.[[HasTLA]] is false, then
  //    a. Assert: capability is not present. b. Let env be module.[[Environment]].
  //    c. Suspend the running execution context. d. Push moduleContext onto the execution context stack.
  //    e. Let result be Completion(Evaluation of module.[[ECMAScriptCode]]).
  //    f. Set result to Completion(DisposeResources(env.[[DisposableResourceStack]], result)).
  //    g.-h. Suspend moduleContext and remove it; resume the context on top of the stack.
  //    i. If result is an abrupt completion, then i. Return ? result.
  // 4. Else, a. Assert: capability is a PromiseCapability Record.
  //    b. Perform AsyncBlockStart(capability, module.[[ECMAScriptCode]], moduleContext).
  // (Vm::ExecuteModuleBody runs the frame either way.)
  TRY(agent.vm()->ExecuteModuleBody(module->code, module->environment(), module->realm(),
                                    module->has_tla ? capability : nullptr));
  // 5. Return unused.
  return {};
}

// 16.2.1.8 Synthetic Module Records: GetExportedNames ( ): 1. Return module.[[ExportNames]].
std::vector<PrimitiveString*> SyntheticModuleRecord::GetExportedNames(std::vector<ModuleRecord*>&) {
  return export_names;
}

// 16.2.1.8 Synthetic Module Records: ResolveExport ( exportName )
ResolveExportResult SyntheticModuleRecord::ResolveExport(PrimitiveString* export_name, std::vector<ResolveSetEntry>&) {
  // 1. If module.[[ExportNames]] does not contain exportName, return null.
  if (std::find(export_names.begin(), export_names.end(), export_name) == export_names.end()) return {};
  // 2. Return ResolvedBinding Record { [[Module]]: module, [[BindingName]]: exportName }.
  return {ResolveExportResult::Kind::kResolved, {this, export_name}};
}

// 16.2.1.8 Synthetic Module Records: Link ( )
ThrowCompletionOr<void> SyntheticModuleRecord::Link(Agent& agent) {
  heap::Handle<SyntheticModuleRecord> module(agent.heap(), this);
  // 1. Let realm be module.[[Realm]].
  // 2. Let env be NewModuleEnvironment(realm.[[GlobalEnv]]). 3. Set module.[[Environment]] to env.
  // 4. For each String exportName in module.[[ExportNames]], do
  //    a. Perform ! env.CreateMutableBinding(exportName, false).
  //    b. Perform ! env.InitializeBinding(exportName, undefined).
  // (Linking twice keeps the first environment: the bindings already exist.)
  if (module->environment() == nullptr) {
    ModuleEnvironment* env =
        interpreter::vm::NewModuleEnvironment(agent, static_cast<Environment*>(module->realm()->global_env()), module->environment_layout());
    for (Value& slot : env->slots()) slot = Value::Undefined();
    module->set_environment(env);
  }
  // 5. Return NormalCompletion(unused).
  return {};
}

// 16.2.1.8 Synthetic Module Records: Evaluate ( )
Object* SyntheticModuleRecord::Evaluate(Agent& agent) {
  heap::Handle<SyntheticModuleRecord> module(agent.heap(), this);
  // 1.-6. A new execution context in module.[[Realm]] runs module.[[EvaluationSteps]](module): for a JSON module
  //       (16.2.1.8.1 CreateDefaultExportSyntheticModule), SetSyntheticModuleExport(module, "default",
  //       defaultExport), which sets the binding in module.[[Environment]].
  auto* env = static_cast<ModuleEnvironment*>(module->environment());
  env->slot(0) = module->default_export;
  // 7. Let pc be ! NewPromiseCapability(%Promise%).
  PromiseCapability capability(agent.heap());
  NewModulePromiseCapability(agent, capability);
  // 8. IfAbruptRejectPromise(result, pc). (The steps cannot throw.)
  // 9. Perform ! Call(pc.[[Resolve]], undefined, « result »).
  CallResolve(agent, capability.resolve, Value::Undefined());
  // 10. Return pc.[[Promise]].
  return capability.promise->AsObject();
}

// 16.2.1.9 GetImportedModule ( referrer, request )
// https://tc39.es/ecma262/#sec-GetImportedModule
ModuleRecord* GetImportedModule(const ScriptOrModule* referrer, const ModuleRequest& request) {
  // 1. Let records be a List consisting of each LoadedModuleRequest Record r of referrer.[[LoadedModules]] such
  //    that ModuleRequestsEqual(r, request) is true.
  // 2. Assert: records has exactly one element, since LoadRequestedModules has completed successfully on
  //    referrer prior to invoking this abstract operation.
  // 3. Let record be the sole element of records. 4. Return record.[[Module]].
  return referrer->FindLoadedModule(request);
}

// 16.2.1.11 FinishLoadingImportedModule ( referrer, moduleRequest, payload, result )
// https://tc39.es/ecma262/#sec-FinishLoadingImportedModule
void FinishLoadingImportedModule(Agent& agent, ScriptOrModule* referrer, const ModuleRequest& request,
                                 heap::Cell* payload_cell, ModuleRecord* module_cell, Value error_value) {
  heap::Handle<heap::Cell> payload(agent.heap(), payload_cell);
  heap::Handle<ModuleRecord> module(agent.heap(), module_cell);
  RootedValue error(agent.heap(), error_value);
  // 1. If result is a normal completion, then
  if (module.get() != nullptr && referrer != nullptr) {
    // a. If referrer.[[LoadedModules]] contains a LoadedModuleRequest Record record such that
    //    ModuleRequestsEqual(record, moduleRequest) is true, then
    //    i. Assert: record.[[Module]] and result.[[Value]] are the same Module Record.
    // b. Else, i. Append the LoadedModuleRequest Record { [[Specifier]]: moduleRequest.[[Specifier]],
    //    [[Attributes]]: moduleRequest.[[Attributes]], [[Module]]: result.[[Value]] } to referrer.[[LoadedModules]].
    if (referrer->FindLoadedModule(request) == nullptr) referrer->loaded_modules().push_back({request, module.get()});
  }
  // 2. If payload is a GraphLoadingState Record, then a. Perform ContinueModuleLoading(payload, result).
  if (auto* state = dynamic_cast<GraphLoadingState*>(payload.get())) {
    ContinueModuleLoading(agent, state, module, error);
  } else {
    // 3. Else, a. Perform ContinueDynamicImport(payload, result).
    ContinueDynamicImport(agent, static_cast<DynamicImportPayload*>(payload.get()), module, error);
  }
  // 4. Return unused.
}

// 16.2.1.12 AllImportAttributesSupported ( attrs )
// https://tc39.es/ecma262/#sec-AllImportAttributesSupported
bool AllImportAttributesSupported(const std::vector<interpreter::vm::ImportAttribute>& attributes) {
  // 1. Let supported be HostGetSupportedImportAttributes(): « "type" ».
  // 2. For each ImportAttribute Record attribute of attrs, do
  //    a. If supported does not contain attribute.[[Key]], return false.
  for (const interpreter::vm::ImportAttribute& attribute : attributes) {
    if (attribute.key != u"type") return false;
  }
  // 3. Return true.
  return true;
}

// 16.2.1.13 GetModuleNamespace ( module )
// https://tc39.es/ecma262/#sec-getmodulenamespace
Object* GetModuleNamespace(Agent& agent, ModuleRecord* module_cell) {
  heap::Handle<ModuleRecord> module(agent.heap(), module_cell);
  // 1. Assert: If module is a Cyclic Module Record, then module.[[Status]] is not new or unlinked.
  // 2. Let namespace be module.[[Namespace]].
  // 3. If namespace is empty, then
  if (module->namespace_object() == nullptr) {
    // a. Let exportedNames be module.GetExportedNames().
    std::vector<PrimitiveString*> exported_names = module->GetExportedNames();
    // b. Let unambiguousNames be a new empty List.
    std::vector<PrimitiveString*> unambiguous_names;
    // c. For each element name of exportedNames, do
    for (PrimitiveString* name : exported_names) {
      // i. Let resolution be module.ResolveExport(name).
      // ii. If resolution is a ResolvedBinding Record, append name to unambiguousNames.
      if (module->ResolveExport(name).kind == ResolveExportResult::Kind::kResolved) unambiguous_names.push_back(name);
    }
    // d. Set namespace to ModuleNamespaceCreate(module, unambiguousNames).
    // 10.4.6.12 ModuleNamespaceCreate ( module, exports )
    // https://tc39.es/ecma262/#sec-modulenamespacecreate
    // 1. Assert: module.[[Namespace]] is empty.
    // 2.-4. Let namespace be MakeBasicObject(internalSlotsList) with the internal methods of 10.4.6.
    heap::Handle<ModuleNamespaceObject> namespace_object(
        agent.heap(), interpreter::OrdinaryObjectCreate<ModuleNamespaceObject>(agent, nullptr, module.get()));
    // 5. Set namespace.[[Module]] to module.
    // 6. Let sortedExports be a List whose elements are the elements of exports, sorted according to
    //    lexicographic code unit order. 7. Set namespace.[[Exports]] to sortedExports.
    std::sort(unambiguous_names.begin(), unambiguous_names.end(),
              [](PrimitiveString* a, PrimitiveString* b) { return a->code_units() < b->code_units(); });
    namespace_object->exports() = unambiguous_names;
    // 8. Create own properties of namespace corresponding to the definitions in 28.3: %Symbol.toStringTag%
    //    is "Module" { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
    //    (Stored directly: the object is never extensible, so [[DefineOwnProperty]] could not add it.)
    RootedValue tag(agent.heap(), agent.InternedString(u"Module"));
    namespace_object->StoreOwnProperty(
        agent, PropertyKey::FromSymbol(agent.well_known_symbol(interpreter::WellKnownSymbol::kToStringTag)),
        PropertyDescriptor::Data(tag, false, false, false));
    // 9. Set module.[[Namespace]] to namespace.
    module->set_namespace_object(namespace_object.get());
  }
  // 4. Return namespace.
  return module->namespace_object();
}

void ModuleNamespaceObject::VisitEdges(heap::Visitor& visitor) {
  Object::VisitEdges(visitor);
  visitor.Visit(module_);
  for (PrimitiveString* name : exports_) visitor.Visit(name);
}

bool ModuleNamespaceObject::IsExport(const PropertyKey& key) const {
  if (key.is_symbol()) return false;
  for (PrimitiveString* name : exports_) {
    if (key.is_string() ? key.string() == name
                        : PropertyKey::ParseArrayIndex(name->code_units()) == std::optional(key.array_index())) {
      return true;
    }
  }
  return false;
}

// 10.4.6.1 [[GetPrototypeOf]] ( ): 1. Return null.
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-getprototypeof
ThrowCompletionOr<Object*> ModuleNamespaceObject::GetPrototypeOf(Agent&) { return static_cast<Object*>(nullptr); }

// 10.4.6.2 [[SetPrototypeOf]] ( proto ): 1. Return ! SetImmutablePrototype(O, V).
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-setprototypeof-v
ThrowCompletionOr<bool> ModuleNamespaceObject::SetPrototypeOf(Agent&, Object* prototype) {
  // 10.4.7.2 SetImmutablePrototype: the current [[Prototype]] is null, so only null is accepted.
  return prototype == nullptr;
}

// 10.4.6.3 [[IsExtensible]] ( ): 1. Return false.
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-isextensible
ThrowCompletionOr<bool> ModuleNamespaceObject::IsExtensible(Agent&) { return false; }

// 10.4.6.4 [[PreventExtensions]] ( ): 1. Return true.
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-preventextensions
ThrowCompletionOr<bool> ModuleNamespaceObject::PreventExtensions(Agent&) { return true; }

// 10.4.6.5 [[GetOwnProperty]] ( propertyKey )
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-getownproperty-p
ThrowCompletionOr<std::optional<PropertyDescriptor>> ModuleNamespaceObject::GetOwnProperty(Agent& agent,
                                                                                          const PropertyKey& key) {
  // 1. If propertyKey is a Symbol, return OrdinaryGetOwnProperty(O, propertyKey).
  if (key.is_symbol()) return interpreter::OrdinaryGetOwnProperty(this, key);
  // 2. Let exports be O.[[Exports]]. 3. If exports does not contain propertyKey, return undefined.
  if (!IsExport(key)) return std::optional<PropertyDescriptor>();
  // 4. Let value be ? O.[[Get]](propertyKey, O).
  Value value = TRY(Get(agent, key, Value::FromObject(this)));
  // 5. Return PropertyDescriptor { [[Value]]: value, [[Writable]]: true, [[Enumerable]]: true,
  //    [[Configurable]]: false }.
  return std::optional<PropertyDescriptor>(PropertyDescriptor::Data(value, true, true, false));
}

// 10.4.6.6 [[DefineOwnProperty]] ( propertyKey, propertyDesc )
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-defineownproperty-p-desc
ThrowCompletionOr<bool> ModuleNamespaceObject::DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                                                 const PropertyDescriptor& descriptor) {
  // 1. If propertyKey is a Symbol, return ! OrdinaryDefineOwnProperty(O, propertyKey, propertyDesc).
  if (key.is_symbol()) return MUST(interpreter::OrdinaryDefineOwnProperty(agent, this, key, descriptor));
  // 2. Let current be ? O.[[GetOwnProperty]](propertyKey).
  std::optional<PropertyDescriptor> current = TRY(GetOwnProperty(agent, key));
  // 3. If current is undefined, return false.
  if (!current) return false;
  // 4. If propertyDesc has a [[Configurable]] field and propertyDesc.[[Configurable]] is true, return false.
  if (descriptor.configurable && *descriptor.configurable) return false;
  // 5. If propertyDesc has an [[Enumerable]] field and propertyDesc.[[Enumerable]] is false, return false.
  if (descriptor.enumerable && !*descriptor.enumerable) return false;
  // 6. If IsAccessorDescriptor(propertyDesc) is true, return false.
  if (interpreter::IsAccessorDescriptor(descriptor)) return false;
  // 7. If propertyDesc has a [[Writable]] field and propertyDesc.[[Writable]] is false, return false.
  if (descriptor.writable && !*descriptor.writable) return false;
  // 8. If propertyDesc has a [[Value]] field, return SameValue(propertyDesc.[[Value]], current.[[Value]]).
  if (descriptor.value) return interpreter::SameValue(*descriptor.value, *current->value);
  // 9. Return true.
  return true;
}

// 10.4.6.7 [[HasProperty]] ( propertyKey )
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-hasproperty-p
ThrowCompletionOr<bool> ModuleNamespaceObject::HasProperty(Agent& agent, const PropertyKey& key) {
  // 1. If propertyKey is a Symbol, return ! OrdinaryHasProperty(O, propertyKey).
  if (key.is_symbol()) return MUST(interpreter::OrdinaryHasProperty(agent, this, key));
  // 2. Let exports be O.[[Exports]]. 3. If exports contains propertyKey, return true. 4. Return false.
  return IsExport(key);
}

// 10.4.6.8 [[Get]] ( propertyKey, receiver )
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-get-p-receiver
ThrowCompletionOr<Value> ModuleNamespaceObject::Get(Agent& agent, const PropertyKey& key, Value receiver) {
  // 1. If propertyKey is a Symbol, then a. Return ! OrdinaryGet(O, propertyKey, receiver).
  if (key.is_symbol()) return MUST(interpreter::OrdinaryGet(agent, this, key, receiver));
  // 2. Let exports be O.[[Exports]]. 3. If exports does not contain propertyKey, return undefined.
  if (!IsExport(key)) return Value::Undefined();
  // 4. Let m be O.[[Module]].
  // 5. Let binding be m.ResolveExport(propertyKey). 6. Assert: binding is a ResolvedBinding Record.
  PrimitiveString* name = key.is_string() ? key.string() : nullptr;
  if (name == nullptr) {
    for (PrimitiveString* each : exports_) {
      if (PropertyKey::ParseArrayIndex(each->code_units()) == std::optional(key.array_index())) name = each;
    }
  }
  ResolveExportResult binding = module_->ResolveExport(name);
  // 7. Let targetModule be binding.[[Module]]. 8. Assert: targetModule is not undefined.
  ModuleRecord* target_module = binding.binding.module;
  // 9. If binding.[[BindingName]] is namespace, then a. Return GetModuleNamespace(targetModule).
  if (binding.binding.binding_name == nullptr) return Value::FromObject(GetModuleNamespace(agent, target_module));
  // 10. Let targetEnv be targetModule.[[Environment]].
  Environment* target_env = target_module->environment();
  // 11. If targetEnv is empty, throw a ReferenceError exception.
  if (target_env == nullptr) {
    return interpreter::ThrowError(agent, interpreter::ErrorKind::kReferenceError,
                                   u"The module of '" + std::u16string(name->code_units()) + u"' is not linked");
  }
  // 12. Return ? targetEnv.GetBindingValue(binding.[[BindingName]], true).
  return target_env->GetBindingValue(agent, binding.binding.binding_name, true);
}

// 10.4.6.9 [[Set]] ( propertyKey, value, receiver ): 1. Return false.
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-set-p-v-receiver
ThrowCompletionOr<bool> ModuleNamespaceObject::Set(Agent&, const PropertyKey&, Value, Value) { return false; }

// 10.4.6.10 [[Delete]] ( propertyKey )
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-delete-p
ThrowCompletionOr<bool> ModuleNamespaceObject::Delete(Agent& agent, const PropertyKey& key) {
  // 1. If propertyKey is a Symbol, then a. Return ! OrdinaryDelete(O, propertyKey).
  if (key.is_symbol()) return MUST(interpreter::OrdinaryDelete(agent, this, key));
  // 2. Let exports be O.[[Exports]]. 3. If exports contains propertyKey, return false. 4. Return true.
  return !IsExport(key);
}

// 10.4.6.11 [[OwnPropertyKeys]] ( )
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-ownpropertykeys
ThrowCompletionOr<std::vector<PropertyKey>> ModuleNamespaceObject::OwnPropertyKeys(Agent& agent) {
  // 1. Let exports be O.[[Exports]].
  // 2. Let symbolKeys be OrdinaryOwnPropertyKeys(O).
  std::vector<PropertyKey> symbol_keys = interpreter::OrdinaryOwnPropertyKeys(this);
  // 3. Return the list-concatenation of exports and symbolKeys.
  std::vector<PropertyKey> keys;
  for (PrimitiveString* name : exports_) keys.push_back(PropertyKey::FromString(agent.strings(), name));
  keys.insert(keys.end(), symbol_keys.begin(), symbol_keys.end());
  return keys;
}

// 16.2.1.7.1 ParseModule ( sourceText, realm, hostDefined )
// https://tc39.es/ecma262/#sec-parsemodule
std::variant<SourceTextModuleRecord*, interpreter::vm::ScriptSyntaxError> ParseModule(Agent& agent,
                                                                                       syntax::SourceText source,
                                                                                       Realm* realm,
                                                                                       std::string host_defined) {
  // 1. Let body be ParseText(sourceText, Module). 2. If body is a List of errors, return body.
  syntax::ParseOptions options;
  options.goal = syntax::Goal::kModule;
  syntax::ParseResult parsed = syntax::ParseProgram(source, options);
  if (!parsed.ok()) return interpreter::vm::ScriptSyntaxError{*parsed.error, false};
  const syntax::Program& body = *parsed.program;
  auto compiled = interpreter::bytecode::CompileModule(agent, body);
  if (auto* error = std::get_if<interpreter::bytecode::CompileError>(&compiled)) {
    return interpreter::vm::ScriptSyntaxError{syntax::SyntaxError{error->message, host_defined, error->location}, true};
  }
  heap::Handle<interpreter::bytecode::Code> code(agent.heap(), std::get<interpreter::bytecode::Code*>(compiled));
  heap::Handle<SourceTextModuleRecord> module(agent.heap(),
                                              agent.Allocate<SourceTextModuleRecord>(realm, host_defined));
  Vm::AttachSource(code.get(), host_defined, std::make_shared<const std::u16string>(source.code_units()), module.get());
  // 3. Let requestedModules be the ModuleRequests of body.
  // 4. Let importEntries be the ImportEntries of body.
  std::vector<ImportEntry> import_entries;
  std::vector<ExportEntry> export_entries;
  for (const syntax::Statement* item : body.body) {
    if (item->kind == syntax::NodeKind::kImportDeclaration) {
      auto* declaration = static_cast<const syntax::ImportDeclaration*>(item);
      ModuleRequest request = RequestOf(declaration->module_request, declaration->attributes);
      AddRequest(module->requested_modules, request);
      for (const syntax::ImportSpecifier& specifier : declaration->specifiers) {
        import_entries.push_back({request, specifier.import_name ? Intern(agent, *specifier.import_name) : nullptr,
                                  Intern(agent, specifier.local_name)});
      }
    } else if (item->kind == syntax::NodeKind::kExportDeclaration) {
      auto* declaration = static_cast<const syntax::ExportDeclaration*>(item);
      std::optional<ModuleRequest> request;
      if (declaration->module_request) {
        request = RequestOf(*declaration->module_request, declaration->attributes);
        AddRequest(module->requested_modules, *request);
      }
      for (const syntax::ExportSpecifier& specifier : declaration->specifiers) {
        ExportEntry entry;
        entry.export_name = specifier.export_name ? Intern(agent, *specifier.export_name) : nullptr;
        if (request) {
          // ExportFromClause: export * / export * as ns / export { a as b } from ...
          entry.module_request = request;
          if (!specifier.local_or_import_name) {
            entry.import_name_kind = specifier.export_name ? ExportEntry::ImportNameKind::kAll
                                                           : ExportEntry::ImportNameKind::kAllButDefault;
          } else {
            entry.import_name_kind = ExportEntry::ImportNameKind::kName;
            entry.import_name = Intern(agent, *specifier.local_or_import_name);
          }
        } else {
          entry.local_name = Intern(agent, *specifier.local_or_import_name);
        }
        export_entries.push_back(entry);
      }
    }
  }
  // 5. Let importedBoundNames be ImportedLocalNames(importEntries).
  // 6.-8. Let indirectExportEntries, localExportEntries and starExportEntries be new empty Lists.
  // 9. Let exportEntries be the ExportEntries of body.
  // 10. For each ExportEntry Record ee of exportEntries, do
  for (const ExportEntry& entry : export_entries) {
    // a. If ee.[[ModuleRequest]] is null, then
    if (!entry.module_request) {
      const ImportEntry* import_entry = nullptr;
      for (const ImportEntry& each : import_entries) {
        if (each.local_name == entry.local_name) import_entry = &each;
      }
      // i. If importedBoundNames does not contain ee.[[LocalName]], then 1. Append ee to localExportEntries.
      if (import_entry == nullptr) {
        module->local_export_entries.push_back(entry);
      } else {
        // ii. Else, 1. Let ie be the element of importEntries whose [[LocalName]] is ee.[[LocalName]].
        // 2. If ie.[[ImportName]] is namespace-object, then
        //    a. NOTE: This is a re-export of an imported module namespace object.
        //    b. Append ee to localExportEntries.
        // (The current draft rewrites both forms: the ExportEntry Record { [[ModuleRequest]]:
        //  ie.[[ModuleRequest]], [[ImportName]]: ie.[[ImportName]] (all for a namespace-object),
        //  [[LocalName]]: null, [[ExportName]]: ee.[[ExportName]] } is appended to indirectExportEntries.)
        ExportEntry rewritten;
        rewritten.module_request = import_entry->module_request;
        rewritten.export_name = entry.export_name;
        if (import_entry->import_name == nullptr) {
          rewritten.import_name_kind = ExportEntry::ImportNameKind::kAll;
        } else {
          rewritten.import_name_kind = ExportEntry::ImportNameKind::kName;
          rewritten.import_name = import_entry->import_name;
        }
        module->indirect_export_entries.push_back(rewritten);
      }
    } else if (entry.import_name_kind == ExportEntry::ImportNameKind::kAllButDefault) {
      // b. Else if ee.[[ImportName]] is all-but-default, then
      //    i. Assert: ee.[[ExportName]] is null. ii. Append ee to starExportEntries.
      module->star_export_entries.push_back(entry);
    } else {
      // c. Else, i. Append ee to indirectExportEntries.
      module->indirect_export_entries.push_back(entry);
    }
  }
  module->import_entries = std::move(import_entries);
  // 11. Let async be body Contains await.
  // 12. Return Source Text Module Record { [[Realm]]: realm, [[Environment]]: empty, [[Namespace]]: empty,
  //     [[CycleRoot]]: empty, [[HasTLA]]: async, [[AsyncEvaluationOrder]]: unset, [[TopLevelCapability]]:
  //     empty, [[AsyncParentModules]]: « », [[PendingAsyncDependencies]]: empty, [[Status]]: new,
  //     [[EvaluationError]]: empty, [[HostDefined]]: hostDefined, [[ECMAScriptCode]]: body, [[Context]]:
  //     empty, [[ImportMeta]]: empty, [[RequestedModules]]: requestedModules, [[LoadedModules]]: « »,
  //     [[ImportEntries]]: importEntries, [[LocalExportEntries]]: localExportEntries,
  //     [[IndirectExportEntries]]: indirectExportEntries, [[StarExportEntries]]: starExportEntries,
  //     [[DFSAncestorIndex]]: empty }.
  module->has_tla = body.has_top_level_await;
  module->code = code.get();
  module->set_environment_layout(code.get());
  return module.get();
}

// 16.2.1.8.2 ParseJSONModule ( source )
// https://tc39.es/ecma262/#sec-parse-json-module
ThrowCompletionOr<SyntheticModuleRecord*> ParseJSONModule(Agent& agent, Value source, Realm* realm,
                                                          std::string host_defined) {
  // 1. Let json be ? Call(%JSON.parse%, undefined, « source »).
  Value json_parse = TRY(interpreter::Get(agent, realm->intrinsic(interpreter::Intrinsic::kJSON), agent.Key(u"parse")));
  RootedValue json(agent.heap(), TRY(CallRooted(agent, json_parse, Value::Undefined(), {source})));
  // 2. Return CreateDefaultExportSyntheticModule(json).
  // 16.2.1.8.1 CreateDefaultExportSyntheticModule ( defaultExport )
  // https://tc39.es/ecma262/#sec-create-default-export-synthetic-module
  // 1. Let realm be the current Realm Record.
  // 2. Let setDefaultExport be a new Abstract Closure with parameters (module) that captures defaultExport and
  //    performs the following steps when called: a. Perform SetSyntheticModuleExport(module, "default",
  //    defaultExport). b. Return NormalCompletion(unused). (SyntheticModuleRecord::Evaluate.)
  // 3. Return the Synthetic Module Record { [[Realm]]: realm, [[Environment]]: empty, [[Namespace]]: empty,
  //    [[HostDefined]]: undefined, [[ExportNames]]: « "default" », [[EvaluationSteps]]: setDefaultExport }.
  heap::Handle<SyntheticModuleRecord> module(agent.heap(),
                                             agent.Allocate<SyntheticModuleRecord>(realm, std::move(host_defined)));
  module->export_names.push_back(Intern(agent, u"default"));
  module->default_export = json;
  // The environment's layout: one mutable binding per export name.
  interpreter::bytecode::Code* layout = agent.Allocate<interpreter::bytecode::Code>();
  layout->kind = interpreter::bytecode::CodeKind::kModule;
  layout->function_scope.names.push_back(module->export_names[0]);
  layout->function_scope.lexical.push_back(false);
  layout->function_scope.is_const.push_back(false);
  module->set_environment_layout(layout);
  return module.get();
}

// 13.3.10.2 EvaluateImportCall ( specifierExpr [ , optionsExpr ] )
// https://tc39.es/ecma262/#sec-evaluate-import-call
ThrowCompletionOr<Value> EvaluateImportCall(Agent& agent, Value specifier_value, Value options_value) {
  RootedValue specifier(agent.heap(), specifier_value);
  RootedValue options(agent.heap(), options_value);
  // 1. Let referrer be GetActiveScriptOrModule().
  // 2. If referrer is null, set referrer to the current Realm Record.
  heap::Handle<ScriptOrModule> referrer(agent.heap(), agent.vm()->GetActiveScriptOrModule());
  // 3.-6. specifier and options are evaluated (the VM did).
  // 7. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability capability(agent.heap());
  NewModulePromiseCapability(agent, capability);
  auto reject_with_type_error = [&](std::u16string_view message) -> Value {
    RootedValue error(agent.heap(), interpreter::ThrowTypeError(agent, message).value());
    CallResolve(agent, capability.reject, error);
    return capability.promise.get();
  };
  // 8. Let specifierString be Completion(ToString(specifier)).
  ThrowCompletionOr<Value> specifier_string = interpreter::vm::ToString(agent, specifier);
  // 9. IfAbruptRejectPromise(specifierString, promiseCapability).
  if (specifier_string.is_throw_completion()) {
    return IfAbruptRejectPromise(agent, specifier_string.thrown_value(), capability);
  }
  RootedValue specifier_text(agent.heap(), specifier_string.value());
  // 10. Let attrs be a new empty List.
  std::vector<interpreter::vm::ImportAttribute> attributes;
  // 11. If options is not undefined, then
  if (!options->IsUndefined()) {
    // a. If options is not an Object, then
    //    i. Perform ! Call(promiseCapability.[[Reject]], undefined, « a newly created TypeError object »).
    //    ii. Return promiseCapability.[[Promise]].
    if (!options->IsObject()) return reject_with_type_error(u"The options of import() must be an object");
    // b. Let attrsObj be Completion(Get(options, "with")).
    ThrowCompletionOr<Value> attributes_object_completion =
        interpreter::Get(agent, options->AsObject(), agent.Key(u"with"));
    // c. IfAbruptRejectPromise(attrsObj, promiseCapability).
    if (attributes_object_completion.is_throw_completion()) {
      return IfAbruptRejectPromise(agent, attributes_object_completion.thrown_value(), capability);
    }
    RootedValue attributes_object(agent.heap(), attributes_object_completion.value());
    // d. If attrsObj is not undefined, then
    if (!attributes_object->IsUndefined()) {
      // i. If attrsObj is not an Object, then 1.-2. reject with a TypeError.
      if (!attributes_object->IsObject()) return reject_with_type_error(u"The 'with' option of import() must be an object");
      // ii. Let entries be Completion(EnumerableOwnProperties(attrsObj, key+value)).
      interpreter::RootedValueVector entries(agent.heap());
      ThrowCompletionOr<void> entries_completion = builtins::EnumerableOwnProperties(
          agent, attributes_object->AsObject(), builtins::EnumerableOwnPropertiesKind::kKeyValue, entries);
      // iii. IfAbruptRejectPromise(entries, promiseCapability).
      if (entries_completion.is_throw_completion()) {
        return IfAbruptRejectPromise(agent, entries_completion.thrown_value(), capability);
      }
      // iv. For each element entry of entries, do
      for (Value entry : entries.values()) {
        // 1. Let key be ! Get(entry, "0"). 2. Let value be ! Get(entry, "1").
        Value key = MUST(interpreter::Get(agent, entry.AsObject(), PropertyKey::ArrayIndex(0)));
        Value value = MUST(interpreter::Get(agent, entry.AsObject(), PropertyKey::ArrayIndex(1)));
        // 3. If key is a String, then
        if (key.IsString()) {
          // a. If value is not a String, then i.-ii. reject with a TypeError.
          if (!value.IsString()) return reject_with_type_error(u"Import attribute values must be strings");
          // b. Append the ImportAttribute Record { [[Key]]: key, [[Value]]: value } to attrs.
          attributes.push_back({std::u16string(key.AsString()->code_units()),
                                std::u16string(value.AsString()->code_units())});
        }
      }
    }
    // e. If AllImportAttributesSupported(attrs) is false, then i.-ii. reject with a TypeError.
    if (!AllImportAttributesSupported(attributes)) return reject_with_type_error(u"Unsupported import attribute");
    // f. Sort attrs according to the lexicographic order of their [[Key]] field, treating the value of each
    //    such field as a sequence of UTF-16 code unit values.
    std::sort(attributes.begin(), attributes.end(),
              [](const auto& a, const auto& b) { return a.key < b.key; });
  }
  // 12. Let moduleRequest be a new ModuleRequest Record { [[Specifier]]: specifierString, [[Attributes]]: attrs }.
  ModuleRequest request{std::u16string(specifier_text->AsString()->code_units()), std::move(attributes)};
  // 13. Perform HostLoadImportedModule(referrer, moduleRequest, empty, promiseCapability).
  heap::Handle<DynamicImportPayload> payload(agent.heap(), agent.Allocate<DynamicImportPayload>());
  payload->promise = capability.promise;
  payload->resolve = capability.resolve;
  payload->reject = capability.reject;
  HostLoadImportedModule(agent, referrer.get(), request, payload.get());
  // 14. Return promiseCapability.[[Promise]].
  return capability.promise.get();
}

// 13.3.12.1 Runtime Semantics: Evaluation (ImportMeta : import . meta)
// https://tc39.es/ecma262/#sec-meta-properties-runtime-semantics-evaluation
ThrowCompletionOr<Value> EvaluateImportMeta(Agent& agent, ModuleRecord* module_cell) {
  // 1. Let module be GetActiveScriptOrModule(). 2. Assert: module is a Source Text Module Record.
  auto* module = static_cast<SourceTextModuleRecord*>(module_cell);
  // 3. Let importMeta be module.[[ImportMeta]].
  // 4. If importMeta is empty, then
  if (module->import_meta == nullptr) {
    heap::Handle<SourceTextModuleRecord> rooted(agent.heap(), module);
    // a. Set importMeta to OrdinaryObjectCreate(null).
    Object* import_meta = interpreter::OrdinaryObjectCreate(agent, nullptr);
    // b. Let importMetaValues be HostGetImportMetaProperties(module): an empty List here.
    // c. For each Record { [[Key]], [[Value]] } p of importMetaValues, do
    //    i. Perform ! CreateDataPropertyOrThrow(importMeta, p.[[Key]], p.[[Value]]).
    // d. Perform HostFinalizeImportMeta(importMeta, module): nothing.
    // e. Set module.[[ImportMeta]] to importMeta. f. Return importMeta.
    rooted->import_meta = import_meta;
    return Value::FromObject(import_meta);
  }
  // 5. Else, a. Assert: importMeta is an Object. b. Return importMeta.
  return Value::FromObject(module->import_meta);
}

Object* LoadLinkAndEvaluate(Agent& agent, CyclicModuleRecord* module) {
  // ContinueDynamicImport's steps with the module already loaded: the host's entry point.
  PromiseCapability capability(agent.heap());
  NewModulePromiseCapability(agent, capability);
  heap::Handle<DynamicImportPayload> payload(agent.heap(), agent.Allocate<DynamicImportPayload>());
  payload->promise = capability.promise;
  payload->resolve = capability.resolve;
  payload->reject = capability.reject;
  ContinueDynamicImport(agent, payload, module, Value::Undefined());
  return capability.promise->AsObject();
}

}  // namespace async_runtime::async
