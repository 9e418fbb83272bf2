// The ordinary object internal methods (10.1), run with and without gc-stress.
#include <algorithm>
#include <cmath>
#include <limits>

#include "runtime/interpreter/object_test_support.h"

namespace async_runtime::interpreter {
namespace {

using OrdinaryObject = testing::ObjectModelTest;

PropertyDescriptor ValueOnly(Value value) {
  PropertyDescriptor descriptor;
  descriptor.value = value;
  return descriptor;
}

// --- [[GetOwnProperty]] / [[DefineOwnProperty]] ------------------------------

TEST_P(OrdinaryObject, MissingPropertiesAreUndefined) {
  Object* object = NewObject();
  EXPECT_FALSE(Own(object, u"x"));
  EXPECT_FALSE(MUST(object->GetOwnProperty(agent_, PropertyKey::ArrayIndex(0))));
}

TEST_P(OrdinaryObject, DefineFillsAbsentFieldsWithDefaults) {
  Object* object = NewObject();
  PropertyDescriptor only_value = ValueOnly(I(1));
  ASSERT_TRUE(Define(object, u"data", only_value));
  auto data = Own(object, u"data");
  ASSERT_TRUE(data);
  EXPECT_TRUE(data->is_fully_populated());
  EXPECT_EQ(data->value->AsInt32(), 1);
  EXPECT_FALSE(*data->writable);
  EXPECT_FALSE(*data->enumerable);
  EXPECT_FALSE(*data->configurable);

  PropertyDescriptor generic;
  generic.enumerable = true;
  ASSERT_TRUE(Define(object, u"generic", generic));
  auto created = Own(object, u"generic");
  EXPECT_TRUE(created->value->IsUndefined());
  EXPECT_FALSE(*created->writable);
  EXPECT_TRUE(*created->enumerable);

  NativeFunction* getter = NewFunction([](Agent&, Value, std::span<const Value>) -> ThrowCompletionOr<Value> {
    return Value::Int32(7);
  });
  PropertyDescriptor only_getter;
  only_getter.get = V(getter);
  ASSERT_TRUE(Define(object, u"accessor", only_getter));
  auto accessor = Own(object, u"accessor");
  ASSERT_TRUE(accessor && IsAccessorDescriptor(*accessor));
  EXPECT_EQ(accessor->get->AsObject(), getter);
  EXPECT_TRUE(accessor->set->IsUndefined());
  EXPECT_FALSE(*accessor->enumerable);
  EXPECT_FALSE(*accessor->configurable);
}

TEST_P(OrdinaryObject, CannotAddToANonExtensibleObject) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"before", PropertyDescriptor::Data(I(1), true, true, true)));
  EXPECT_TRUE(MUST(object->PreventExtensions(agent_)));
  EXPECT_FALSE(MUST(object->IsExtensible(agent_)));
  EXPECT_FALSE(Define(object, u"after", PropertyDescriptor::Data(I(1), true, true, true)));
  EXPECT_FALSE(MUST(object->DefineOwnProperty(agent_, PropertyKey::ArrayIndex(0), ValueOnly(I(1)))));
  EXPECT_FALSE(Own(object, u"after"));
  // Existing properties can still change.
  EXPECT_TRUE(Define(object, u"before", ValueOnly(I(2))));
  EXPECT_EQ(Own(object, u"before")->value->AsInt32(), 2);
}

TEST_P(OrdinaryObject, EmptyDescriptorIsAlwaysAccepted) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"frozen", PropertyDescriptor::Data(I(1), false, false, false)));
  EXPECT_TRUE(Define(object, u"frozen", PropertyDescriptor()));
  EXPECT_EQ(Own(object, u"frozen")->value->AsInt32(), 1);
}

TEST_P(OrdinaryObject, NonConfigurableRejectsConfigurableAndEnumerableChanges) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"p", PropertyDescriptor::Data(I(1), true, true, false)));
  PropertyDescriptor make_configurable;
  make_configurable.configurable = true;
  EXPECT_FALSE(Define(object, u"p", make_configurable));
  PropertyDescriptor hide;
  hide.enumerable = false;
  EXPECT_FALSE(Define(object, u"p", hide));
  PropertyDescriptor same;
  same.enumerable = true;
  same.configurable = false;
  EXPECT_TRUE(Define(object, u"p", same));
}

TEST_P(OrdinaryObject, NonConfigurableRejectsChangingKind) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"data", PropertyDescriptor::Data(I(1), true, false, false)));
  PropertyDescriptor to_accessor;
  to_accessor.get = Value::Undefined();
  EXPECT_FALSE(Define(object, u"data", to_accessor));
  ASSERT_TRUE(Define(object, u"accessor", PropertyDescriptor::Accessor(Value::Undefined(), Value::Undefined(),
                                                                       false, false)));
  EXPECT_FALSE(Define(object, u"accessor", ValueOnly(I(1))));
  PropertyDescriptor writable;
  writable.writable = true;
  EXPECT_FALSE(Define(object, u"accessor", writable));
  // A generic descriptor is not a kind change.
  PropertyDescriptor generic;
  generic.enumerable = false;
  EXPECT_TRUE(Define(object, u"accessor", generic));
}

