// The object operations of 7.2/7.3, run with and without gc-stress.
#include "runtime/interpreter/object_operations.h"

#include "runtime/interpreter/object_test_support.h"

namespace async_runtime::interpreter {
namespace {

using ObjectOperations = testing::ObjectModelTest;

// The error a throw completion holds, checked to be an ErrorObject of `kind`.
ErrorObject* ExpectError(Agent& agent, Value thrown, ErrorKind kind) {
  EXPECT_TRUE(thrown.IsObject());
  if (!thrown.IsObject()) return nullptr;
  auto* error = static_cast<ErrorObject*>(thrown.AsObject());
  EXPECT_STREQ(error->CellName(), "ErrorObject");
  EXPECT_EQ(error->kind(), kind);
  auto message = error->GetOwnPropertyFromStorage(agent.Key(u"message"));
  EXPECT_TRUE(message && message->value->IsString());
  EXPECT_FALSE(message && *message->enumerable);
  return error;
}

TEST_P(ObjectOperations, GetAndSet) {
  Object* object = NewObject();
  EXPECT_TRUE(MUST(Get(agent_, object, Key(u"x"))).IsUndefined());
  EXPECT_TRUE(Set(agent_, object, Key(u"x"), I(1), true).is_normal_completion());
  EXPECT_EQ(MUST(Get(agent_, object, Key(u"x"))).AsInt32(), 1);
}

TEST_P(ObjectOperations, SetThrowsOnlyWhenAskedTo) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"x", PropertyDescriptor::Data(I(1), false, true, true)));
  EXPECT_TRUE(Set(agent_, object, Key(u"x"), I(2), false).is_normal_completion());
  ThrowCompletionOr<void> result = Set(agent_, object, Key(u"x"), I(2), true);
  ASSERT_TRUE(result.is_throw_completion());
  ExpectError(agent_, result.thrown_value(), ErrorKind::kTypeError);
  EXPECT_EQ(MUST(Get(agent_, object, Key(u"x"))).AsInt32(), 1);
}

TEST_P(ObjectOperations, ErrorsUseTheAgentsPrototypes) {
  Object* type_error_prototype = NewObject();
  agent_.set_error_prototype(ErrorKind::kTypeError, type_error_prototype);
  Object* object = NewObject();
  ASSERT_TRUE(MUST(object->PreventExtensions(agent_)));
  ThrowCompletionOr<void> result = CreateDataPropertyOrThrow(agent_, object, Key(u"x"), I(1));
  ASSERT_TRUE(result.is_throw_completion());
  ErrorObject* error = ExpectError(agent_, result.thrown_value(), ErrorKind::kTypeError);
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(error->prototype(), type_error_prototype);
  agent_.set_error_prototype(ErrorKind::kTypeError, nullptr);
}

TEST_P(ObjectOperations, CreateDataPropertyReportsFailure) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"fixed", PropertyDescriptor::Data(I(1), true, true, false)));
  EXPECT_FALSE(MUST(CreateDataProperty(agent_, object, Key(u"fixed"), I(2))));
  EXPECT_TRUE(MUST(CreateDataProperty(agent_, object, Key(u"fresh"), I(2))));
  EXPECT_TRUE(CreateDataPropertyOrThrow(agent_, object, Key(u"fresh"), I(3)).is_normal_completion());
  EXPECT_TRUE(CreateDataPropertyOrThrow(agent_, object, Key(u"fixed"), I(3)).is_throw_completion());
}

TEST_P(ObjectOperations, CreateNonEnumerableDataProperty) {
  Object* object = NewObject();
  CreateNonEnumerableDataPropertyOrThrow(agent_, object, Key(u"hidden"), I(1));
  auto descriptor = Own(object, u"hidden");
  ASSERT_TRUE(descriptor);
  EXPECT_TRUE(*descriptor->writable);
  EXPECT_FALSE(*descriptor->enumerable);
  EXPECT_TRUE(*descriptor->configurable);
}

TEST_P(ObjectOperations, DefineAndDeleteOrThrow) {
  Object* object = NewObject();
  EXPECT_TRUE(
      DefinePropertyOrThrow(agent_, object, Key(u"x"), PropertyDescriptor::Data(I(1), false, false, false))
          .is_normal_completion());
  ThrowCompletionOr<void> redefine =
      DefinePropertyOrThrow(agent_, object, Key(u"x"), PropertyDescriptor::Data(I(2), false, false, false));
  ASSERT_TRUE(redefine.is_throw_completion());
  ExpectError(agent_, redefine.thrown_value(), ErrorKind::kTypeError);
  ThrowCompletionOr<void> remove = DeletePropertyOrThrow(agent_, object, Key(u"x"));
  ASSERT_TRUE(remove.is_throw_completion());
  ExpectError(agent_, remove.thrown_value(), ErrorKind::kTypeError);
  EXPECT_TRUE(DeletePropertyOrThrow(agent_, object, Key(u"missing")).is_normal_completion());
}

TEST_P(ObjectOperations, HasPropertyVersusHasOwnProperty) {
  Object* prototype = NewObject();
  Object* object = NewObject(prototype);
  ASSERT_TRUE(MUST(CreateDataProperty(agent_, prototype, Key(u"inherited"), I(1))));
  ASSERT_TRUE(MUST(CreateDataProperty(agent_, object, Key(u"own"), I(1))));
  EXPECT_TRUE(MUST(HasProperty(agent_, object, Key(u"inherited"))));
  EXPECT_FALSE(MUST(HasOwnProperty(agent_, object, Key(u"inherited"))));
  EXPECT_TRUE(MUST(HasOwnProperty(agent_, object, Key(u"own"))));
  EXPECT_FALSE(MUST(HasProperty(agent_, object, Key(u"neither"))));
}

