// 23.1.5 Array Iterator Objects and 27.1.2 %Iterator.prototype% (only its
// [Symbol.iterator] method so far).
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// 23.1.5.3 Properties of Array Iterator Instances: an ordinary object with
// [[IteratedArrayLike]], [[ArrayLikeNextIndex]] and [[ArrayLikeIterationKind]].
class ArrayIteratorObject final : public Object {
 public:
  enum class Kind : uint8_t { kKey, kValue, kKeyValue };
  ArrayIteratorObject(interpreter::Shape* shape, Object* iterated, Kind kind)
      : Object(shape), iterated_array_like_(iterated), kind_(kind) {}
  const char* CellName() const override { return "ArrayIteratorObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    visitor.Visit(iterated_array_like_);
  }

  // [[IteratedArrayLike]]: nullptr once exhausted (undefined).
  Object* iterated_array_like() const { return iterated_array_like_; }
  void set_iterated_array_like(Object* object) { iterated_array_like_ = object; }
  // [[ArrayLikeNextIndex]]
  double next_index() const { return next_index_; }
  void set_next_index(double index) { next_index_ = index; }
  // [[ArrayLikeIterationKind]]
  Kind kind() const { return kind_; }

 private:
  Object* iterated_array_like_;
  double next_index_ = 0;
  Kind kind_;
};

// 23.1.5.1 CreateArrayIterator ( array, kind )
// https://tc39.es/ecma262/#sec-createarrayiterator
Object* CreateArrayIterator(Agent& agent, Object* array, ArrayIteratorObject::Kind kind);

// Creates %Iterator.prototype% (unless `realm` already has it) with its
// [Symbol.iterator], and %ArrayIteratorPrototype% with next and
// [Symbol.toStringTag].
void CreateArrayIteratorIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