TEST_P(OrdinaryObject, NonConfigurableAccessorsAcceptOnlyTheSameFunctions) {
  Object* object = NewObject();
  auto behaviour = [](Agent&, Value, std::span<const Value>) -> ThrowCompletionOr<Value> { return Value(); };
  NativeFunction* getter = NewFunction(behaviour);
  NativeFunction* other = NewFunction(behaviour);
  ASSERT_TRUE(Define(object, u"a", PropertyDescriptor::Accessor(V(getter), Value::Undefined(), false, false)));
  PropertyDescriptor same_getter;
  same_getter.get = V(getter);
  EXPECT_TRUE(Define(object, u"a", same_getter));
  PropertyDescriptor other_getter;
  other_getter.get = V(other);
  EXPECT_FALSE(Define(object, u"a", other_getter));
  PropertyDescriptor same_setter;
  same_setter.set = Value::Undefined();
  EXPECT_TRUE(Define(object, u"a", same_setter));
  PropertyDescriptor new_setter;
  new_setter.set = V(other);
  EXPECT_FALSE(Define(object, u"a", new_setter));
  EXPECT_EQ(Own(object, u"a")->get->AsObject(), getter);
}

TEST_P(OrdinaryObject, NonWritableNonConfigurableAcceptsOnlyTheSameValue) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"nan", PropertyDescriptor::Data(Value::NaN(), false, false, false)));
  ASSERT_TRUE(Define(object, u"zero", PropertyDescriptor::Data(Value::Number(0.0), false, false, false)));
  EXPECT_TRUE(Define(object, u"nan", ValueOnly(Value::Number(std::nan("")))));  // SameValue(NaN, NaN)
  EXPECT_FALSE(Define(object, u"zero", ValueOnly(Value::Number(-0.0))));        // +0 vs -0
  EXPECT_TRUE(Define(object, u"zero", ValueOnly(Value::Int32(0))));
  EXPECT_FALSE(Define(object, u"zero", ValueOnly(I(1))));
  PropertyDescriptor make_writable;
  make_writable.writable = true;
  EXPECT_FALSE(Define(object, u"zero", make_writable));
  PropertyDescriptor keep_readonly;
  keep_readonly.writable = false;
  EXPECT_TRUE(Define(object, u"zero", keep_readonly));
  EXPECT_FALSE(std::signbit(Own(object, u"zero")->value->AsNumber()));
}

TEST_P(OrdinaryObject, WritableNonConfigurableCanChangeValueAndBecomeReadOnly) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"p", PropertyDescriptor::Data(I(1), true, true, false)));
  EXPECT_TRUE(Define(object, u"p", ValueOnly(I(2))));
  EXPECT_EQ(Own(object, u"p")->value->AsInt32(), 2);
  PropertyDescriptor read_only;
  read_only.writable = false;
  EXPECT_TRUE(Define(object, u"p", read_only));
  EXPECT_FALSE(*Own(object, u"p")->writable);
  PropertyDescriptor back;
  back.writable = true;
  EXPECT_FALSE(Define(object, u"p", back));
  EXPECT_FALSE(Define(object, u"p", ValueOnly(I(3))));
  EXPECT_EQ(Own(object, u"p")->value->AsInt32(), 2);
}

TEST_P(OrdinaryObject, ConfigurableDataBecomesAccessorKeepingFlags) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"p", PropertyDescriptor::Data(I(1), true, true, true)));
  NativeFunction* setter = NewFunction([](Agent&, Value, std::span<const Value>) -> ThrowCompletionOr<Value> {
    return Value();
  });
  PropertyDescriptor only_setter;
  only_setter.set = V(setter);
  ASSERT_TRUE(Define(object, u"p", only_setter));
  auto now = Own(object, u"p");
  ASSERT_TRUE(IsAccessorDescriptor(*now));
  EXPECT_TRUE(now->get->IsUndefined());
  EXPECT_EQ(now->set->AsObject(), setter);
  EXPECT_TRUE(*now->enumerable);
  EXPECT_TRUE(*now->configurable);
}

TEST_P(OrdinaryObject, ConfigurableAccessorBecomesDataWithDefaults) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"p", PropertyDescriptor::Accessor(Value::Undefined(), Value::Undefined(), false, true)));
  PropertyDescriptor to_data;
  to_data.writable = true;
  to_data.enumerable = true;
  ASSERT_TRUE(Define(object, u"p", to_data));
  auto now = Own(object, u"p");
  ASSERT_TRUE(IsDataDescriptor(*now));
  EXPECT_TRUE(now->value->IsUndefined());
  EXPECT_TRUE(*now->writable);
  EXPECT_TRUE(*now->enumerable);
  EXPECT_TRUE(*now->configurable);
}

