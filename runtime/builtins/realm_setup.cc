#include "runtime/builtins/realm_setup.h"

#include "runtime/async/module.h"

#include "runtime/builtins/aggregate_error.h"
#include "runtime/builtins/array.h"
#include "runtime/builtins/array_buffer.h"
#include "runtime/builtins/data_view.h"
#include "runtime/builtins/typed_array_builtins.h"
#include "runtime/builtins/uint8array_base64.h"
#include "runtime/builtins/shared_array_buffer.h"
#include "runtime/builtins/atomics.h"
#include "runtime/builtins/bigint.h"
#include "runtime/builtins/boolean.h"
#include "runtime/builtins/date.h"
#include "runtime/builtins/disposable_stack.h"
#include "runtime/builtins/iterator_dispose.h"
#include "runtime/builtins/suppressed_error.h"
#include "runtime/builtins/dynamic_function.h"
#include "runtime/builtins/error.h"
#include "runtime/builtins/function.h"
#include "runtime/builtins/generator.h"
#include "runtime/builtins/global_functions.h"
#include "runtime/builtins/iterator.h"
#include "runtime/builtins/json.h"
#include "runtime/builtins/map.h"
#include "runtime/builtins/math.h"
#include "runtime/builtins/number.h"
#include "runtime/builtins/object.h"
#include "runtime/builtins/async_generator.h"
#include "runtime/builtins/async_iterator_prototype.h"
#include "runtime/builtins/async_from_sync_iterator.h"
#include "runtime/builtins/array_from_async.h"
#include "runtime/builtins/promise.h"
#include "runtime/builtins/proxy.h"
#include "runtime/builtins/reflect.h"
#include "runtime/builtins/regexp.h"
#include "runtime/builtins/string.h"
#include "runtime/builtins/set.h"
#include "runtime/builtins/symbol.h"
#include "runtime/builtins/weak_collections.h"

