// 25.2 SharedArrayBuffer and 25.4 Atomics, and the shared paths of ArrayBuffer, DataView and TypedArray.
#include "runtime/builtins/shared_array_buffer.h"

#include "runtime/builtins/atomics.h"
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

TEST_F(PrimitivesTest, SharedArrayBufferConstructorAndPrototype) {
  EXPECT_EQ(Eval("[SharedArrayBuffer.length, SharedArrayBuffer.name, new SharedArrayBuffer(5).byteLength].join()"),
            "1,SharedArrayBuffer,5");
  EXPECT_EQ(Eval("try { SharedArrayBuffer(1) } catch (e) { e.constructor.name }"), "TypeError");
  EXPECT_EQ(Eval("Object.prototype.toString.call(new SharedArrayBuffer(1))"), "[object SharedArrayBuffer]");
  EXPECT_EQ(Eval("SharedArrayBuffer[Symbol.species] === SharedArrayBuffer"), "true");
  EXPECT_EQ(Eval("var s = new SharedArrayBuffer(2); [s.growable, s.maxByteLength].join()"), "false,2");
  EXPECT_EQ(Eval("try { new SharedArrayBuffer(3, {maxByteLength: 2}) } catch (e) { e.constructor.name }"),
            "RangeError");
  // Growing: never shrinks, never past maxByteLength; length-tracking views follow.
  EXPECT_EQ(Eval("var g = new SharedArrayBuffer(2, {maxByteLength: 8}); var u = new Uint8Array(g); u[1] = 7;"
                 "g.grow(6); u[5] = 9; [g.growable, g.byteLength, g.maxByteLength, u.length, u.join('')].join()"),
            "true,6,8,6,070009");
  EXPECT_EQ(Eval("var g = new SharedArrayBuffer(4, {maxByteLength: 8}); g.grow(4);"
                 "var r = []; for (var n of [2, 9]) { try { g.grow(n) } catch (e) { r.push(e.constructor.name) } }"
                 "r.join() + g.byteLength"),
            "RangeError,RangeError4");
  EXPECT_EQ(Eval("try { new SharedArrayBuffer(4).grow(4) } catch (e) { e.constructor.name }"), "TypeError");
  // slice copies into a new SharedArrayBuffer from the species constructor.
  EXPECT_EQ(Eval("var s = new SharedArrayBuffer(4); new Uint8Array(s).set([1, 2, 3, 4]);"
                 "var t = s.slice(1, -1); [t instanceof SharedArrayBuffer, t.byteLength, new Uint8Array(t)].join()"),
            "true,2,2,3");
  EXPECT_EQ(Eval("var s = new SharedArrayBuffer(4); s.constructor = {[Symbol.species]: function() { return s }};"
                 "try { s.slice() } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("var s = new SharedArrayBuffer(4);"
                 "s.constructor = {[Symbol.species]: function(n) { return new ArrayBuffer(n) }};"
                 "try { s.slice() } catch (e) { e.constructor.name }"),
            "TypeError");
}

TEST_F(PrimitivesTest, ArrayBufferAndSharedArrayBufferMethodsRejectEachOther) {
  for (const char* getter : {"byteLength", "detached", "maxByteLength", "resizable"}) {
    EXPECT_EQ(Eval(std::string("try { Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, '") + getter +
                   "').get.call(new SharedArrayBuffer(1)) } catch (e) { e.constructor.name }"),
              "TypeError")
        << getter;
  }
  for (const char* method : {"slice", "resize", "transfer", "transferToFixedLength"}) {
    EXPECT_EQ(Eval(std::string("try { ArrayBuffer.prototype.") + method +
                   ".call(new SharedArrayBuffer(1, {maxByteLength: 2})) } catch (e) { e.constructor.name }"),
              "TypeError")
        << method;
  }
  for (const char* getter : {"byteLength", "growable", "maxByteLength"}) {
    EXPECT_EQ(Eval(std::string("try { Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, '") + getter +
                   "').get.call(new ArrayBuffer(1)) } catch (e) { e.constructor.name }"),
              "TypeError")
        << getter;
  }
  EXPECT_EQ(Eval("try { SharedArrayBuffer.prototype.grow.call(new ArrayBuffer(1, {maxByteLength: 2}), 2) }"
                 " catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("var a = new ArrayBuffer(2);"
                 "a.constructor = {[Symbol.species]: function(n) { return new SharedArrayBuffer(n) }};"
                 "try { a.slice() } catch (e) { e.constructor.name }"),
            "TypeError");
}

TEST_F(PrimitivesTest, ViewsOfSharedArrayBuffers) {
  EXPECT_EQ(Eval("var d = new DataView(new SharedArrayBuffer(4)); d.setInt16(1, -2);"
                 "[d.getInt16(1), d.buffer instanceof SharedArrayBuffer].join()"),
            "-2,true");
  EXPECT_EQ(Eval("var g = new SharedArrayBuffer(2, {maxByteLength: 4}); var d = new DataView(g); g.grow(4);"
                 "d.byteLength"),
            "4");
  // A fixed-length TypedArray on a growable SharedArrayBuffer is fixed-length (the buffer never shrinks), so
  // it can be made non-extensible; a length-tracking one cannot.
  EXPECT_EQ(Eval("var t = new Int8Array(new SharedArrayBuffer(2, {maxByteLength: 4}), 0, 2);"
                 "Reflect.preventExtensions(t)"),
            "true");
  EXPECT_EQ(Eval("var t = new Int8Array(new SharedArrayBuffer(2, {maxByteLength: 4}));"
                 "Reflect.preventExtensions(t)"),
            "false");
  EXPECT_EQ(Eval("var s = new Int16Array(new SharedArrayBuffer(8)); s.set([1, 2, 3]); s.set(s.subarray(0, 2), 1);"
                 "s.join()"),
            "1,1,2,0");
}