TEST_P(ObjectOperations, CallPassesThisAndArguments) {
  NativeFunction* add = NewFunction([](Agent&, Value this_value, std::span<const Value> arguments)
                                        -> ThrowCompletionOr<Value> {
    int32_t sum = this_value.IsInt32() ? this_value.AsInt32() : 0;
    for (Value argument : arguments) sum += argument.AsInt32();
    return Value::Int32(sum);
  });
  EXPECT_TRUE(IsCallable(V(add)));
  EXPECT_FALSE(IsConstructor(V(add)));
  Value arguments[] = {I(1), I(2), I(3)};
  EXPECT_EQ(MUST(Call(agent_, V(add), I(10), arguments)).AsInt32(), 16);
  EXPECT_EQ(MUST(Call(agent_, V(add), Value::Undefined())).AsInt32(), 0);
}

TEST_P(ObjectOperations, CallingANonCallableThrowsTypeError) {
  Object* object = NewObject();
  EXPECT_FALSE(IsCallable(V(object)));
  EXPECT_FALSE(IsCallable(I(1)));
  ThrowCompletionOr<Value> result = Call(agent_, V(object), Value::Undefined());
  ASSERT_TRUE(result.is_throw_completion());
  ExpectError(agent_, result.thrown_value(), ErrorKind::kTypeError);
  result = Call(agent_, Value::Undefined(), Value::Undefined());
  ASSERT_TRUE(result.is_throw_completion());
}

TEST_P(ObjectOperations, SealKeepsValuesWritable) {
  Object* object = NewObject();
  ASSERT_TRUE(MUST(CreateDataProperty(agent_, object, Key(u"x"), I(1))));
  ASSERT_TRUE(MUST(CreateDataProperty(agent_, object, PropertyKey::ArrayIndex(0), I(0))));
  EXPECT_FALSE(MUST(TestIntegrityLevel(agent_, object, IntegrityLevel::kSealed)));
  EXPECT_TRUE(MUST(SetIntegrityLevel(agent_, object, IntegrityLevel::kSealed)));
  EXPECT_TRUE(MUST(TestIntegrityLevel(agent_, object, IntegrityLevel::kSealed)));
  EXPECT_FALSE(MUST(TestIntegrityLevel(agent_, object, IntegrityLevel::kFrozen)));
  EXPECT_FALSE(MUST(object->IsExtensible(agent_)));
  EXPECT_FALSE(*Own(object, u"x")->configurable);
  EXPECT_TRUE(MUST(object->Set(agent_, Key(u"x"), I(2), V(object))));
  EXPECT_TRUE(MUST(object->Set(agent_, PropertyKey::ArrayIndex(0), I(5), V(object))));
  EXPECT_EQ(MUST(Get(agent_, object, PropertyKey::ArrayIndex(0))).AsInt32(), 5);
  EXPECT_FALSE(MUST(object->Delete(agent_, Key(u"x"))));
  EXPECT_FALSE(MUST(object->Set(agent_, Key(u"new"), I(2), V(object))));
}

TEST_P(ObjectOperations, FreezeMakesDataReadOnlyAndLeavesAccessors) {
  Object* object = NewObject();
  NativeFunction* getter = NewFunction([](Agent&, Value, std::span<const Value>) -> ThrowCompletionOr<Value> {
    return Value::Int32(7);
  });
  ASSERT_TRUE(MUST(CreateDataProperty(agent_, object, Key(u"x"), I(1))));
  ASSERT_TRUE(MUST(CreateDataProperty(agent_, object, PropertyKey::ArrayIndex(0), I(0))));
  ASSERT_TRUE(Define(object, u"accessor", PropertyDescriptor::Accessor(V(getter), Value::Undefined(), true, true)));
  EXPECT_TRUE(MUST(SetIntegrityLevel(agent_, object, IntegrityLevel::kFrozen)));
  EXPECT_TRUE(MUST(TestIntegrityLevel(agent_, object, IntegrityLevel::kFrozen)));
  EXPECT_TRUE(MUST(TestIntegrityLevel(agent_, object, IntegrityLevel::kSealed)));
  EXPECT_FALSE(MUST(object->Set(agent_, Key(u"x"), I(2), V(object))));
  EXPECT_FALSE(MUST(object->Set(agent_, PropertyKey::ArrayIndex(0), I(2), V(object))));
  EXPECT_EQ(MUST(Get(agent_, object, Key(u"accessor"))).AsInt32(), 7);
  auto accessor = Own(object, u"accessor");
  EXPECT_FALSE(*accessor->configurable);
  EXPECT_FALSE(accessor->writable);
  EXPECT_TRUE(Set(agent_, object, Key(u"x"), I(3), true).is_throw_completion());
}

TEST_P(ObjectOperations, EmptyNonExtensibleObjectsAreFrozen) {
  Object* object = NewObject();
  EXPECT_FALSE(MUST(TestIntegrityLevel(agent_, object, IntegrityLevel::kFrozen)));
  ASSERT_TRUE(MUST(object->PreventExtensions(agent_)));
  EXPECT_TRUE(MUST(TestIntegrityLevel(agent_, object, IntegrityLevel::kFrozen)));
}

INSTANTIATE_TEST_SUITE_P(Heap, ObjectOperations, ::testing::Values(false, true), testing::ParamName);

}  // namespace
}  // namespace async_runtime::interpreter
