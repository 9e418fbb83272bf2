#include "runtime/interpreter/vm/classes.h"

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::interpreter::vm {

namespace {

std::u16string Describe(PrivateName* p) { return std::u16string(p->description()->code_units()); }

}  // namespace

// 7.3.26 PrivateElementFind ( O, P )
// https://tc39.es/ecma262/#sec-privateelementfind
PrivateElement* PrivateElementFind(Object* o, PrivateName* p) {
  // 1. If O.[[PrivateElements]] contains a PrivateElement pe such that pe.[[Key]] is P, then return pe.
  if (!o->has_private_elements()) return nullptr;
  for (PrivateElement& element : o->private_elements()) {
    if (element.key == p) return &element;
  }
  // 2. Return empty.
  return nullptr;
}

// 7.3.27 PrivateFieldAdd ( O, P, value )
// https://tc39.es/ecma262/#sec-privatefieldadd
ThrowCompletionOr<void> PrivateFieldAdd(Agent& agent, Object* o, PrivateName* p, Value value) {
  // 1. If the host is a web browser, then perform ? HostEnsureCanAddPrivateElement(O). (Not a browser.)
  // 2. Let entry be PrivateElementFind(O, P).
  // 3. If entry is not empty, throw a TypeError exception.
  if (PrivateElementFind(o, p) != nullptr) {
    return ThrowTypeError(agent, u"Cannot initialize " + Describe(p) + u" twice on the same object");
  }
  // 4. Append PrivateElement { [[Key]]: P, [[Kind]]: field, [[Value]]: value } to O.[[PrivateElements]].
  o->private_elements().push_back({p, PrivateElement::Kind::kField, value, Value::Undefined(), Value::Undefined()});
  // 5. Return unused.
  return {};
}

// 7.3.28 PrivateMethodOrAccessorAdd ( O, method )
// https://tc39.es/ecma262/#sec-privatemethodoraccessoradd
ThrowCompletionOr<void> PrivateMethodOrAccessorAdd(Agent& agent, Object* o, const PrivateElement& method) {
  // 1. Assert: method.[[Kind]] is either method or accessor.
  // 2. If the host is a web browser, then perform ? HostEnsureCanAddPrivateElement(O).
  // 3. Let entry be PrivateElementFind(O, method.[[Key]]).
  // 4. If entry is not empty, throw a TypeError exception.
  auto* key = static_cast<PrivateName*>(method.key);
  if (PrivateElementFind(o, key) != nullptr) {
    return ThrowTypeError(agent, u"Cannot initialize private methods of class twice on the same object");
  }
  // 5. Append method to O.[[PrivateElements]].
  o->private_elements().push_back(method);
  // 6. Return unused.
  return {};
}

// 7.3.30 PrivateGet ( O, P )
// https://tc39.es/ecma262/#sec-privateget
ThrowCompletionOr<Value> PrivateGet(Agent& agent, Object* o, PrivateName* p) {
  // 1. Let entry be PrivateElementFind(O, P).
  PrivateElement* entry = PrivateElementFind(o, p);
  // 2. If entry is empty, throw a TypeError exception.
  if (entry == nullptr) {
    return ThrowTypeError(agent, u"Cannot read private member " + Describe(p) +
                                     u" from an object whose class did not declare it");
  }
  // 3. If entry.[[Kind]] is either field or method, then return entry.[[Value]].
  if (entry->kind != PrivateElement::Kind::kAccessor) return entry->value;
  // 4. Assert: entry.[[Kind]] is accessor.
  // 5. If entry.[[Get]] is undefined, throw a TypeError exception.
  if (entry->get.IsUndefined()) return ThrowTypeError(agent, u"'" + Describe(p) + u"' was defined without a getter");
  // 6. Let getter be entry.[[Get]].
  Value getter = entry->get;
  // 7. Return ? Call(getter, O).
  return Call(agent, getter, Value::FromObject(o), {});
}

// 7.3.31 PrivateSet ( O, P, value )
// https://tc39.es/ecma262/#sec-privateset
ThrowCompletionOr<void> PrivateSet(Agent& agent, Object* o, PrivateName* p, Value value) {
  // 1. Let entry be PrivateElementFind(O, P).
  PrivateElement* entry = PrivateElementFind(o, p);
  // 2. If entry is empty, throw a TypeError exception.
  if (entry == nullptr) {
    return ThrowTypeError(agent, u"Cannot write private member " + Describe(p) +
                                     u" to an object whose class did not declare it");
  }
  // 3. If entry.[[Kind]] is field, then set entry.[[Value]] to value.
  if (entry->kind == PrivateElement::Kind::kField) {
    entry->value = value;
    return {};
  }
  // 4. Else if entry.[[Kind]] is method, then throw a TypeError exception.
  if (entry->kind == PrivateElement::Kind::kMethod) {
    return ThrowTypeError(agent, u"Private method '" + Describe(p) + u"' is not writable");
  }
  // 5. Else: a. Assert: entry.[[Kind]] is accessor.
  // b. If entry.[[Set]] is undefined, throw a TypeError exception.
  if (entry->set.IsUndefined()) return ThrowTypeError(agent, u"'" + Describe(p) + u"' was defined without a setter");
  // c. Let setter be entry.[[Set]]. d. Perform ? Call(setter, O, « value »).
  Value setter = entry->set;
  TRY(Call(agent, setter, Value::FromObject(o), std::span<const Value>(&value, 1)));
  // 6. Return unused.
  return {};
}

// 7.3.32 DefineField ( receiver, fieldRecord )
// https://tc39.es/ecma262/#sec-definefield
ThrowCompletionOr<void> DefineField(Agent& agent, Object* receiver, const ClassElementDefinition& field_record) {
  heap::Handle<Object> rooted_receiver(agent.heap(), receiver);
  // 1. Let fieldName be fieldRecord.[[Name]].
  RootedValue field_name(agent.heap(), field_record.name);
  // 2. Let initializer be fieldRecord.[[Initializer]].
  // 3. If initializer is not empty, then let initValue be ? Call(initializer, receiver).
  // 4. Else, let initValue be undefined.
  RootedValue init_value(agent.heap());
  if (field_record.initializer != nullptr) {
    init_value = TRY(Call(agent, Value::FromObject(field_record.initializer), Value::FromObject(rooted_receiver), {}));
  }
  // 5. If fieldName is a Private Name, then perform ? PrivateFieldAdd(receiver, fieldName, initValue).
  if (field_name->IsInternalCell()) {
    TRY(PrivateFieldAdd(agent, rooted_receiver, static_cast<PrivateName*>(field_name->AsCell()), init_value));
  } else {
    // 6. Else, a. Assert: fieldName is a property key. b. Perform ? CreateDataPropertyOrThrow(receiver, fieldName, initValue).
    TRY(CreateDataPropertyOrThrow(agent, rooted_receiver, PropertyKey::FromValue(agent.strings(), field_name),
                                  init_value));
  }
  // 7. Return unused.
  return {};
}

// 7.3.33 InitializeInstanceElements ( O, constructor )
// https://tc39.es/ecma262/#sec-initializeinstanceelements
ThrowCompletionOr<void> Vm::InitializeInstanceElements(Object* o, ECMAScriptFunctionObject* constructor_function) {
  heap::Handle<Object> rooted_o(agent_.heap(), o);
  heap::Handle<ECMAScriptFunctionObject> constructor(agent_.heap(), constructor_function);
  // 1. Let methods be the value of constructor.[[PrivateMethods]].
  // 2. For each PrivateElement method of methods, do: Perform ? PrivateMethodOrAccessorAdd(O, method).
  for (size_t i = 0; i < constructor->private_methods().size(); ++i) {
    PrivateElement method = constructor->private_methods()[i];
    TRY(PrivateMethodOrAccessorAdd(agent_, rooted_o, method));
  }
  // 3. Let fields be the value of constructor.[[Fields]].
  // 4. For each element fieldRecord of fields, do: Perform ? DefineField(O, fieldRecord).
  for (size_t i = 0; i < constructor->fields().size(); ++i) {
    ClassElementDefinition field = constructor->fields()[i];
    TRY(DefineField(agent_, rooted_o, field));
  }
  // 5. Return unused.
  return {};
}

}  // namespace async_runtime::interpreter::vm
