#include "runtime/interpreter/shape.h"

#include <deque>

#include <gtest/gtest.h>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/object.h"

namespace async_runtime::interpreter {
namespace {

constexpr auto kPlain = PropertyAttributes::Data(true, true, true);

class ShapeTest : public ::testing::Test {
 protected:
  Object* NewObject(Object* prototype = nullptr) {
    Object* object = OrdinaryObjectCreate(agent_, prototype);
    handles_.emplace_back(agent_.heap(), object);
    return object;
  }
  void Add(Object* object, std::u16string_view name, int value, bool enumerable = true) {
    object->StoreOwnProperty(agent_, agent_.Key(name),
                             PropertyDescriptor::Data(Value::Int32(value), true, enumerable, true));
  }
  std::vector<std::u16string> KeyNames(Shape* shape) {
    std::vector<std::u16string> names;
    for (const Shape::Entry& entry : shape->Entries()) names.push_back(entry.key.ToDisplayString());
    return names;
  }

  Agent agent_;
  std::deque<heap::Handle<Object>> handles_;
};

TEST_F(ShapeTest, SamePropertiesInTheSameOrderShareAShape) {
  Object* a = NewObject();
  Object* b = NewObject();
  EXPECT_EQ(a->shape(), b->shape());
  EXPECT_EQ(a->shape(), agent_.null_prototype_root_shape());
  Add(a, u"x", 1);
  Add(a, u"y", 2);
  Add(b, u"x", 3);
  Add(b, u"y", 4);
  EXPECT_EQ(a->shape(), b->shape());
  EXPECT_EQ(a->shape()->property_count(), 2u);
  EXPECT_EQ(agent_.null_prototype_root_shape()->transition_count(), 1u);
}

TEST_F(ShapeTest, OrderAttributesAndPrototypeDistinguishShapes) {
  Object* xy = NewObject();
  Add(xy, u"x", 1);
  Add(xy, u"y", 2);
  Object* yx = NewObject();
  Add(yx, u"y", 1);
  Add(yx, u"x", 2);
  EXPECT_NE(xy->shape(), yx->shape());
  Object* hidden = NewObject();
  Add(hidden, u"x", 1, /*enumerable=*/false);
  EXPECT_NE(hidden->shape(), xy->shape()->parent());
  Object* prototype = NewObject();
  Object* child = NewObject(prototype);
  Add(child, u"x", 1);
  Add(child, u"y", 2);
  EXPECT_NE(child->shape(), xy->shape());
  EXPECT_EQ(child->shape()->prototype(), prototype);
  EXPECT_EQ(prototype->instance_root_shape(), child->shape()->parent()->parent());
}

TEST_F(ShapeTest, LookupGivesSlotsInCreationOrder) {
  Object* object = NewObject();
  for (char16_t c = u'a'; c <= u'z'; ++c) Add(object, std::u16string(1, c), c);
  Shape* shape = object->shape();
  EXPECT_EQ(shape->property_count(), 26u);
  for (char16_t c = u'a'; c <= u'z'; ++c) {
    auto entry = shape->Lookup(agent_.Key(std::u16string(1, c)));
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->slot, static_cast<uint32_t>(c - u'a'));
    EXPECT_EQ(entry->attributes, kPlain);
  }
  EXPECT_FALSE(shape->Lookup(agent_.Key(u"missing")));
  EXPECT_FALSE(shape->parent()->Lookup(agent_.Key(u"z")));
  EXPECT_TRUE(shape->parent()->Lookup(agent_.Key(u"y")));
}

TEST_F(ShapeTest, AttributeChangesKeepSlotsAndAreShared) {
  Object* a = NewObject();
  Object* b = NewObject();
  for (Object* object : {a, b}) {
    Add(object, u"x", 1);
    Add(object, u"y", 2);
    Add(object, u"z", 3);
    object->StoreOwnProperty(agent_, agent_.Key(u"y"), PropertyDescriptor::Data(Value::Int32(9), false, true, true));
  }
  EXPECT_EQ(a->shape(), b->shape());
  auto y = a->shape()->Lookup(agent_.Key(u"y"));
  ASSERT_TRUE(y);
  EXPECT_EQ(y->slot, 1u);
  EXPECT_FALSE(y->attributes.writable());
  EXPECT_EQ(KeyNames(a->shape()), (std::vector<std::u16string>{u"x", u"y", u"z"}));
  EXPECT_EQ(a->GetOwnPropertyFromStorage(agent_.Key(u"z"))->value->AsInt32(), 3);
  EXPECT_EQ(a->GetOwnPropertyFromStorage(agent_.Key(u"y"))->value->AsInt32(), 9);
}

TEST_F(ShapeTest, RemovingTheLastPropertyGoesBackToTheParent) {
  Object* object = NewObject();
  Add(object, u"x", 1);
  Shape* after_x = object->shape();
  Add(object, u"y", 2);
  object->RemoveOwnProperty(agent_, agent_.Key(u"y"));
  EXPECT_EQ(object->shape(), after_x);
}

TEST_F(ShapeTest, RemovingAMiddlePropertyKeepsTheOrderOfTheRest) {
  Object* object = NewObject();
  Add(object, u"x", 1);
  Add(object, u"y", 2);
  Add(object, u"z", 3);
  object->RemoveOwnProperty(agent_, agent_.Key(u"y"));
  EXPECT_EQ(KeyNames(object->shape()), (std::vector<std::u16string>{u"x", u"z"}));
  EXPECT_EQ(object->GetOwnPropertyFromStorage(agent_.Key(u"z"))->value->AsInt32(), 3);
  EXPECT_FALSE(object->GetOwnPropertyFromStorage(agent_.Key(u"y")));
  Object* other = NewObject();
  Add(other, u"x", 0);
  Add(other, u"z", 0);
  EXPECT_EQ(object->shape(), other->shape());
}

TEST_F(ShapeTest, ChangingThePrototypeKeepsProperties) {
  Object* prototype = NewObject();
  Object* object = NewObject();
  Add(object, u"x", 1);
  Add(object, u"y", 2);
  object->set_prototype(agent_, prototype);
  EXPECT_EQ(object->prototype(), prototype);
  EXPECT_EQ(KeyNames(object->shape()), (std::vector<std::u16string>{u"x", u"y"}));
  EXPECT_EQ(object->GetOwnPropertyFromStorage(agent_.Key(u"y"))->value->AsInt32(), 2);
  object->set_prototype(agent_, nullptr);
  EXPECT_EQ(object->prototype(), nullptr);
  EXPECT_EQ(object->shape()->parent()->parent(), agent_.null_prototype_root_shape());
}

TEST_F(ShapeTest, UnusedTransitionsAreCollected) {
  Object* kept = NewObject();
  Add(kept, u"kept", 1);
  {
    Object* temporary = OrdinaryObjectCreate(agent_, nullptr);
    heap::Handle<Object> rooted(agent_.heap(), temporary);
    Add(temporary, u"temporary", 1);
    Add(temporary, u"more", 1);
    EXPECT_EQ(agent_.null_prototype_root_shape()->transition_count(), 2u);
  }
  agent_.heap().Collect();
  EXPECT_EQ(agent_.null_prototype_root_shape()->transition_count(), 1u);
  Object* again = NewObject();
  Add(again, u"kept", 5);
  EXPECT_EQ(again->shape(), kept->shape());
}

TEST_F(ShapeTest, ShapesSurviveGcStress) {
  agent_.heap().set_gc_stress(true);
  Object* object = NewObject();
  for (int i = 0; i < 20; ++i) Add(object, u"p" + std::u16string(1, u'a' + i), i);
  object->StoreOwnProperty(agent_, agent_.Key(u"pa"), PropertyDescriptor::Data(Value::Int32(7), false, false, false));
  object->RemoveOwnProperty(agent_, agent_.Key(u"pj"));
  Object* prototype = NewObject();
  object->set_prototype(agent_, prototype);
  EXPECT_EQ(object->shape()->property_count(), 19u);
  EXPECT_EQ(object->GetOwnPropertyFromStorage(agent_.Key(u"pa"))->value->AsInt32(), 7);
  EXPECT_EQ(object->GetOwnPropertyFromStorage(agent_.Key(u"pt"))->value->AsInt32(), 19);
  EXPECT_FALSE(object->GetOwnPropertyFromStorage(agent_.Key(u"pj")));
}

}  // namespace
}  // namespace async_runtime::interpreter
