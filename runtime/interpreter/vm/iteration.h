// 7.4 Operations on Iterator Objects: Iterator Records and the protocol the
// VM (for-of, spread, destructuring, yield*) and the built-ins share.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter::vm {

// 7.4.1 Iterator Records (table-iterator-record-fields). Roots its fields
// while it lives, so a C++ local IteratorRecord survives collections.
class IteratorRecord {
 public:
  IteratorRecord(heap::Heap& heap, Object* iterator, Value next_method)
      : iterator_(heap, iterator), next_method_(heap, next_method) {}

  Object* iterator() const { return iterator_.get(); }  // [[Iterator]]
  Value next_method() const { return next_method_.get(); }  // [[NextMethod]]
  bool done() const { return done_; }                  // [[Done]]
  void set_done(bool done) { done_ = done; }

 private:
  heap::Handle<Object> iterator_;
  RootedValue next_method_;
  bool done_ = false;
};

enum class IteratorKind { kSync, kAsync };

// 7.4.2 GetIteratorDirect ( obj )
// https://tc39.es/ecma262/#sec-getiteratordirect
ThrowCompletionOr<IteratorRecord> GetIteratorDirect(Agent& agent, Object* obj);

// 7.4.3 GetIteratorFromMethod ( obj, method )
// https://tc39.es/ecma262/#sec-getiteratorfrommethod
ThrowCompletionOr<IteratorRecord> GetIteratorFromMethod(Agent& agent, Value obj, Value method);

// 7.4.4 GetIterator ( obj, kind )
// https://tc39.es/ecma262/#sec-getiterator
// Only kind sync so far (async needs CreateAsyncFromSyncIterator).
ThrowCompletionOr<IteratorRecord> GetIterator(Agent& agent, Value obj, IteratorKind kind = IteratorKind::kSync);

// 7.4.6 IteratorNext ( iteratorRecord [ , value ] )
// https://tc39.es/ecma262/#sec-iteratornext
ThrowCompletionOr<Object*> IteratorNext(Agent& agent, IteratorRecord& iterator_record,
                                        std::optional<Value> value = std::nullopt);

// 7.4.7 IteratorComplete ( iteratorResult )
// https://tc39.es/ecma262/#sec-iteratorcomplete
ThrowCompletionOr<bool> IteratorComplete(Agent& agent, Object* iterator_result);

// 7.4.8 IteratorValue ( iteratorResult )
// https://tc39.es/ecma262/#sec-iteratorvalue
ThrowCompletionOr<Value> IteratorValue(Agent& agent, Object* iterator_result);

// 7.4.9 IteratorStep ( iteratorRecord ): the result object, or nullptr for done.
// https://tc39.es/ecma262/#sec-iteratorstep
ThrowCompletionOr<Object*> IteratorStep(Agent& agent, IteratorRecord& iterator_record);

// 7.4.10 IteratorStepValue ( iteratorRecord ): the value, or nullopt for done.
// https://tc39.es/ecma262/#sec-iteratorstepvalue
ThrowCompletionOr<std::optional<Value>> IteratorStepValue(Agent& agent, IteratorRecord& iterator_record);

// 7.4.11 IteratorClose ( iteratorRecord, completion )
// https://tc39.es/ecma262/#sec-iteratorclose
// `completion` is the completion being propagated: a normal completion
// (the returned value is what to propagate) or a throw completion.
ThrowCompletionOr<Value> IteratorClose(Agent& agent, const IteratorRecord& iterator_record,
                                       ThrowCompletionOr<Value> completion);

// 7.4.17 CreateIteratorResultObject ( value, done )
// https://tc39.es/ecma262/#sec-createiterresultobject
Object* CreateIteratorResultObject(Agent& agent, Value value, bool done);

// 7.4.19 IteratorToList ( iteratorRecord )
// https://tc39.es/ecma262/#sec-iteratortolist
// The values are rooted in `out` (cleared first): a std::vector<RootedValue>.
ThrowCompletionOr<void> IteratorToList(Agent& agent, IteratorRecord& iterator_record,
                                       std::vector<RootedValue>& out);

// 7.4.x IterableToList, as used by the built-ins: GetIterator then IteratorToList.
ThrowCompletionOr<void> IterableToList(Agent& agent, Value items, std::vector<RootedValue>& out);

}  // namespace async_runtime::interpreter::vm
