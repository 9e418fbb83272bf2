// 25.1 ArrayBuffer: the constructor, the prototype's accessors and methods,
// and DetachArrayBuffer as the Test262 host calls it.
#include "runtime/builtins/array_buffer.h"
#include "runtime/builtins/data_view.h"

#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

TEST_F(PrimitivesTest, ArrayBufferConstructor) {
  EXPECT_EQ(Eval("ArrayBuffer.length + ArrayBuffer.name"), "1ArrayBuffer");
  EXPECT_EQ(Eval("new ArrayBuffer(8).byteLength"), "8");
  EXPECT_EQ(Eval("new ArrayBuffer().byteLength"), "0");
  EXPECT_EQ(Eval("new ArrayBuffer('3.7').byteLength"), "3");
  EXPECT_EQ(Eval("Object.getPrototypeOf(new ArrayBuffer(1)) === ArrayBuffer.prototype"), "true");
  EXPECT_EQ(Eval("Object.prototype.toString.call(new ArrayBuffer(1))"), "[object ArrayBuffer]");
  EXPECT_EQ(Eval("ArrayBuffer(1)"), "threw TypeError: Constructor ArrayBuffer requires 'new'");
  EXPECT_EQ(Eval("try { new ArrayBuffer(-1) } catch (e) { e.constructor.name }"), "RangeError");
  // Impossible Data Blocks are RangeErrors, not aborts.
  EXPECT_EQ(Eval("try { new ArrayBuffer(7 * 1125899906842624) } catch (e) { e.constructor.name }"), "RangeError");
  EXPECT_EQ(Eval("try { new ArrayBuffer(2 ** 53) } catch (e) { e.constructor.name }"), "RangeError");
  EXPECT_EQ(Eval("try { new ArrayBuffer(0, {maxByteLength: 2 ** 53 - 1}) } catch (e) { e.constructor.name }"),
            "RangeError");
  EXPECT_EQ(Eval("try { new ArrayBuffer(2, {maxByteLength: 1}) } catch (e) { e.constructor.name }"), "RangeError");
  // NewTarget's "prototype" is read before the length is compared with the allocation limit.
  EXPECT_EQ(Eval("var log = []; var nt = function(){}.bind(); Object.defineProperty(nt, 'prototype', "
                 "{get() { log.push('proto'); return Object.prototype; }});"
                 "try { Reflect.construct(ArrayBuffer, [2 ** 52], nt) } catch (e) { log.push(e.constructor.name) }"
                 "log.join()"),
            "proto,RangeError");
  EXPECT_EQ(Eval("class B extends ArrayBuffer {}; var b = new B(4); "
                 "(b instanceof B) + ' ' + b.byteLength"),
            "true 4");
  EXPECT_EQ(Eval("ArrayBuffer[Symbol.species] === ArrayBuffer"), "true");
  EXPECT_EQ(Eval("ArrayBuffer.isView(new ArrayBuffer(1)) + ' ' + ArrayBuffer.isView({}) + ' ' + "
                 "ArrayBuffer.isView(1)"),
            "false false false");
}

TEST_F(PrimitivesTest, ArrayBufferResizable) {
  EXPECT_EQ(Eval("var r = new ArrayBuffer(2, {maxByteLength: 8});"
                 "[r.resizable, r.byteLength, r.maxByteLength].join()"),
            "true,2,8");
  EXPECT_EQ(Eval("var f = new ArrayBuffer(3); [f.resizable, f.maxByteLength].join()"), "false,3");
  EXPECT_EQ(Eval("var r = new ArrayBuffer(2, {maxByteLength: 8}); r.resize(6); r.byteLength"), "6");
  EXPECT_EQ(Eval("var r = new ArrayBuffer(2, {maxByteLength: 8}); try { r.resize(9) } catch (e) { "
                 "e.constructor.name }"),
            "RangeError");
  EXPECT_EQ(Eval("try { new ArrayBuffer(2).resize(1) } catch (e) { e.constructor.name }"), "TypeError");
  EXPECT_EQ(Eval("new ArrayBuffer(0, {maxByteLength: undefined}).resizable"), "false");
}

