// Completion Records (6.2.4 The Completion Record Specification Type) as C++
// return values. JavaScript exceptions are never C++ exceptions.
//
// Most abstract operations return "either a normal completion containing T or
// a throw completion"; in C++ that is ThrowCompletionOr<T>:
//
//   ThrowCompletionOr<Value> Get(Agent& agent, Object* object, const PropertyKey& key);
//
//   ThrowCompletionOr<bool> HasPrototypeGetter(Agent& agent, Object* object) {
//     // 1. Let value be ? Get(object, "x").           <- spec's `?`
//     Value value = TRY(Get(agent, object, key));
//     ...
//     return true;                                    <- normal completion
//     return ThrowCompletion(error);                  <- throw completion
//   }
//
// TRY(expr) evaluates expr (a ThrowCompletionOr<U>); on a throw completion it
// returns that throw completion from the *enclosing* function (which must
// itself return some ThrowCompletionOr<V>, or Completion); otherwise the
// TRY expression yields the U (nothing for U = void). It is a GNU statement
// expression, so it can be used inside larger expressions but not in a
// constructor's member-initialiser list.
//
// The `!` of the spec (an assertion that the completion is normal) is
// MUST(expr): it asserts and yields the value.
//
// The full Completion Record (with ~break~, ~continue~, ~return~ and a
// target label) is `Completion`; only statement evaluation needs it.
#pragma once

#include <cassert>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter {

// A throw completion: Completion Record { [[Type]]: throw, [[Value]]: value,
// [[Target]]: empty }.
class ThrowCompletion {
 public:
  explicit ThrowCompletion(Value value) : value_(value) {}
  Value value() const { return value_; }

 private:
  Value value_;
};

// Either a normal completion containing a T, or a throw completion.
template <typename T>
class [[nodiscard]] ThrowCompletionOr {
 public:
  static_assert(!std::is_same_v<T, ThrowCompletion>);

  ThrowCompletionOr(const T& value) : storage_(std::in_place_index<0>, value) {}
  ThrowCompletionOr(T&& value) : storage_(std::in_place_index<0>, std::move(value)) {}
  // Anything convertible to T (e.g. `return nullptr;` for Object*).
  template <typename U, typename = std::enable_if_t<std::is_convertible_v<U&&, T> &&
                                                    !std::is_same_v<std::decay_t<U>, T> &&
                                                    !std::is_same_v<std::decay_t<U>, ThrowCompletion>>>
  ThrowCompletionOr(U&& value) : storage_(std::in_place_index<0>, T(std::forward<U>(value))) {}
  ThrowCompletionOr(ThrowCompletion completion) : storage_(std::in_place_index<1>, completion) {}

  bool is_throw_completion() const { return storage_.index() == 1; }
  bool is_normal_completion() const { return storage_.index() == 0; }

  Value thrown_value() const {
    assert(is_throw_completion());
    return std::get<1>(storage_).value();
  }
  ThrowCompletion throw_completion() const { return std::get<1>(storage_); }

  T& value() & {
    assert(is_normal_completion());
    return std::get<0>(storage_);
  }
  const T& value() const& {
    assert(is_normal_completion());
    return std::get<0>(storage_);
  }
  T release_value() {
    assert(is_normal_completion());
    return std::move(std::get<0>(storage_));
  }

 private:
  std::variant<T, ThrowCompletion> storage_;
};

// A normal completion containing ~unused~, or a throw completion.
template <>
class [[nodiscard]] ThrowCompletionOr<void> {
 public:
  ThrowCompletionOr() = default;
  ThrowCompletionOr(ThrowCompletion completion) : thrown_(completion) {}

  bool is_throw_completion() const { return thrown_.has_value(); }
  bool is_normal_completion() const { return !thrown_.has_value(); }
  Value thrown_value() const {
    assert(is_throw_completion());
    return thrown_->value();
  }
  ThrowCompletion throw_completion() const { return *thrown_; }
  void release_value() { assert(is_normal_completion()); }

 private:
  std::optional<ThrowCompletion> thrown_;
};

// 6.2.4 The Completion Record Specification Type
// https://tc39.es/ecma262/#sec-completion-record-specification-type
class Completion {
 public:
  enum class Type { kNormal, kBreak, kContinue, kReturn, kThrow };

  // [[Value]] may be ~empty~ (Value::Empty()); [[Target]] is a label or
  // nullptr for ~empty~.
  Completion(Type type, Value value, PrimitiveString* target = nullptr)
      : type_(type), value_(value), target_(target) {}
  Completion(ThrowCompletion completion) : Completion(Type::kThrow, completion.value()) {}
  template <typename T>
  Completion(ThrowCompletionOr<T> completion) = delete;  // use TRY or explicit conversion

  static Completion Normal(Value value) { return Completion(Type::kNormal, value); }
  static Completion Throw(Value value) { return Completion(Type::kThrow, value); }

  Type type() const { return type_; }
  Value value() const { return value_; }
  PrimitiveString* target() const { return target_; }
  bool is_normal() const { return type_ == Type::kNormal; }
  bool is_abrupt() const { return type_ != Type::kNormal; }
  bool is_throw() const { return type_ == Type::kThrow; }

 private:
  Type type_;
  Value value_;
  PrimitiveString* target_;
};

// 6.2.4.4 UpdateEmpty ( completionRecord, value )
// https://tc39.es/ecma262/#sec-updateempty
inline Completion UpdateEmpty(const Completion& completion_record, Value value) {
  // 1. Assert: If completionRecord is either a return completion or a throw
  //    completion, then completionRecord.[[Value]] is not ~empty~.
  assert(!(completion_record.type() == Completion::Type::kReturn ||
           completion_record.type() == Completion::Type::kThrow) ||
         !completion_record.value().IsEmpty());
  // 2. If completionRecord.[[Value]] is not ~empty~, return ? completionRecord.
  if (!completion_record.value().IsEmpty()) return completion_record;
  // 3. Return Completion Record { [[Type]]: completionRecord.[[Type]],
  //    [[Value]]: value, [[Target]]: completionRecord.[[Target]] }.
  return Completion(completion_record.type(), value, completion_record.target());
}

}  // namespace async_runtime::interpreter

// The spec's `?`: propagate a throw completion, else yield the value.
#define TRY(expression)                                                        \
  ({                                                                           \
    auto _try_result = (expression);                                           \
    if (_try_result.is_throw_completion()) [[unlikely]]                        \
      return ::async_runtime::interpreter::ThrowCompletion(_try_result.throw_completion()); \
    _try_result.release_value();                                               \
  })

// The spec's `!`: the completion is known to be normal.
#define MUST(expression)                                                       \
  ({                                                                           \
    auto _must_result = (expression);                                          \
    assert(_must_result.is_normal_completion());                               \
    _must_result.release_value();                                              \
  })