namespace async_runtime::builtins {

void InitializeRealm(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 9.3.2 CreateIntrinsics, after the prototypes interpreter::CreateIntrinsics made: "The creation of the
  // intrinsics and their properties must be ordered to avoid any dependencies upon objects that have not
  // yet been created."
  CreateFunctionPrototypeProperties(agent, realm);
  CreateErrorIntrinsics(agent, realm);
  CreateArrayIntrinsics(agent, realm);
  CreateAggregateErrorIntrinsics(agent, realm);
  CreateSuppressedErrorIntrinsics(agent, realm);
  CreateGeneratorIntrinsics(agent, realm);
  CreateIteratorIntrinsics(agent, realm);  // after Array and Generator: completes their %Iterator.prototype%
  CreateAsyncGeneratorIntrinsics(agent, realm);  // before DynamicFunction: %AsyncGeneratorFunction% links to it
  CreateIteratorDisposeIntrinsics(agent, realm);  // after Iterator: %Iterator.prototype%[%Symbol.dispose%]
  CreateDynamicFunctionIntrinsics(agent, realm);
  CreateObjectIntrinsics(agent, realm);
  CreateReflectIntrinsics(agent, realm);
  CreateProxyIntrinsics(agent, realm);
  CreateGlobalFunctionIntrinsics(agent, realm);  // before Number: Number.parseInt is %parseInt%
  CreateBooleanIntrinsics(agent, realm);
  CreateSymbolIntrinsics(agent, realm);
  CreateNumberIntrinsics(agent, realm);
  CreateBigIntIntrinsics(agent, realm);
  CreateStringIntrinsics(agent, realm);
  CreateRegExpIntrinsics(agent, realm);  // after String: adds String.prototype.match/matchAll/search
  CreateMathIntrinsics(agent, realm);
  CreateDateIntrinsics(agent, realm);
  CreateJSONIntrinsics(agent, realm);
  CreateMapIntrinsics(agent, realm);
  CreateSetIntrinsics(agent, realm);
  CreateWeakCollectionIntrinsics(agent, realm);
  CreatePromiseIntrinsics(agent, realm);
  EnsureAsyncIteratorPrototype(agent, realm);
  CreateAsyncFromSyncIteratorIntrinsics(agent, realm);
  CreateArrayFromAsyncIntrinsics(agent, realm);
  CreateDisposableStackIntrinsics(agent, realm);
  CreateArrayBufferIntrinsics(agent, realm);
  CreateDataViewIntrinsics(agent, realm);
  CreateTypedArrayIntrinsics(agent, realm);  // after Array: %TypedArray.prototype%.toString is Array's
  CreateUint8ArrayBase64Intrinsics(agent, realm);
  CreateSharedArrayBufferIntrinsics(agent, realm);
  CreateAtomicsIntrinsics(agent, realm);
  CreateAsyncDisposableStackIntrinsics(agent, realm);  // after Promise: disposeAsync makes %Promise% promises
  SetDefaultGlobalBindings(agent, realm);
}

// 9.3.3 SetDefaultGlobalBindings ( realmRec )
// https://tc39.es/ecma262/#sec-setdefaultglobalbindings
void SetDefaultGlobalBindings(Agent& agent, Realm* realm_rec) {
  heap::Handle<Realm> realm(agent.heap(), realm_rec);
  // 1. Let global be realmRec.[[GlobalObject]].
  heap::Handle<Object> global(agent.heap(), realm->global_object());
  // 2. For each property of the Global Object specified in clause 19, do
  //    a. Let name be the String value of the property name.
  //    b. Let desc be the fully populated data Property Descriptor for the property, containing the specified
  //       attributes for the property. For properties listed in 19.2, 19.3, or 19.4 the value of the [[Value]]
  //       attribute is the corresponding intrinsic object from realmRec.
  //    c. Perform ? DefinePropertyOrThrow(global, name, desc).
  //    (19.1 value properties are defined by the VM; the intrinsics below that exist are defined
  //    { [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: true }.)
  struct GlobalBinding {
    const char16_t* name;
    Intrinsic intrinsic;
  };
  static constexpr GlobalBinding kBindings[] = {
      // 19.2 Function Properties of the Global Object
      {u"eval", Intrinsic::kEval},
      {u"isFinite", Intrinsic::kIsFinite},
      {u"isNaN", Intrinsic::kIsNaN},
      {u"parseFloat", Intrinsic::kParseFloat},
      {u"parseInt", Intrinsic::kParseInt},
      {u"decodeURI", Intrinsic::kDecodeURI},
      {u"decodeURIComponent", Intrinsic::kDecodeURIComponent},
      {u"encodeURI", Intrinsic::kEncodeURI},
      {u"encodeURIComponent", Intrinsic::kEncodeURIComponent},
      // B.2.1 Additional Properties of the Global Object
      {u"escape", Intrinsic::kEscape},
      {u"unescape", Intrinsic::kUnescape},
      // 19.3 Constructor Properties of the Global Object
      {u"AggregateError", Intrinsic::kAggregateError},
      {u"Array", Intrinsic::kArray},
      {u"ArrayBuffer", Intrinsic::kArrayBuffer},
      {u"AsyncDisposableStack", Intrinsic::kAsyncDisposableStack},
      {u"BigInt", Intrinsic::kBigInt},
      {u"BigInt64Array", Intrinsic::kBigInt64Array},
      {u"BigUint64Array", Intrinsic::kBigUint64Array},
      {u"Boolean", Intrinsic::kBoolean},
      {u"DataView", Intrinsic::kDataView},
      {u"Date", Intrinsic::kDate},
      {u"DisposableStack", Intrinsic::kDisposableStack},
      {u"Error", Intrinsic::kError},
      {u"EvalError", Intrinsic::kEvalError},
      {u"FinalizationRegistry", Intrinsic::kFinalizationRegistry},
      {u"Float16Array", Intrinsic::kFloat16Array},
      {u"Float32Array", Intrinsic::kFloat32Array},
      {u"Float64Array", Intrinsic::kFloat64Array},
      {u"Function", Intrinsic::kFunction},
      {u"Int8Array", Intrinsic::kInt8Array},
      {u"Int16Array", Intrinsic::kInt16Array},
      {u"Int32Array", Intrinsic::kInt32Array},
      {u"Iterator", Intrinsic::kIterator},
      {u"Map", Intrinsic::kMap},
      {u"Number", Intrinsic::kNumber},
      {u"Object", Intrinsic::kObject},
      {u"Promise", Intrinsic::kPromise},
      {u"Proxy", Intrinsic::kProxy},
      {u"RangeError", Intrinsic::kRangeError},
      {u"ReferenceError", Intrinsic::kReferenceError},
      {u"RegExp", Intrinsic::kRegExp},
      {u"Set", Intrinsic::kSet},
      {u"SharedArrayBuffer", Intrinsic::kSharedArrayBuffer},
      {u"String", Intrinsic::kString},
      {u"SuppressedError", Intrinsic::kSuppressedError},
      {u"Symbol", Intrinsic::kSymbol},
      {u"SyntaxError", Intrinsic::kSyntaxError},
      {u"TypeError", Intrinsic::kTypeError},
      {u"Uint8Array", Intrinsic::kUint8Array},
      {u"Uint8ClampedArray", Intrinsic::kUint8ClampedArray},
      {u"Uint16Array", Intrinsic::kUint16Array},
      {u"Uint32Array", Intrinsic::kUint32Array},
      {u"URIError", Intrinsic::kURIError},
      {u"WeakMap", Intrinsic::kWeakMap},
      {u"WeakRef", Intrinsic::kWeakRef},
      {u"WeakSet", Intrinsic::kWeakSet},
      // 19.4 Other Properties of the Global Object
      {u"Atomics", Intrinsic::kAtomics},
      {u"JSON", Intrinsic::kJSON},
      {u"Math", Intrinsic::kMath},
      {u"Reflect", Intrinsic::kReflect},
  };
  for (const GlobalBinding& binding : kBindings) {
    Object* value = realm->intrinsic(binding.intrinsic);
    if (value == nullptr) continue;  // a family not implemented yet: no global binding rather than a stub
    DefineBuiltinData(agent, global, binding.name, Value::FromObject(value));
  }
  // 3. Return unused.
}

interpreter::vm::VmOptions MakeVmOptions() {
  interpreter::vm::VmOptions options;
  options.initialize_realm = InitializeRealm;
  // 7.4.4 GetIterator ( obj, async ) for for-await and yield* in async generators.
  options.get_async_iterator = GetAsyncIterator;
  // 13.3.10 import() and 13.3.12 import.meta (the module loading itself is the host's: Agent::HostHooks).
  options.import_call = async::EvaluateImportCall;
  options.import_meta = async::EvaluateImportMeta;
  return options;
}

}  // namespace async_runtime::builtins