TEST_P(OrdinaryObject, IsCompatiblePropertyDescriptorDoesNotApply) {
  auto current = PropertyDescriptor::Data(I(1), false, false, false);
  EXPECT_TRUE(IsCompatiblePropertyDescriptor(agent_, true, ValueOnly(I(1)), current));
  EXPECT_FALSE(IsCompatiblePropertyDescriptor(agent_, true, ValueOnly(I(2)), current));
  EXPECT_TRUE(IsCompatiblePropertyDescriptor(agent_, true, ValueOnly(I(2)), std::nullopt));
  EXPECT_FALSE(IsCompatiblePropertyDescriptor(agent_, false, ValueOnly(I(2)), std::nullopt));
}

TEST_P(OrdinaryObject, CompletePropertyDescriptorFillsByKind) {
  PropertyDescriptor generic;
  CompletePropertyDescriptor(generic);
  EXPECT_TRUE(IsDataDescriptor(generic));
  EXPECT_TRUE(generic.is_fully_populated());
  PropertyDescriptor accessor;
  accessor.set = Value::Undefined();
  accessor.enumerable = true;
  CompletePropertyDescriptor(accessor);
  EXPECT_TRUE(accessor.get->IsUndefined());
  EXPECT_TRUE(*accessor.enumerable);
  EXPECT_FALSE(*accessor.configurable);
  EXPECT_FALSE(accessor.value);
  EXPECT_TRUE(IsGenericDescriptor(PropertyDescriptor()));
  EXPECT_FALSE(IsGenericDescriptor(ValueOnly(I(1))));
}

// --- [[HasProperty]] / [[Get]] ------------------------------------------------

TEST_P(OrdinaryObject, HasPropertyAndGetFollowThePrototypeChain) {
  Object* grandparent = NewObject();
  Object* parent = NewObject(grandparent);
  Object* child = NewObject(parent);
  ASSERT_TRUE(Define(grandparent, u"x", PropertyDescriptor::Data(I(1), true, true, true)));
  ASSERT_TRUE(Define(parent, u"y", PropertyDescriptor::Data(I(2), true, true, true)));
  EXPECT_TRUE(MUST(child->HasProperty(agent_, Key(u"x"))));
  EXPECT_TRUE(MUST(child->HasProperty(agent_, Key(u"y"))));
  EXPECT_FALSE(MUST(child->HasProperty(agent_, Key(u"z"))));
  EXPECT_EQ(MUST(child->Get(agent_, Key(u"x"), V(child))).AsInt32(), 1);
  EXPECT_TRUE(MUST(child->Get(agent_, Key(u"z"), V(child))).IsUndefined());
  ASSERT_TRUE(Define(child, u"x", PropertyDescriptor::Data(I(3), true, true, true)));
  EXPECT_EQ(MUST(child->Get(agent_, Key(u"x"), V(child))).AsInt32(), 3);  // shadowing
}

TEST_P(OrdinaryObject, GetCallsTheGetterWithTheReceiver) {
  Object* prototype = NewObject();
  Object* child = NewObject(prototype);
  ASSERT_TRUE(Define(child, u"tag", PropertyDescriptor::Data(I(42), true, true, true)));
  NativeFunction* getter = NewFunction([](Agent& agent, Value this_value, std::span<const Value> arguments)
                                           -> ThrowCompletionOr<Value> {
    EXPECT_TRUE(arguments.empty());
    // Allocating inside a getter must not disturb the caller (gc-stress).
    agent.Allocate<PrimitiveString>(u"garbage");
    return this_value.AsObject()->Get(agent, agent.Key(u"tag"), this_value);
  });
  ASSERT_TRUE(Define(prototype, u"viaGetter",
                     PropertyDescriptor::Accessor(V(getter), Value::Undefined(), false, true)));
  EXPECT_EQ(MUST(child->Get(agent_, Key(u"viaGetter"), V(child))).AsInt32(), 42);
  ASSERT_TRUE(Define(prototype, u"noGetter",
                     PropertyDescriptor::Accessor(Value::Undefined(), Value::Undefined(), false, true)));
  EXPECT_TRUE(MUST(child->Get(agent_, Key(u"noGetter"), V(child))).IsUndefined());
}

