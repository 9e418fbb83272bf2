// 27.1.2-27.1.3 the Iterator constructor, Iterator.from with
// %WrapForValidIteratorPrototype%, the iterator helper methods of
// %Iterator.prototype% and the Iterator Helper objects they return
// (%IteratorHelperPrototype%).
//
// Iterator.concat (iterator sequencing) and Iterator.zip / Iterator.zipKeyed
// (joint iteration, through IteratorZip) make Iterator Helper objects too, as
// do Iterator.prototype.chunks and Iterator.prototype.windows (the Iterator
// Chunking proposal, https://tc39.es/proposal-iterator-chunking/, not yet in
// ECMA-262 but listed among the standard features of the pinned Test262
// features.txt).
//
// The spec writes each lazy helper (map, filter, take, drop, flatMap) as an
// Abstract Closure run by a generator (CreateIteratorFromClosure). Here an
// Iterator Helper object is a native state machine: it keeps the
// generator's [[GeneratorState]] and what the closure captured (the
// underlying Iterator Record, the callback, the counter) and each resumption
// runs the closure from one Yield to the next.
#pragma once

#include <vector>

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// An Iterator Helper object (27.1.2): [[GeneratorState]],
// [[GeneratorBrand]] "Iterator Helper" and [[UnderlyingIterators]] (one
// Iterator Record for the Iterator.prototype helpers, none for concat, the
// open iterators for zip), plus the closure's captures.
class IteratorHelperObject final : public Object {
 public:
  // Which function made it (selects the closure; kZip and kZipKeyed differ in finishResults).
  enum class Kind : uint8_t { kMap, kFilter, kTake, kDrop, kFlatMap, kConcat, kZip, kZipKeyed, kChunks, kWindows };
  // IteratorZip's mode.
  enum class ZipMode : uint8_t { kShortest, kLongest, kStrict };
  // One element of IteratorZip's `iters`: the Iterator Record, whether iters[i] is still that record (not
  // null) and whether it is in `openIters`.
  struct ZipIterator {
    Object* iterator;
    Value next_method;
    bool in_iters = true;
    bool open = true;
  };
  // 27.5 / 27.8 [[GeneratorState]]
  enum class State : uint8_t { kSuspendedStart, kSuspendedYield, kExecuting, kCompleted };

  IteratorHelperObject(interpreter::Shape* shape, Kind kind, Object* underlying_iterator,
                       Value underlying_next_method, Value callback, double counter)
      : Object(shape),
        kind_(kind),
        underlying_iterator_(underlying_iterator),
        underlying_next_method_(underlying_next_method),
        callback_(callback),
        counter_(counter) {}
  const char* CellName() const override { return "IteratorHelperObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    visitor.Visit(underlying_iterator_);
    underlying_next_method_.Visit(visitor);
    callback_.Visit(visitor);
    visitor.Visit(inner_iterator_);
    inner_next_method_.Visit(visitor);
    for (Value value : captured_values_) value.Visit(visitor);
    for (ZipIterator& iterator : zip_iterators_) {
      visitor.Visit(iterator.iterator);
      iterator.next_method.Visit(visitor);
    }
    for (Value value : padding_) value.Visit(visitor);
    for (Value value : keys_) value.Visit(visitor);
  }

  Kind kind() const { return kind_; }
  State state() const { return state_; }
  void set_state(State state) { state_ = state; }

  // [[UnderlyingIterators]][0]: the captured `iterated` record.
  Object* underlying_iterator() const { return underlying_iterator_; }
  Value underlying_next_method() const { return underlying_next_method_; }
  // The captured mapper / predicate (undefined for take and drop).
  Value callback() const { return callback_; }
  // map/filter/flatMap: `counter`; take/drop: `remaining` (may be +∞); chunks/windows: `chunkSize` /
  // `windowSize`.
  double counter() const { return counter_; }
  void set_counter(double counter) { counter_ = counter; }

  // concat: the captured `iterables`, each Record { [[OpenMethod]], [[Iterable]] } as two values; counter()
  // is the index of the next Record to open. chunks/windows: the closure's `buffer`.
  std::vector<Value>& captured_values() { return captured_values_; }
  // windows: whether the captured `undersized` is "allow-partial" (otherwise "only-full").
  bool allow_partial() const { return allow_partial_; }
  void set_allow_partial(bool allow_partial) { allow_partial_ = allow_partial; }
  // chunks/windows: whether the closure is suspended at the Yield of the last, undersized buffer, made after
  // the underlying iterator was done (that Yield does not close the underlying iterator on return()).
  bool yielded_after_done() const { return yielded_after_done_; }
  void set_yielded_after_done(bool yielded_after_done) { yielded_after_done_ = yielded_after_done; }
  // IteratorZip: `iters` with `openIters`, `mode`, `padding` and (zipKeyed's finishResults) `keys`.
  std::vector<ZipIterator>& zip_iterators() { return zip_iterators_; }
  std::vector<Value>& padding() { return padding_; }
  std::vector<Value>& keys() { return keys_; }
  ZipMode zip_mode() const { return zip_mode_; }
  void set_zip_mode(ZipMode mode) { zip_mode_ = mode; }

  // flatMap and concat: the inner iterator record while `innerAlive` (nullptr otherwise).
  Object* inner_iterator() const { return inner_iterator_; }
  Value inner_next_method() const { return inner_next_method_; }
  void set_inner(Object* iterator, Value next_method) {
    inner_iterator_ = iterator;
    inner_next_method_ = next_method;
  }

 private:
  Kind kind_;
  State state_ = State::kSuspendedStart;
  Object* underlying_iterator_;
  Value underlying_next_method_;
  Value callback_;
  double counter_;
  Object* inner_iterator_ = nullptr;
  Value inner_next_method_ = Value::Undefined();
  std::vector<Value> captured_values_;
  std::vector<ZipIterator> zip_iterators_;
  std::vector<Value> padding_;
  std::vector<Value> keys_;
  ZipMode zip_mode_ = ZipMode::kShortest;
  bool allow_partial_ = false;
  bool yielded_after_done_ = false;
};

// An object with the [[Iterated]] slot Iterator.from gives to wrappers of
// iterators that do not inherit from %Iterator.prototype%.
class WrapForValidIteratorObject final : public Object {
 public:
  WrapForValidIteratorObject(interpreter::Shape* shape, Object* iterator, Value next_method)
      : Object(shape), iterator_(iterator), next_method_(next_method) {}
  const char* CellName() const override { return "WrapForValidIteratorObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    visitor.Visit(iterator_);
    next_method_.Visit(visitor);
  }

  // [[Iterated]].[[Iterator]] and [[Iterated]].[[NextMethod]]
  Object* iterator() const { return iterator_; }
  Value next_method() const { return next_method_; }

 private:
  Object* iterator_;
  Value next_method_;
};

// Creates %Iterator%, %WrapForValidIteratorPrototype% and
// %IteratorHelperPrototype%, and completes %Iterator.prototype% (made by the
// Array and Generator families, or here if neither ran) with constructor,
// the helper methods and [Symbol.toStringTag].
void CreateIteratorIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
