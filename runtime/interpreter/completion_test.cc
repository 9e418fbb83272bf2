#include "runtime/interpreter/completion.h"

#include <gtest/gtest.h>

namespace async_runtime::interpreter {
namespace {

ThrowCompletionOr<int> ParsePositive(int input) {
  if (input < 0) return ThrowCompletion(Value::Int32(input));
  return input;
}

int steps_after_try = 0;

ThrowCompletionOr<int> Doubled(int input) {
  int value = TRY(ParsePositive(input));
  ++steps_after_try;
  return value * 2;
}

ThrowCompletionOr<void> Check(int input) {
  TRY(ParsePositive(input));
  return {};
}

ThrowCompletionOr<bool> CheckTwice(int input) {
  TRY(Check(input));
  TRY(Check(input + 1));
  return true;
}

TEST(ThrowCompletionOr, HoldsANormalValue) {
  ThrowCompletionOr<int> result = ParsePositive(3);
  ASSERT_TRUE(result.is_normal_completion());
  EXPECT_FALSE(result.is_throw_completion());
  EXPECT_EQ(result.value(), 3);
}

TEST(ThrowCompletionOr, HoldsAThrownValue) {
  ThrowCompletionOr<int> result = ParsePositive(-4);
  ASSERT_TRUE(result.is_throw_completion());
  EXPECT_TRUE(result.thrown_value().IsIdenticalTo(Value::Int32(-4)));
}

TEST(Try, YieldsTheValueOfANormalCompletion) {
  steps_after_try = 0;
  ThrowCompletionOr<int> result = Doubled(5);
  ASSERT_TRUE(result.is_normal_completion());
  EXPECT_EQ(result.value(), 10);
  EXPECT_EQ(steps_after_try, 1);
}

TEST(Try, PropagatesAThrowAndSkipsTheRest) {
  steps_after_try = 0;
  ThrowCompletionOr<int> result = Doubled(-1);
  ASSERT_TRUE(result.is_throw_completion());
  EXPECT_TRUE(result.thrown_value().IsIdenticalTo(Value::Int32(-1)));
  EXPECT_EQ(steps_after_try, 0);
}

TEST(Try, WorksWithVoidCompletions) {
  EXPECT_TRUE(CheckTwice(3).is_normal_completion());
  ThrowCompletionOr<bool> failed = CheckTwice(-1);
  ASSERT_TRUE(failed.is_throw_completion());
  EXPECT_TRUE(failed.thrown_value().IsIdenticalTo(Value::Int32(-1)));
}

Completion Statement(int input) {
  int value = TRY(ParsePositive(input));  // TRY also works in Completion-returning code
  return Completion::Normal(Value::Int32(value));
}

TEST(Try, WorksInFunctionsReturningCompletion) {
  EXPECT_TRUE(Statement(2).is_normal());
  EXPECT_TRUE(Statement(2).value().IsIdenticalTo(Value::Int32(2)));
  Completion thrown = Statement(-2);
  EXPECT_TRUE(thrown.is_throw());
  EXPECT_TRUE(thrown.value().IsIdenticalTo(Value::Int32(-2)));
}

TEST(Must, YieldsTheValue) { EXPECT_EQ(MUST(ParsePositive(9)), 9); }

TEST(Completion, UpdateEmptyFillsOnlyEmptyValues) {
  Completion empty_break(Completion::Type::kBreak, Value::Empty());
  Completion updated = UpdateEmpty(empty_break, Value::Int32(1));
  EXPECT_EQ(updated.type(), Completion::Type::kBreak);
  EXPECT_TRUE(updated.value().IsIdenticalTo(Value::Int32(1)));
  Completion normal = Completion::Normal(Value::Int32(2));
  EXPECT_TRUE(UpdateEmpty(normal, Value::Int32(1)).value().IsIdenticalTo(Value::Int32(2)));
  Completion thrown = ThrowCompletion(Value::Null());
  EXPECT_TRUE(thrown.is_throw());
  EXPECT_TRUE(thrown.is_abrupt());
}

}  // namespace
}  // namespace async_runtime::interpreter