TEST_P(OrdinaryObject, ThrowingGetterPropagates) {
  Object* object = NewObject();
  NativeFunction* getter = NewFunction([](Agent& agent, Value, std::span<const Value>) -> ThrowCompletionOr<Value> {
    return ThrowRangeError(agent, u"boom");
  });
  ASSERT_TRUE(Define(object, u"bad", PropertyDescriptor::Accessor(V(getter), Value::Undefined(), false, true)));
  ThrowCompletionOr<Value> result = object->Get(agent_, Key(u"bad"), V(object));
  ASSERT_TRUE(result.is_throw_completion());
  ASSERT_TRUE(result.thrown_value().IsObject());
  auto* error = static_cast<ErrorObject*>(result.thrown_value().AsObject());
  EXPECT_EQ(error->kind(), ErrorKind::kRangeError);
}

// An exotic object: [[Get]] answers every key with the key's length; the
// ordinary [[Get]] of an object inheriting from it must dispatch to it.
class EchoObject final : public Object {
 public:
  using Object::Object;
  ThrowCompletionOr<Value> Get(Agent&, const PropertyKey& key, Value) override {
    return Value::Int32(static_cast<int32_t>(key.ToDisplayString().size()));
  }
  ThrowCompletionOr<bool> HasProperty(Agent&, const PropertyKey&) override { return true; }
  ThrowCompletionOr<bool> Set(Agent&, const PropertyKey&, Value, Value) override { return false; }
  bool HasOrdinaryPropertyLookup() const override { return false; }
};

TEST_P(OrdinaryObject, OrdinaryMethodsDispatchToExoticPrototypes) {
  Object* echo = Root(OrdinaryObjectCreate<EchoObject>(agent_, nullptr));
  Object* child = NewObject(echo);
  EXPECT_EQ(MUST(child->Get(agent_, Key(u"hello"), V(child))).AsInt32(), 5);
  EXPECT_TRUE(MUST(child->HasProperty(agent_, Key(u"anything"))));
  Object* grandchild = NewObject(child);
  EXPECT_EQ(MUST(grandchild->Get(agent_, Key(u"abc"), V(grandchild))).AsInt32(), 3);
  EXPECT_FALSE(MUST(grandchild->Set(agent_, Key(u"abc"), I(1), V(grandchild))));
  EXPECT_FALSE(Own(grandchild, u"abc"));
}

// Not parameterised: a million objects under gc-stress would be quadratic.
TEST(OrdinaryObjectChains, VeryLongPrototypeChainsDoNotOverflowTheNativeStack) {
  Agent agent(heap::HeapOptions{});  // never gc-stress, even from the environment
  heap::Handle<Object> base(agent.heap(), OrdinaryObjectCreate(agent, nullptr));
  ASSERT_TRUE(MUST(CreateDataProperty(agent, base, agent.Key(u"deep"), Value::Int32(1))));
  heap::Handle<Object> top(agent.heap(), base);
  for (int i = 0; i < 1'000'000; ++i) top = OrdinaryObjectCreate(agent, top.get());
  Value receiver = Value::FromObject(top);
  EXPECT_EQ(MUST(top->Get(agent, agent.Key(u"deep"), receiver)).AsInt32(), 1);
  EXPECT_TRUE(MUST(top->HasProperty(agent, agent.Key(u"deep"))));
  EXPECT_FALSE(MUST(top->HasProperty(agent, agent.Key(u"missing"))));
  EXPECT_TRUE(MUST(top->Set(agent, agent.Key(u"deep"), Value::Int32(2), receiver)));
  EXPECT_EQ(top->GetOwnPropertyFromStorage(agent.Key(u"deep"))->value->AsInt32(), 2);
  EXPECT_EQ(base->GetOwnPropertyFromStorage(agent.Key(u"deep"))->value->AsInt32(), 1);
}

// --- [[Set]] ------------------------------------------------------------------

TEST_P(OrdinaryObject, SetCreatesOnTheReceiverNotThePrototype) {
  Object* prototype = NewObject();
  Object* child = NewObject(prototype);
  ASSERT_TRUE(Define(prototype, u"x", PropertyDescriptor::Data(I(1), true, true, true)));
  EXPECT_TRUE(MUST(child->Set(agent_, Key(u"x"), I(2), V(child))));
  EXPECT_EQ(Own(child, u"x")->value->AsInt32(), 2);
  EXPECT_EQ(Own(prototype, u"x")->value->AsInt32(), 1);
  auto created = Own(child, u"x");
  EXPECT_TRUE(*created->writable && *created->enumerable && *created->configurable);
  EXPECT_TRUE(MUST(child->Set(agent_, Key(u"x"), I(3), V(child))));
  EXPECT_EQ(Own(child, u"x")->value->AsInt32(), 3);
}

TEST_P(OrdinaryObject, ReadOnlyInheritedPropertyBlocksSet) {
  Object* prototype = NewObject();
  Object* child = NewObject(prototype);
  ASSERT_TRUE(Define(prototype, u"x", PropertyDescriptor::Data(I(1), false, true, true)));
  EXPECT_FALSE(MUST(child->Set(agent_, Key(u"x"), I(2), V(child))));
  EXPECT_FALSE(Own(child, u"x"));
}