TEST_F(PrimitivesTest, AtomicsReadModifyWrite) {
  EXPECT_EQ(Eval("Object.prototype.toString.call(Atomics) + typeof Atomics"), "[object Atomics]object");
  EXPECT_EQ(Eval("var a = new Int8Array(new SharedArrayBuffer(4));"
                 "[Atomics.store(a, 0, 127), Atomics.add(a, 0, 1), Atomics.load(a, 0), Atomics.sub(a, 0, 1),"
                 " a[0]].join()"),
            "127,127,-128,-128,127");
  EXPECT_EQ(Eval("var a = new Uint16Array(4);"
                 "[Atomics.or(a, 1, 0xf0), Atomics.and(a, 1, 0x3c), Atomics.xor(a, 1, 0xff), a[1],"
                 " Atomics.exchange(a, 1, -1), a[1]].join()"),
            "0,240,48,207,207,65535");
  EXPECT_EQ(Eval("var a = new Int32Array(new SharedArrayBuffer(8));"
                 "[Atomics.compareExchange(a, 1, 0, 5), Atomics.compareExchange(a, 1, 0, 9), a[1]].join()"),
            "0,5,5");
  EXPECT_EQ(Eval("var a = new BigInt64Array(new SharedArrayBuffer(16));"
                 "[Atomics.store(a, 0, 2n ** 63n), a[0], Atomics.add(a, 1, -1n), Atomics.sub(a, 1, 1n),"
                 " Atomics.compareExchange(a, 1, -2n, 3n), Atomics.load(a, 1)].join()"),
            "9223372036854775808,-9223372036854775808,0,-1,-2,3");
  EXPECT_EQ(Eval("var a = new BigUint64Array(2); [Atomics.sub(a, 0, 1n), a[0]].join()"),
            "0,18446744073709551615");
  EXPECT_EQ(Eval("Object.is(Atomics.store(new Int32Array(1), 0, -0), 0) + ' ' + Atomics.store(new Int32Array(1), 0, 3.7)"),
            "true 3");
  EXPECT_EQ(Eval("try { Atomics.add(new Float64Array(1), 0, 1) } catch (e) { e.constructor.name }"), "TypeError");
  EXPECT_EQ(Eval("try { Atomics.load(new Uint8ClampedArray(1), 0) } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("try { Atomics.load(new Int32Array(2), 2) } catch (e) { e.constructor.name }"), "RangeError");
  EXPECT_EQ(Eval("try { Atomics.load({}, 0) } catch (e) { e.constructor.name }"), "TypeError");
  // The value is coerced after the index is validated, and the access is revalidated after the coercion.
  EXPECT_EQ(Eval("var b = new ArrayBuffer(8, {maxByteLength: 8}); var a = new Int32Array(b);"
                 "try { Atomics.store(a, 1, {valueOf() { b.resize(4); return 1 }}) } catch (e) { e.constructor.name }"),
            "RangeError");
  EXPECT_EQ(Eval("[1, 2, 3, 4, 8, 'x'].map(n => typeof Atomics.isLockFree(n)).join() + Atomics.isLockFree(4) +"
                 " Atomics.isLockFree(3)"),
            "boolean,boolean,boolean,boolean,boolean,booleantruefalse");
  EXPECT_EQ(Eval("[Atomics.pause(), Atomics.pause.length].join()"), ",0");
}

TEST_F(PrimitivesTest, AtomicsWaitAndNotify) {
  EXPECT_EQ(Eval("[Atomics.notify(new Int32Array(4), 0), Atomics.notify(new Int32Array(new SharedArrayBuffer(8)), 1, 2),"
                 " Atomics.notify(new BigInt64Array(new SharedArrayBuffer(8)), 0)].join()"),
            "0,0,0");
  EXPECT_EQ(Eval("try { Atomics.notify(new Int16Array(4), 0) } catch (e) { e.constructor.name }"), "TypeError");
  // Atomics.wait validates every argument, then throws: this agent cannot suspend.
  EXPECT_EQ(Eval("try { Atomics.wait(new Int32Array(4), 0, 0, 0) } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("try { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 1, 0, 0) }"
                 " catch (e) { e.constructor.name }"),
            "RangeError");
  EXPECT_EQ(Eval("var log = [];"
                 "try { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0,"
                 " {valueOf() { log.push('value'); return 0 }}, {valueOf() { log.push('timeout'); return 0 }}) }"
                 " catch (e) { log.push(e.constructor.name) } log.join()"),
            "value,timeout,TypeError");
}

}  // namespace
}  // namespace async_runtime::builtins
