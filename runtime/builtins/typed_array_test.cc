// 10.4.5 TypedArray exotic objects and 23.2 %TypedArray% with the TypedArray constructors.
#include "runtime/builtins/typed_array.h"

#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

TEST_F(PrimitivesTest, TypedArrayConstructors) {
  EXPECT_EQ(Eval("[Int8Array.length, Int8Array.name, Float16Array.BYTES_PER_ELEMENT, "
                 "BigInt64Array.prototype.BYTES_PER_ELEMENT].join()"),
            "3,Int8Array,2,8");
  EXPECT_EQ(Eval("Object.getPrototypeOf(Uint8Array) === Object.getPrototypeOf(Float64Array)"), "true");
  EXPECT_EQ(Eval("var TA = Object.getPrototypeOf(Int8Array); TA.name + TA.length"), "TypedArray0");
  EXPECT_EQ(Eval("try { Object.getPrototypeOf(Int8Array)() } catch (e) { e.constructor.name }"), "TypeError");
  EXPECT_EQ(Eval("try { Int8Array(1) } catch (e) { e.constructor.name }"), "TypeError");
  EXPECT_EQ(Eval("new Int16Array(3).length + ' ' + new Int16Array(3).byteLength"), "3 6");
  EXPECT_EQ(Eval("Array.from(new Uint8Array([1, 2, 300]))"), "1,2,44");
  EXPECT_EQ(Eval("new Uint8ClampedArray([300, -5, 1.5, 2.5, 0.5]).join()"), "255,0,2,2,0");
  EXPECT_EQ(Eval("new Int8Array({length: 2, 0: 7, 1: -129}).join()"), "7,127");
  EXPECT_EQ(Eval("new Float32Array(new Int16Array([1, -2])).join()"), "1,-2");
  EXPECT_EQ(Eval("new Float16Array([1.337]).join()"), "1.3369140625");
  EXPECT_EQ(Eval("new BigInt64Array([-1n, 2n ** 63n]).join()"), "-1,-9223372036854775808");
  EXPECT_EQ(Eval("try { new BigInt64Array([1]) } catch (e) { e.constructor.name }"), "TypeError");
  EXPECT_EQ(Eval("try { new BigInt64Array(new Int8Array(1)) } catch (e) { e.constructor.name }"), "TypeError");
  EXPECT_EQ(Eval("var b = new ArrayBuffer(8); var v = new Int16Array(b, 2, 2); v[0] = 258;"
                 "[v.byteOffset, v.length, new Uint8Array(b).join()].join(' ')"),
            "2 2 0,0,2,1,0,0,0,0");
  EXPECT_EQ(Eval("try { new Int32Array(new ArrayBuffer(8), 2) } catch (e) { e.constructor.name }"), "RangeError");
  EXPECT_EQ(Eval("try { new Int32Array(new ArrayBuffer(6)) } catch (e) { e.constructor.name }"), "RangeError");
  EXPECT_EQ(Eval("ArrayBuffer.isView(new Int8Array(1)) + ' ' + ArrayBuffer.isView(new DataView(new ArrayBuffer(1)))"),
            "true true");
  EXPECT_EQ(Eval("class M extends Uint8Array {}; var m = new M(2); (m instanceof M) + ' ' + m.length"), "true 2");
}

TEST_F(PrimitivesTest, TypedArrayExoticObject) {
  EXPECT_EQ(Eval("var a = new Int8Array(2); a[5] = 1; a['-0'] = 1; a[1.5] = 1; a.foo = 1;"
                 "[a[5], a['-0'], a[1.5], 5 in a, '-0' in a, 1 in a, a.foo].join()"),
            ",,,false,false,true,1");
  EXPECT_EQ(Eval("Object.keys(Object.assign(new Int8Array(3), {x: 1})).join()"), "0,1,2,x");
  EXPECT_EQ(Eval("var a = new Int8Array(1); [delete a[0], delete a[1], Object.isFrozen(a)].join()"),
            "false,true,false");
  EXPECT_EQ(Eval("var a = new Int8Array(1); Reflect.defineProperty(a, 0, {value: 9, configurable: false})"),
            "false");
  EXPECT_EQ(Eval("var a = new Int8Array(1); Reflect.defineProperty(a, 0, {value: 9}) + ' ' + a[0]"), "true 9");
  EXPECT_EQ(Eval("JSON.stringify(Object.getOwnPropertyDescriptor(new Uint8Array([4]), '0'))"),
            "{\"value\":4,\"writable\":true,\"enumerable\":true,\"configurable\":true}");
  // A TypedArray on the prototype chain answers integer-indexed keys itself.
  EXPECT_EQ(Eval("var o = Object.create(new Int8Array(1)); o[0] = 5; o[3] = 7;"
                 "[o[0], o.hasOwnProperty(0), o[3], o.hasOwnProperty(3)].join()"),
            "5,true,,false");
  EXPECT_EQ(Eval("var a = new Int8Array([1, 2, 3]); var s = 0; for (var x of a) s += x; s + ' ' + [...a.keys()]"),
            "6 0,1,2");
  EXPECT_EQ(Eval("Array.prototype.map.call(new Int8Array([1, 2]), x => x * 2).join()"), "2,4");
}