TEST_P(OrdinaryObject, SetterIsCalledWithReceiverAndValue) {
  Object* prototype = NewObject();
  Object* child = NewObject(prototype);
  NativeFunction* setter = NewFunction([](Agent& agent, Value this_value, std::span<const Value> arguments)
                                           -> ThrowCompletionOr<Value> {
    EXPECT_EQ(arguments.size(), 1u);
    TRY(CreateDataProperty(agent, this_value.AsObject(), agent.Key(u"stored"), arguments[0]));
    return Value::Undefined();
  });
  ASSERT_TRUE(Define(prototype, u"x", PropertyDescriptor::Accessor(Value::Undefined(), V(setter), true, true)));
  EXPECT_TRUE(MUST(child->Set(agent_, Key(u"x"), I(9), V(child))));
  EXPECT_EQ(Own(child, u"stored")->value->AsInt32(), 9);
  EXPECT_FALSE(Own(prototype, u"stored"));
  ASSERT_TRUE(Define(prototype, u"getterOnly",
                     PropertyDescriptor::Accessor(Value::Undefined(), Value::Undefined(), true, true)));
  EXPECT_FALSE(MUST(child->Set(agent_, Key(u"getterOnly"), I(1), V(child))));
}

TEST_P(OrdinaryObject, SetFailsForPrimitiveReceiversAndReceiverAccessors) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"x", PropertyDescriptor::Data(I(1), true, true, true)));
  EXPECT_FALSE(MUST(object->Set(agent_, Key(u"x"), I(2), I(5))));
  EXPECT_EQ(Own(object, u"x")->value->AsInt32(), 1);
  Object* receiver = NewObject();
  ASSERT_TRUE(Define(receiver, u"x", PropertyDescriptor::Accessor(Value::Undefined(), Value::Undefined(), true, true)));
  EXPECT_FALSE(MUST(object->Set(agent_, Key(u"x"), I(2), V(receiver))));
  Object* read_only_receiver = NewObject();
  ASSERT_TRUE(Define(read_only_receiver, u"x", PropertyDescriptor::Data(I(0), false, true, true)));
  EXPECT_FALSE(MUST(object->Set(agent_, Key(u"x"), I(2), V(read_only_receiver))));
  Object* plain_receiver = NewObject();
  ASSERT_TRUE(Define(plain_receiver, u"x", PropertyDescriptor::Data(I(0), true, false, false)));
  EXPECT_TRUE(MUST(object->Set(agent_, Key(u"x"), I(2), V(plain_receiver))));
  auto updated = Own(plain_receiver, u"x");
  EXPECT_EQ(updated->value->AsInt32(), 2);
  EXPECT_FALSE(*updated->enumerable);  // only [[Value]] was redefined
  EXPECT_EQ(Own(object, u"x")->value->AsInt32(), 1);
}

// --- [[Delete]] ----------------------------------------------------------------

TEST_P(OrdinaryObject, DeleteRemovesOnlyConfigurableProperties) {
  Object* object = NewObject();
  ASSERT_TRUE(Define(object, u"soft", PropertyDescriptor::Data(I(1), true, true, true)));
  ASSERT_TRUE(Define(object, u"hard", PropertyDescriptor::Data(I(2), true, true, false)));
  EXPECT_TRUE(MUST(object->Delete(agent_, Key(u"soft"))));
  EXPECT_FALSE(Own(object, u"soft"));
  EXPECT_FALSE(MUST(object->Delete(agent_, Key(u"hard"))));
  EXPECT_TRUE(Own(object, u"hard"));
  EXPECT_TRUE(MUST(object->Delete(agent_, Key(u"missing"))));
}

// --- [[OwnPropertyKeys]] -----------------------------------------------------

TEST_P(OrdinaryObject, OwnPropertyKeysOrdersIndicesStringsSymbols) {
  Object* object = NewObject();
  Symbol* first_symbol = NewSymbol(u"first");
  Symbol* second_symbol = NewSymbol(u"second");
  auto plain = PropertyDescriptor::Data(I(0), true, true, true);
  auto hidden = PropertyDescriptor::Data(I(0), true, false, true);
  ASSERT_TRUE(Define(object, u"b", plain));
  ASSERT_TRUE(Define(object, u"2", plain));
  ASSERT_TRUE(MUST(object->DefineOwnProperty(agent_, PropertyKey::FromSymbol(first_symbol), plain)));
  ASSERT_TRUE(Define(object, u"a", plain));
  ASSERT_TRUE(Define(object, u"0", plain));
  ASSERT_TRUE(MUST(object->DefineOwnProperty(agent_, PropertyKey::FromSymbol(second_symbol), plain)));
  ASSERT_TRUE(Define(object, u"4294967294", plain));  // largest index: sparse, in the shape
  ASSERT_TRUE(Define(object, u"4294967295", plain));  // not an index: a string key
  ASSERT_TRUE(Define(object, u"1", hidden));          // non-default attributes: in the shape
  ASSERT_TRUE(Define(object, u"01", plain));
  std::vector<PropertyKey> keys = MUST(object->OwnPropertyKeys(agent_));
  std::vector<PropertyKey> expected = {
      PropertyKey::ArrayIndex(0),          PropertyKey::ArrayIndex(1),
      PropertyKey::ArrayIndex(2),          PropertyKey::ArrayIndex(4294967294),
      Key(u"b"),                           Key(u"a"),
      Key(u"4294967295"),                  Key(u"01"),
      PropertyKey::FromSymbol(first_symbol), PropertyKey::FromSymbol(second_symbol)};
  EXPECT_EQ(keys, expected);
}

