#include "runtime/interpreter/realm.h"

#include <cstring>

#include <gtest/gtest.h>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"

namespace async_runtime::interpreter {
namespace {

TEST(Realm, IntrinsicNamesFollowTheSpec) {
  EXPECT_STREQ(IntrinsicName(Intrinsic::kAggregateError), "%AggregateError%");
  EXPECT_STREQ(IntrinsicName(Intrinsic::kThrowTypeError), "%ThrowTypeError%");
  EXPECT_STREQ(IntrinsicName(Intrinsic::kObjectPrototype), "%Object.prototype%");
  for (size_t i = 0; i < static_cast<size_t>(Intrinsic::kCount); ++i) {
    const char* name = IntrinsicName(static_cast<Intrinsic>(i));
    EXPECT_EQ(name[0], '%');
    EXPECT_EQ(name[std::strlen(name) - 1], '%');
  }
}

TEST(Realm, CreateIntrinsicsBuildsThePrototypeChains) {
  Agent agent;
  agent.heap().set_gc_stress(true);
  heap::Handle<Realm> realm(agent.heap(), CreateRealm(agent));
  Object* object_prototype = realm->intrinsic(Intrinsic::kObjectPrototype);
  Object* function_prototype = realm->intrinsic(Intrinsic::kFunctionPrototype);
  Object* error_prototype = realm->intrinsic(Intrinsic::kErrorPrototype);
  ASSERT_NE(object_prototype, nullptr);
  EXPECT_EQ(object_prototype->prototype(), nullptr);
  ASSERT_NE(function_prototype, nullptr);
  EXPECT_TRUE(function_prototype->IsCallable());
  EXPECT_EQ(function_prototype->prototype(), object_prototype);
  EXPECT_TRUE(MUST(Call(agent, Value::FromObject(function_prototype), Value::Undefined())).IsUndefined());
  EXPECT_EQ(error_prototype->prototype(), object_prototype);
  EXPECT_EQ(realm->intrinsic(Intrinsic::kTypeErrorPrototype)->prototype(), error_prototype);
  EXPECT_EQ(realm->intrinsic(Intrinsic::kArray), nullptr);  // not built yet
  // %Object.prototype% is an immutable prototype exotic object.
  EXPECT_FALSE(MUST(object_prototype->SetPrototypeOf(agent, error_prototype)));
  EXPECT_TRUE(MUST(object_prototype->SetPrototypeOf(agent, nullptr)));
  EXPECT_EQ(object_prototype->prototype(), nullptr);
  agent.heap().Collect();
  EXPECT_EQ(realm->intrinsic(Intrinsic::kTypeErrorPrototype)->prototype(), error_prototype);
}

TEST(Realm, EngineErrorsUseTheRealmsPrototypes) {
  Agent agent;
  heap::Handle<Realm> realm(agent.heap(), CreateRealm(agent));
  realm->UseErrorPrototypesOf(agent);
  ThrowCompletionOr<Value> result = Call(agent, Value::Int32(1), Value::Undefined());
  ASSERT_TRUE(result.is_throw_completion());
  Object* error = result.thrown_value().AsObject();
  EXPECT_EQ(error->prototype(), realm->intrinsic(Intrinsic::kTypeErrorPrototype));
}

TEST(Agent, WellKnownSymbolsHaveTheirDescriptions) {
  Agent agent;
  Symbol* iterator = agent.well_known_symbol(WellKnownSymbol::kIterator);
  ASSERT_NE(iterator, nullptr);
  EXPECT_EQ(iterator->description()->code_units(), u"Symbol.iterator");
  EXPECT_EQ(agent.well_known_symbol(WellKnownSymbol::kAsyncIterator)->description()->code_units(),
            u"Symbol.asyncIterator");
  EXPECT_NE(iterator, agent.well_known_symbol(WellKnownSymbol::kAsyncIterator));
  agent.heap().Collect();
  EXPECT_EQ(agent.well_known_symbol(WellKnownSymbol::kToStringTag)->description()->code_units(),
            u"Symbol.toStringTag");
}

}  // namespace
}  // namespace async_runtime::interpreter