TEST_F(PrimitivesTest, ArrayBufferSliceAndTransfer) {
  EXPECT_EQ(Eval("new ArrayBuffer(10).slice(2, -3).byteLength"), "5");
  EXPECT_EQ(Eval("new ArrayBuffer(10).slice(-2).byteLength"), "2");
  EXPECT_EQ(Eval("new ArrayBuffer(10).slice(8, 2).byteLength"), "0");
  EXPECT_EQ(Eval("var a = new ArrayBuffer(4); a.constructor = {[Symbol.species]: function() { return a; }};"
                 "try { a.slice() } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("var a = new ArrayBuffer(4); var t = a.transfer(); "
                 "[a.detached, a.byteLength, t.byteLength, t.detached].join()"),
            "true,0,4,false");
  EXPECT_EQ(Eval("var a = new ArrayBuffer(4, {maxByteLength: 16}); var t = a.transfer(8); "
                 "[t.resizable, t.byteLength, t.maxByteLength].join()"),
            "true,8,16");
  EXPECT_EQ(Eval("var a = new ArrayBuffer(4, {maxByteLength: 16}); var t = a.transferToFixedLength(); "
                 "[t.resizable, t.byteLength].join()"),
            "false,4");
  EXPECT_EQ(Eval("var a = new ArrayBuffer(4); a.transfer(); try { a.transfer() } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("var a = new ArrayBuffer(4); a.transfer(); try { a.slice() } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("var a = new ArrayBuffer(4, {maxByteLength: 8}); a.transfer(); "
                 "[a.byteLength, a.maxByteLength].join()"),
            "0,0");
  EXPECT_EQ(Eval("try { ArrayBuffer.prototype.byteLength } catch (e) { e.constructor.name }"), "TypeError");
}

TEST_F(PrimitivesTest, ArrayBufferDataSurvivesSliceResizeAndTransfer) {
  // No view exists yet to write bytes, so fill the block from C++ and read it back the same way.
  auto result = vm_.EvaluateScript("var source = new ArrayBuffer(6, {maxByteLength: 12}); source");
  ASSERT_FALSE(result.is_throw_completion());
  auto* source = dynamic_cast<ArrayBufferObject*>(result.value().AsObject());
  ASSERT_NE(source, nullptr);
  for (size_t i = 0; i < 6; ++i) source->array_buffer_data()->bytes()[i] = static_cast<uint8_t>(i + 1);
  auto bytes_of = [&](const char* script) {
    auto value = vm_.EvaluateScript(script);
    EXPECT_FALSE(value.is_throw_completion());
    auto* buffer = dynamic_cast<ArrayBufferObject*>(value.value().AsObject());
    std::string bytes;
    for (size_t i = 0; i < buffer->array_buffer_byte_length(); ++i) {
      bytes += std::to_string(buffer->array_buffer_data()->bytes()[i]);
    }
    return bytes;
  };
  EXPECT_EQ(bytes_of("source.slice(1, 4)"), "234");
  EXPECT_EQ(bytes_of("source.resize(8); source"), "12345600");
  EXPECT_EQ(bytes_of("source.resize(3); source"), "123");
  EXPECT_EQ(bytes_of("source.transfer(5)"), "12300");
}

TEST_F(PrimitivesTest, DetachArrayBufferHonoursTheDetachKey) {
  auto result = vm_.EvaluateScript("var buffer = new ArrayBuffer(4); buffer");
  ASSERT_FALSE(result.is_throw_completion());
  heap::Handle<ArrayBufferObject> buffer(agent_.heap(), dynamic_cast<ArrayBufferObject*>(result.value().AsObject()));
  buffer->set_array_buffer_detach_key(Value::Boolean(true));
  EXPECT_TRUE(DetachArrayBuffer(agent_, buffer.get()).is_throw_completion());
  EXPECT_FALSE(IsDetachedBuffer(buffer.get()));
  EXPECT_EQ(Eval("try { buffer.transfer() } catch (e) { e.constructor.name }"), "TypeError");
  EXPECT_FALSE(DetachArrayBuffer(agent_, buffer.get(), Value::Boolean(true)).is_throw_completion());
  EXPECT_TRUE(IsDetachedBuffer(buffer.get()));
  EXPECT_EQ(Eval("[buffer.detached, buffer.byteLength].join()"), "true,0");
}

TEST_F(PrimitivesTest, DataViewReadsAndWritesEveryElementType) {
  EXPECT_EQ(Eval("var v = new DataView(new ArrayBuffer(16), 2); [v.byteOffset, v.byteLength].join()"), "2,14");
  EXPECT_EQ(Eval("ArrayBuffer.isView(new DataView(new ArrayBuffer(1))) + ' ' + "
                 "Object.prototype.toString.call(new DataView(new ArrayBuffer(1)))"),
            "true [object DataView]");
  EXPECT_EQ(Eval("var v = new DataView(new ArrayBuffer(8)); v.setInt16(0, -2); "
                 "[v.getInt16(0), v.getUint16(0), v.getUint8(0), v.getUint8(1), v.getInt16(0, true)].join()"),
            "-2,65534,255,254,-257");
  EXPECT_EQ(Eval("var v = new DataView(new ArrayBuffer(8)); v.setUint32(0, 0x12345678, true); "
                 "[v.getUint8(0), v.getUint32(0, true), v.getInt32(0)].join()"),
            "120,305419896,2018915346");
  EXPECT_EQ(Eval("var v = new DataView(new ArrayBuffer(8)); v.setFloat64(0, Math.PI); v.getFloat64(0) === Math.PI"),
            "true");
  EXPECT_EQ(Eval("var v = new DataView(new ArrayBuffer(8)); v.setFloat32(0, 1.1); v.getFloat32(0) === Math.fround(1.1)"),
            "true");
  EXPECT_EQ(Eval("var v = new DataView(new ArrayBuffer(8)); "
                 "[1.337, 65504, 65520, -0, 1e-7, 5.960464477539063e-8, NaN, -Infinity].map(function (x) {"
                 "  v.setFloat16(0, x); return Object.is(v.getFloat16(0), Math.f16round(x)); }).join()"),
            "true,true,true,true,true,true,true,true");
  EXPECT_EQ(Eval("var v = new DataView(new ArrayBuffer(8)); v.setFloat16(0, 1); [v.getUint8(0), v.getUint8(1)].join()"),
            "60,0");
  EXPECT_EQ(Eval("var v = new DataView(new ArrayBuffer(8)); v.setBigInt64(0, -5n); "
                 "[v.getBigInt64(0), v.getBigUint64(0)].join()"),
            "-5,18446744073709551611");
  EXPECT_EQ(Eval("var v = new DataView(new ArrayBuffer(8)); try { v.setBigInt64(0, 1) } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("var v = new DataView(new ArrayBuffer(4)); try { v.getInt32(1) } catch (e) { e.constructor.name }"),
            "RangeError");
  EXPECT_EQ(Eval("try { new DataView(new ArrayBuffer(4), 5) } catch (e) { e.constructor.name }"), "RangeError");
  EXPECT_EQ(Eval("try { new DataView({}) } catch (e) { e.constructor.name }"), "TypeError");
}

TEST_F(PrimitivesTest, DataViewTracksAResizableBuffer) {
  EXPECT_EQ(Eval("var b = new ArrayBuffer(4, {maxByteLength: 16}); var v = new DataView(b, 2); b.resize(10); "
                 "v.byteLength"),
            "8");
  EXPECT_EQ(Eval("var b = new ArrayBuffer(8, {maxByteLength: 16}); var v = new DataView(b, 2, 4); b.resize(4); "
                 "try { v.byteLength } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("var b = new ArrayBuffer(8); var v = new DataView(b); b.transfer(); "
                 "try { v.getInt8(0) } catch (e) { e.constructor.name }"),
            "TypeError");
}

}  // namespace
}  // namespace async_runtime::builtins