TEST_P(OrdinaryObject, RedefiningKeepsCreationOrderButDeleteAndReaddMovesToTheEnd) {
  Object* object = NewObject();
  for (auto name : {u"x", u"y", u"z"}) ASSERT_TRUE(Define(object, name, PropertyDescriptor::Data(I(0), true, true, true)));
  PropertyDescriptor hide;
  hide.enumerable = false;
  ASSERT_TRUE(Define(object, u"x", hide));
  EXPECT_EQ(MUST(object->OwnPropertyKeys(agent_)), (std::vector<PropertyKey>{Key(u"x"), Key(u"y"), Key(u"z")}));
  ASSERT_TRUE(MUST(object->Delete(agent_, Key(u"x"))));
  ASSERT_TRUE(Define(object, u"x", PropertyDescriptor::Data(I(0), true, true, true)));
  EXPECT_EQ(MUST(object->OwnPropertyKeys(agent_)), (std::vector<PropertyKey>{Key(u"y"), Key(u"z"), Key(u"x")}));
}

// --- Elements --------------------------------------------------------------------

TEST_P(OrdinaryObject, PlainIndexedPropertiesUseDenseElements) {
  Object* object = NewObject();
  for (uint32_t i = 0; i < 100; ++i) {
    ASSERT_TRUE(MUST(CreateDataProperty(agent_, object, PropertyKey::ArrayIndex(i), I(static_cast<int32_t>(i * 2)))));
  }
  EXPECT_TRUE(object->HasDenseElement(99));
  EXPECT_EQ(object->shape()->property_count(), 0u);
  EXPECT_EQ(MUST(object->Get(agent_, PropertyKey::ArrayIndex(42), V(object))).AsInt32(), 84);
  ASSERT_TRUE(MUST(object->Delete(agent_, PropertyKey::ArrayIndex(50))));
  EXPECT_FALSE(MUST(object->GetOwnProperty(agent_, PropertyKey::ArrayIndex(50))));
  EXPECT_EQ(MUST(object->OwnPropertyKeys(agent_)).size(), 99u);
  ASSERT_TRUE(MUST(CreateDataProperty(agent_, object, PropertyKey::ArrayIndex(50), I(-1))));
  EXPECT_TRUE(object->HasDenseElement(50));
}

TEST_P(OrdinaryObject, SparseIndicesGoToTheShape) {
  Object* object = NewObject();
  ASSERT_TRUE(MUST(CreateDataProperty(agent_, object, PropertyKey::ArrayIndex(1'000'000), I(1))));
  EXPECT_FALSE(object->HasDenseElement(1'000'000));
  EXPECT_EQ(object->element_capacity(), 0u);
  EXPECT_EQ(MUST(object->Get(agent_, PropertyKey::ArrayIndex(1'000'000), V(object))).AsInt32(), 1);
  ASSERT_TRUE(MUST(CreateDataProperty(agent_, object, PropertyKey::ArrayIndex(3), I(3))));
  EXPECT_EQ(MUST(object->OwnPropertyKeys(agent_)),
            (std::vector<PropertyKey>{PropertyKey::ArrayIndex(3), PropertyKey::ArrayIndex(1'000'000)}));
}