TEST_F(PrimitivesTest, TypedArrayOnResizableAndDetachedBuffers) {
  EXPECT_EQ(Eval("var r = new ArrayBuffer(4, {maxByteLength: 16}); var t = new Uint16Array(r); var f = new "
                 "Uint16Array(r, 0, 2); r.resize(8); var a = [t.length, f.length]; r.resize(2);"
                 "a.push(t.length, f.length, f.byteOffset, f[0]); a.join()"),
            "4,2,1,0,0,");
  EXPECT_EQ(Eval("var a = new Int8Array(4); a.buffer.transfer(); [a.length, a.byteLength, a[0]].join()"), "0,0,");
  EXPECT_EQ(Eval("var a = new Int8Array(4); a.buffer.transfer(); try { a.fill(1) } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("var a = new Int8Array(4); var it = a.values(); a.buffer.transfer();"
                 "try { it.next() } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("var r = new ArrayBuffer(4, {maxByteLength: 8}); Object.isExtensible(Object.preventExtensions("
                 "new Int8Array(4))) + ' ' + Reflect.preventExtensions(new Int8Array(r))"),
            "false false");
}

TEST_F(PrimitivesTest, TypedArrayPrototypeMethods) {
  EXPECT_EQ(Eval("new Int8Array([3, 1, 2]).sort().join()"), "1,2,3");
  EXPECT_EQ(Eval("new Float64Array([NaN, -0, 0, -Infinity, 1]).sort().join()"), "-Infinity,0,0,1,NaN");
  EXPECT_EQ(Eval("Object.is(new Float64Array([0, -0]).sort()[0], -0)"), "true");
  EXPECT_EQ(Eval("new BigInt64Array([3n, -1n, 2n]).toSorted().join()"), "-1,2,3");
  EXPECT_EQ(Eval("new Int8Array([1, 2, 3]).toReversed().join() + ' ' + new Int8Array([1, 2, 3]).with(-1, 9)"),
            "3,2,1 1,2,9");
  EXPECT_EQ(Eval("new Int8Array([1, 2, 3, 4, 5]).copyWithin(0, 3).join()"), "4,5,3,4,5");
  EXPECT_EQ(Eval("new Int8Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3).join()"), "1,1,2,3,5");
  EXPECT_EQ(Eval("new Int8Array(4).fill(7, 1, -1).join()"), "0,7,7,0");
  EXPECT_EQ(Eval("new Int8Array([1, 2, 3, 4]).filter(x => x % 2).join()"), "1,3");
  EXPECT_EQ(Eval("new Int8Array([1, 2, 3]).map(x => x * 100).join()"), "100,-56,44");
  EXPECT_EQ(Eval("var a = new Int8Array([1, 2, 3]);"
                 "[a.at(-1), a.find(x => x > 1), a.findIndex(x => x > 1), a.findLast(x => x < 3),"
                 " a.findLastIndex(x => x > 5), a.includes(2), a.indexOf(3), a.lastIndexOf(1),"
                 " a.reduce((s, x) => s + x), a.reduceRight((s, x) => s + x, ''), a.every(x => x > 0),"
                 " a.some(x => x > 2)].join(' ')"),
            "3 2 1 2 -1 true 2 0 6 321 true true");
  EXPECT_EQ(Eval("var a = new Int8Array([1, 2, 3, 4]); var s = a.subarray(1, 3); s[0] = 9;"
                 "[a.join(), s.length, s.byteOffset, a.slice(-2).join()].join(' ')"),
            "1,9,3,4 2 1 3,4");
  EXPECT_EQ(Eval("var a = new Int8Array(4); a.set([1, 2], 1); a.set(new Int16Array([5]), 3); a.join()"), "0,1,2,5");
  EXPECT_EQ(Eval("var a = new Uint8Array([1, 2, 3, 4]); a.set(a.subarray(0, 3), 1); a.join()"), "1,1,2,3");
  EXPECT_EQ(Eval("try { new Int8Array(2).set([1, 2, 3]) } catch (e) { e.constructor.name }"), "RangeError");
  EXPECT_EQ(Eval("Int16Array.from([1, 2], x => x * 3).join() + ' ' + Int16Array.of(4, 5).join()"), "3,6 4,5");
  EXPECT_EQ(Eval("Object.prototype.toString.call(new Float16Array(1)) + new Uint8Array(1)[Symbol.toStringTag]"),
            "[object Float16Array]Uint8Array");
  EXPECT_EQ(Eval("var P = Object.getPrototypeOf(Int8Array.prototype);"
                 "(P.toString === Array.prototype.toString) + ' ' + (P[Symbol.iterator] === P.values)"),
            "true true");
  EXPECT_EQ(Eval("new Int8Array([1, 2]).toLocaleString() + ' ' + new Int8Array(0).join()"), "1,2 ");
  EXPECT_EQ(Eval("[...new Int8Array([5, 6]).entries()].join(';')"), "0,5;1,6");
  EXPECT_EQ(Eval("class S extends Int8Array { static get [Symbol.species]() { return Int16Array; } };"
                 "var r = new S([1, 2]).map(x => x); r.constructor.name"),
            "Int16Array");
}

// 23.3 Uint8Array base64 and hex.
TEST_F(PrimitivesTest, Uint8ArrayBase64AndHex) {
  EXPECT_EQ(Eval("new Uint8Array([72, 105, 33]).toBase64() + ' ' + new Uint8Array([251, 255]).toBase64()"),
            "SGkh +/8=");
  EXPECT_EQ(Eval("new Uint8Array([251, 255]).toBase64({alphabet: 'base64url', omitPadding: true})"), "-_8");
  EXPECT_EQ(Eval("Uint8Array.fromBase64(' SG kh\\n').join() + ' ' + Uint8Array.fromBase64('-_8', {alphabet: 'base64url'}).join()"),
            "72,105,33 251,255");
  EXPECT_EQ(Eval("try { Uint8Array.fromBase64('SGk', {lastChunkHandling: 'strict'}) } catch (e) { e.name }"),
            "SyntaxError");
  EXPECT_EQ(Eval("Uint8Array.fromBase64('SGk', {lastChunkHandling: 'stop-before-partial'}).length"), "0");
  EXPECT_EQ(Eval("try { Uint8Array.fromBase64('SGl=', {lastChunkHandling: 'strict'}) } catch (e) { e.name }"),
            "SyntaxError");
  EXPECT_EQ(Eval("Uint8Array.fromBase64('SGl=').join()"), "72,105");
  EXPECT_EQ(Eval("var t = new Uint8Array(4); var r = t.setFromBase64('SGkhSGkh'); r.read + ' ' + r.written + ' ' + t.join()"),
            "4 3 72,105,33,0");
  EXPECT_EQ(Eval("new Uint8Array([0, 15, 255]).toHex() + ' ' + Uint8Array.fromHex('0aFf').join()"), "000fff 10,255");
  EXPECT_EQ(Eval("var t = new Uint8Array(1); var r = t.setFromHex('abcd'); r.read + ' ' + r.written + ' ' + t[0]"),
            "2 1 171");
  EXPECT_EQ(Eval("try { Uint8Array.fromHex('abc') } catch (e) { e.name }"), "SyntaxError");
  EXPECT_EQ(Eval("try { Uint8Array.prototype.toHex.call(new Int8Array(1)) } catch (e) { e.name }"), "TypeError");
  EXPECT_EQ(Eval("try { Uint8Array.fromBase64('AA', {alphabet: 'other'}) } catch (e) { e.name }"), "TypeError");
}

}  // namespace
}  // namespace async_runtime::builtins
