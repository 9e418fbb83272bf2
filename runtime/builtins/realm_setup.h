// The whole set of built-ins for a realm: 9.3.2 CreateIntrinsics (the
// families beyond the VM's minimum, in dependency order) followed by 9.3.3
// SetDefaultGlobalBindings. Pass InitializeRealm as
// VmOptions::initialize_realm, or use MakeVmOptions().
#pragma once

#include "runtime/builtins/builtin_function.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::builtins {

// Creates every intrinsic of this file's families in `realm` and defines the
// global object's properties.
void InitializeRealm(Agent& agent, Realm* realm);

// 9.3.3 SetDefaultGlobalBindings ( realmRec )
// https://tc39.es/ecma262/#sec-setdefaultglobalbindings
void SetDefaultGlobalBindings(Agent& agent, Realm* realm_rec);

// VmOptions whose realms have all the built-ins.
interpreter::vm::VmOptions MakeVmOptions();

}  // namespace async_runtime::builtins