TEST_P(OrdinaryObject, ElementsWithOtherAttributesMoveToTheShapeKeepingTheirValue) {
  Object* object = NewObject();
  Object* value = NewObject();
  ASSERT_TRUE(MUST(CreateDataProperty(agent_, object, PropertyKey::ArrayIndex(0), V(value))));
  ASSERT_TRUE(MUST(CreateDataProperty(agent_, object, PropertyKey::ArrayIndex(1), I(1))));
  handles_.pop_back();  // `value` is now reachable only as element 0
  handles_.emplace_back(agent_.heap(), object);
  PropertyDescriptor freeze;
  freeze.writable = false;
  ASSERT_TRUE(MUST(object->DefineOwnProperty(agent_, PropertyKey::ArrayIndex(0), freeze)));
  EXPECT_FALSE(object->HasDenseElement(0));
  auto descriptor = MUST(object->GetOwnProperty(agent_, PropertyKey::ArrayIndex(0)));
  ASSERT_TRUE(descriptor);
  EXPECT_EQ(descriptor->value->AsObject(), value);
  EXPECT_FALSE(*descriptor->writable);
  EXPECT_TRUE(*descriptor->enumerable);
  agent_.heap().Collect();
  EXPECT_EQ(MUST(object->GetOwnProperty(agent_, PropertyKey::ArrayIndex(0)))->value->AsObject()->shape(),
            value->shape());
  EXPECT_FALSE(MUST(object->Set(agent_, PropertyKey::ArrayIndex(0), I(5), V(object))));
  EXPECT_EQ(MUST(object->OwnPropertyKeys(agent_)),
            (std::vector<PropertyKey>{PropertyKey::ArrayIndex(0), PropertyKey::ArrayIndex(1)}));
}

// --- [[SetPrototypeOf]] ------------------------------------------------------

TEST_P(OrdinaryObject, SetPrototypeOfRejectsCyclesAndNonExtensibleObjects) {
  Object* a = NewObject();
  Object* b = NewObject(a);
  Object* c = NewObject(b);
  EXPECT_FALSE(MUST(a->SetPrototypeOf(agent_, c)));
  EXPECT_FALSE(MUST(a->SetPrototypeOf(agent_, a)));
  EXPECT_EQ(MUST(a->GetPrototypeOf(agent_)), nullptr);
  EXPECT_TRUE(MUST(c->SetPrototypeOf(agent_, a)));
  EXPECT_EQ(MUST(c->GetPrototypeOf(agent_)), a);
  EXPECT_TRUE(MUST(c->PreventExtensions(agent_)));
  EXPECT_TRUE(MUST(c->SetPrototypeOf(agent_, a)));  // same prototype
  EXPECT_FALSE(MUST(c->SetPrototypeOf(agent_, b)));
  EXPECT_FALSE(MUST(c->SetPrototypeOf(agent_, nullptr)));
}

// Stands for a Proxy: its [[GetPrototypeOf]] is not the ordinary one.
class OpaquePrototypeObject final : public Object {
 public:
  using Object::Object;
  bool HasOrdinaryGetPrototypeOf() const override { return false; }
};

TEST_P(OrdinaryObject, CycleCheckStopsAtNonOrdinaryGetPrototypeOf) {
  Object* a = NewObject();
  Object* opaque = Root(OrdinaryObjectCreate<OpaquePrototypeObject>(agent_, a));
  // a -> opaque -> a would be a cycle, but the loop cannot see through opaque.
  EXPECT_TRUE(MUST(a->SetPrototypeOf(agent_, opaque)));
  EXPECT_EQ(a->prototype(), opaque);
}

// --- GC -------------------------------------------------------------------------

TEST_P(OrdinaryObject, ObjectsKeepTheirPropertyValuesAlive) {
  Object* root = NewObject();
  {
    heap::Handle<Object> child(agent_.heap(), OrdinaryObjectCreate(agent_, nullptr));
    ASSERT_TRUE(MUST(CreateDataProperty(agent_, root, Key(u"child"), V(child))));
    ASSERT_TRUE(MUST(CreateDataProperty(agent_, child, PropertyKey::ArrayIndex(0), NewString(u"element"))));
    handles_.pop_back();
    ASSERT_TRUE(MUST(CreateDataProperty(agent_, child, Key(u"back"), V(root))));  // a cycle
  }
  agent_.heap().Collect();
  Value child = MUST(Get(agent_, root, Key(u"child")));
  ASSERT_TRUE(child.IsObject());
  Value element = MUST(Get(agent_, child.AsObject(), PropertyKey::ArrayIndex(0)));
  EXPECT_EQ(element.AsString()->code_units(), u"element");
}

TEST_P(OrdinaryObject, UnreachableObjectGraphsAreCollected) {
  agent_.heap().Collect();
  size_t baseline = agent_.heap().statistics().live_cells;
  {
    heap::Handle<Object> a(agent_.heap(), OrdinaryObjectCreate(agent_, nullptr));
    heap::Handle<Object> b(agent_.heap(), OrdinaryObjectCreate(agent_, a));
    ASSERT_TRUE(MUST(CreateDataProperty(agent_, a, Key(u"b"), V(b))));
    ASSERT_TRUE(MUST(CreateDataProperty(agent_, b, Key(u"a"), V(a))));
    ASSERT_TRUE(Define(a, u"accessor", PropertyDescriptor::Accessor(V(b), Value::Undefined(), true, true)));
  }
  agent_.heap().Collect();
  // The interned key strings stay; the objects, shapes and pair are gone.
  EXPECT_EQ(agent_.heap().statistics().live_cells, baseline + 3);  // "b", "a", "accessor"
}

