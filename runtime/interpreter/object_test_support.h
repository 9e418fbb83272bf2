// Shared fixture for the object-model tests: an Agent, rooted helpers, and
// the same tests run with and without gc-stress.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/object_operations.h"

namespace async_runtime::interpreter::testing {

class ObjectModelTest : public ::testing::TestWithParam<bool> {
 protected:
  ObjectModelTest() { agent_.heap().set_gc_stress(GetParam()); }

  template <typename T>
  T* Root(T* cell) {
    handles_.emplace_back(agent_.heap(), cell);
    return cell;
  }
  Object* NewObject(Object* prototype = nullptr) { return Root(OrdinaryObjectCreate(agent_, prototype)); }
  NativeFunction* NewFunction(NativeFunction::Behaviour behaviour) {
    return Root(NativeFunction::Create(agent_, std::move(behaviour)));
  }
  Value NewString(std::u16string_view text) {
    return Value::FromString(Root(agent_.Allocate<PrimitiveString>(std::u16string(text))));
  }
  Symbol* NewSymbol(std::u16string_view description) {
    return Root(agent_.Allocate<Symbol>(agent_.strings().Intern(description)));
  }
  PropertyKey Key(std::u16string_view name) { return agent_.Key(name); }
  static Value V(Object* object) { return Value::FromObject(object); }
  static Value I(int32_t number) { return Value::Int32(number); }

  std::optional<PropertyDescriptor> Own(Object* object, std::u16string_view name) {
    return MUST(object->GetOwnProperty(agent_, Key(name)));
  }
  bool Define(Object* object, std::u16string_view name, const PropertyDescriptor& descriptor) {
    return MUST(object->DefineOwnProperty(agent_, Key(name), descriptor));
  }

  Agent agent_;
  std::deque<heap::Handle<heap::Cell>> handles_;
};

inline std::string ParamName(const ::testing::TestParamInfo<bool>& info) {
  return info.param ? "GcStress" : "Normal";
}

}  // namespace async_runtime::interpreter::testing
