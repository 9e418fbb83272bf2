// Private names and class elements (6.2.10 PrivateElement, 7.3.27-7.3.33):
// the operations the class instructions of the interpreter use.
#pragma once

#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::interpreter::vm {

// 7.3.26 PrivateElementFind ( O, P ): nullptr when O has no element P.
// https://tc39.es/ecma262/#sec-privateelementfind
PrivateElement* PrivateElementFind(Object* o, PrivateName* p);

// 7.3.27 PrivateFieldAdd ( O, P, value )
// https://tc39.es/ecma262/#sec-privatefieldadd
ThrowCompletionOr<void> PrivateFieldAdd(Agent& agent, Object* o, PrivateName* p, Value value);

// 7.3.28 PrivateMethodOrAccessorAdd ( O, method )
// https://tc39.es/ecma262/#sec-privatemethodoraccessoradd
ThrowCompletionOr<void> PrivateMethodOrAccessorAdd(Agent& agent, Object* o, const PrivateElement& method);

// 7.3.30 PrivateGet ( O, P )
// https://tc39.es/ecma262/#sec-privateget
ThrowCompletionOr<Value> PrivateGet(Agent& agent, Object* o, PrivateName* p);

// 7.3.31 PrivateSet ( O, P, value )
// https://tc39.es/ecma262/#sec-privateset
ThrowCompletionOr<void> PrivateSet(Agent& agent, Object* o, PrivateName* p, Value value);

// 7.3.32 DefineField ( receiver, fieldRecord )
// https://tc39.es/ecma262/#sec-definefield
ThrowCompletionOr<void> DefineField(Agent& agent, Object* receiver, const ClassElementDefinition& field_record);

}  // namespace async_runtime::interpreter::vm