INSTANTIATE_TEST_SUITE_P(Heap, OrdinaryObject, ::testing::Values(false, true), testing::ParamName);

}  // namespace
}  // namespace async_runtime::interpreter

namespace async_runtime::interpreter {
namespace {

// Randomised check of the storage layer (dense elements, shape entries,
// transitions and replays) against a plain list of properties in creation
// order: after every store or removal the object must report exactly the
// model's properties, with OrdinaryOwnPropertyKeys' order.
TEST_P(OrdinaryObject, StorageMatchesASimpleModelUnderRandomOperations) {
  std::vector<PropertyKey> universe;
  for (uint32_t index : {0u, 1u, 2u, 3u, 5u, 8u, 13u, 21u, 40u, 100u, 4294967294u}) {
    universe.push_back(PropertyKey::ArrayIndex(index));
  }
  for (auto name : {u"a", u"b", u"c", u"d", u"e", u"f", u"g", u"h", u"4294967295"}) universe.push_back(Key(name));
  universe.push_back(PropertyKey::FromSymbol(NewSymbol(u"s1")));
  universe.push_back(PropertyKey::FromSymbol(NewSymbol(u"s2")));
  auto behaviour = [](Agent&, Value, std::span<const Value>) -> ThrowCompletionOr<Value> { return Value(); };
  Value functions[] = {Value::Undefined(), V(NewFunction(behaviour)), V(NewFunction(behaviour))};

  Object* object = NewObject();
  std::vector<std::pair<PropertyKey, PropertyDescriptor>> model;
  auto find = [&](const PropertyKey& key) {
    return std::find_if(model.begin(), model.end(), [&](const auto& entry) { return entry.first == key; });
  };
  auto same = [](const std::optional<Value>& a, const std::optional<Value>& b) {
    return a.has_value() == b.has_value() && (!a || SameValue(*a, *b));
  };

  uint32_t seed = 12345;
  auto next = [&](uint32_t bound) {
    seed = seed * 1103515245 + 12345;
    return (seed >> 8) % bound;
  };
  int iterations = GetParam() ? 300 : 3000;
  for (int step = 0; step < iterations; ++step) {
    const PropertyKey& key = universe[next(universe.size())];
    if (next(4) == 0) {
      object->RemoveOwnProperty(agent_, key);
      if (auto it = find(key); it != model.end()) model.erase(it);
    } else {
      PropertyDescriptor descriptor;
      switch (next(3)) {
        case 0:
          descriptor = PropertyDescriptor::Data(I(static_cast<int32_t>(next(1000))), true, true, true);
          break;
        case 1:
          descriptor = PropertyDescriptor::Data(I(static_cast<int32_t>(next(1000))), next(2), next(2), next(2));
          break;
        default:
          descriptor = PropertyDescriptor::Accessor(functions[next(3)], functions[next(3)], next(2), next(2));
          break;
      }
      object->StoreOwnProperty(agent_, key, descriptor);
      if (auto it = find(key); it != model.end()) {
        it->second = descriptor;
      } else {
        model.emplace_back(key, descriptor);
      }
    }
    for (const PropertyKey& probe : universe) {
      std::optional<PropertyDescriptor> actual = object->GetOwnPropertyFromStorage(probe);
      auto it = find(probe);
      ASSERT_EQ(actual.has_value(), it != model.end()) << "step " << step;
      if (!actual) continue;
      const PropertyDescriptor& expected = it->second;
      ASSERT_TRUE(same(actual->value, expected.value) && same(actual->get, expected.get) &&
                  same(actual->set, expected.set) && actual->writable == expected.writable &&
                  actual->enumerable == expected.enumerable && actual->configurable == expected.configurable)
          << "step " << step << " key " << Utf8FromUtf16(probe.ToDisplayString());
    }
    std::vector<PropertyKey> expected_keys;
    std::vector<uint32_t> indices;
    for (const auto& [model_key, unused] : model) {
      if (model_key.is_array_index()) indices.push_back(model_key.array_index());
    }
    std::sort(indices.begin(), indices.end());
    for (uint32_t index : indices) expected_keys.push_back(PropertyKey::ArrayIndex(index));
    for (const auto& [model_key, unused] : model) {
      if (model_key.is_string()) expected_keys.push_back(model_key);
    }
    for (const auto& [model_key, unused] : model) {
      if (model_key.is_symbol()) expected_keys.push_back(model_key);
    }
    ASSERT_EQ(object->OwnKeysFromStorage(), expected_keys) << "step " << step;
  }
  EXPECT_GT(model.size(), 0u);
}

}  // namespace
}  // namespace async_runtime::interpreter
