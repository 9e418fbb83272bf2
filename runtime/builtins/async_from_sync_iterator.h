// 27.1.5 Async-from-Sync Iterator Objects: CreateAsyncFromSyncIterator and
// %AsyncFromSyncIteratorPrototype% (next, return, throw), and GetIterator's
// async kind (7.4.4), which the VM's for-await and yield* in async generators
// and Array.fromAsync use.
#pragma once

#include "runtime/builtins/builtin_function.h"
#include "runtime/interpreter/vm/iteration.h"

namespace async_runtime::builtins {

// Creates %AsyncFromSyncIteratorPrototype% in `realm` (its [[Prototype]] is
// %AsyncIteratorPrototype%).
void CreateAsyncFromSyncIteratorIntrinsics(Agent& agent, Realm* realm);

// 27.1.5.1 CreateAsyncFromSyncIterator ( syncIteratorRecord )
// https://tc39.es/ecma262/#sec-createasyncfromsynciterator
// Never throws (the spec's Get is "!"); the completion type lets callers TRY.
// The async-from-sync iterator's prototype is the current realm's
// %AsyncFromSyncIteratorPrototype%.
ThrowCompletionOr<interpreter::vm::IteratorRecord> CreateAsyncFromSyncIterator(
    Agent& agent, const interpreter::vm::IteratorRecord& sync_iterator_record);

// 7.4.4 GetIterator ( obj, kind ) with kind ~async~
// https://tc39.es/ecma262/#sec-getiterator
// (Kind ~sync~ is interpreter::vm::GetIterator.)
ThrowCompletionOr<interpreter::vm::IteratorRecord> GetAsyncIterator(Agent& agent, Value obj);

}  // namespace async_runtime::builtins
