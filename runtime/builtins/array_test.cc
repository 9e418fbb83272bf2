// Array exotic objects, the Array built-ins, Array iterators and
// AggregateError, through the VM. Run once more with
// --test_env=ASYNC_RUNTIME_GC_STRESS=1 to check rooting.
#include <gtest/gtest.h>

#include <string>

#include "runtime/builtins/realm_setup.h"
#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::builtins {
namespace {

class ArrayTest : public ::testing::Test {
 protected:
  ArrayTest() : vm_(agent_, MakeVmOptions()) {}

  // The completion value converted to a string by the script itself (scripts
  // end with a String expression), or "threw " + the error's constructor name.
  std::string Eval(const std::string& source) {
    auto result = vm_.EvaluateScript(source);
    if (result.is_throw_completion()) {
      Value thrown = result.thrown_value();
      if (thrown.IsObject()) {
        auto name = interpreter::Get(agent_, thrown.AsObject(), agent_.Key(u"name"));
        if (name.is_normal_completion() && name.value().IsString()) {
          return "threw " + name.value().AsString()->ToUtf8();
        }
      }
      if (thrown.IsString()) return "threw " + thrown.AsString()->ToUtf8();
      return "threw (other)";
    }
    Value value = result.value();
    if (value.IsString()) return value.AsString()->ToUtf8();
    if (value.IsBoolean()) return value.AsBoolean() ? "true" : "false";
    if (value.IsUndefined()) return "undefined";
    if (value.IsNumber()) {
      double number = value.AsNumber();
      if (number == static_cast<long long>(number)) return std::to_string(static_cast<long long>(number));
      return std::to_string(number);
    }
    return "(other)";
  }

  interpreter::Agent agent_;
  interpreter::vm::Vm vm_;
};

TEST_F(ArrayTest, LiteralsAreArrayExoticObjects) {
  EXPECT_EQ(Eval("[1, 2, 3].length"), "3");
  EXPECT_EQ(Eval("var a = [1, , 3]; a.length + ' ' + (1 in a) + ' ' + (2 in a)"), "3 false true");
  EXPECT_EQ(Eval("var a = [1,,]; a.length"), "2");
  EXPECT_EQ(Eval("var a = []; a[5] = 1; a.length"), "6");
  EXPECT_EQ(Eval("Array.isArray([]) + ' ' + Array.isArray({length: 0})"), "true false");
  EXPECT_EQ(Eval("[] instanceof Array"), "true");
  EXPECT_EQ(Eval("function f(a, ...rest) { return Array.isArray(rest) + ' ' + rest.length + rest.join(); } "
                 "f(1, 2, 3)"),
            "true 22,3");
}

TEST_F(ArrayTest, LengthSemantics) {
  EXPECT_EQ(Eval("var a = [1, 2, 3, 4]; a.length = 2; a.length + ' ' + (2 in a) + ' ' + a[1]"), "2 false 2");
  EXPECT_EQ(Eval("var a = [1]; try { a.length = -1; 'no' } catch (e) { e.name }"), "RangeError");
  EXPECT_EQ(Eval("var a = [1]; try { a.length = 1.5; 'no' } catch (e) { e.name }"), "RangeError");
  EXPECT_EQ(Eval("var a = []; a.length = '3'; a.length"), "3");
  EXPECT_EQ(Eval("var a = []; a[4294967294] = 'x'; a.length"), "4294967295");
  EXPECT_EQ(Eval("var a = []; a[4294967295] = 'x'; a.length"), "0");
  EXPECT_EQ(Eval("var a = [1, 2, 3]; for (var k in a) a.length; var s = ''; for (var k in a) s += k; s"), "012");
  EXPECT_EQ(Eval("var a = []; a[100000] = 1; a.length = 5; a.length + ' ' + a[100000]"), "5 undefined");
}

TEST_F(ArrayTest, ArrayConstructor) {
  EXPECT_EQ(Eval("new Array(3).length + ' ' + Array(2, 3).join('-') + ' ' + Array('x').join()"), "3 2-3 x");
  EXPECT_EQ(Eval("try { new Array(-1) } catch (e) { e.name }"), "RangeError");
  EXPECT_EQ(Eval("Array.of(7, 8).join() + ' ' + Array.of.length + ' ' + Array.length"), "7,8 0 1");
  EXPECT_EQ(Eval("Array.from({length: 2, 0: 'a', 1: 'b'}).join()"), "a,b");
  EXPECT_EQ(Eval("Array.from([1, 2, 3], function (x) { return x * 2; }).join()"), "2,4,6");
  EXPECT_EQ(Eval("Array.from('abc').join('|')"), "a|b|c");
}

TEST_F(ArrayTest, HarnessMethods) {
  EXPECT_EQ(Eval("[1, 2, 3].map(function (x) { return x + 1; }).join()"), "2,3,4");
  EXPECT_EQ(Eval("[1, 2, 3, 4].filter(function (x) { return x % 2; }).join()"), "1,3");
  EXPECT_EQ(Eval("var s = 0; [1, 2, 3].forEach(function (x) { s += x; }); s"), "6");
  EXPECT_EQ(Eval("var a = [1]; a.push(2, 3) + ' ' + a.join()"), "3 1,2,3");
  EXPECT_EQ(Eval("[1, 2, 3, 4].slice(1, -1).join() + ' ' + [1, 2].slice().length"), "2,3 2");
  EXPECT_EQ(Eval("[1, NaN, 3].indexOf(3) + ' ' + [NaN].indexOf(NaN) + ' ' + [NaN].includes(NaN)"), "2 -1 true");
  EXPECT_EQ(Eval("[1].concat([2, 3], 4, [[5]]).length"), "5");
  EXPECT_EQ(Eval("[1, 2].every(function (x) { return x > 0; }) + ' ' + [1, 2].some(function (x) { return x > 1; })"),
            "true true");
  EXPECT_EQ(Eval("[null, undefined, 1, 'a'].join('-')"), "--1-a");
  EXPECT_EQ(Eval("Array.prototype.join.call({length: 3, 0: 'x', 2: 'z'})"), "x,,z");
  EXPECT_EQ(Eval("[1, [2, 3]] + ''"), "1,2,3");
}

TEST_F(ArrayTest, GenericAlgorithmsOnArrayLikesWithGetters) {
  // Getters return fresh objects that nothing else references: under GC stress
  // they must stay rooted until the callback or Set has used them.
  const char* array_like =
      "var o = {length: 3, get 0() { return {v: 'a'}; }, get 1() { return {v: 'b'}; }, 2: {v: 'c'}};";
  EXPECT_EQ(Eval(std::string(array_like) +
                 "var s = ''; Array.prototype.forEach.call(o, function (x) { s += x.v; }); s"),
            "abc");
  EXPECT_EQ(Eval(std::string(array_like) +
                 "Array.prototype.map.call(o, function (x) { return x.v; }).join('')"),
            "abc");
  EXPECT_EQ(Eval(std::string(array_like) +
                 "Array.prototype.reduce.call(o, function (acc, x) { return acc + x.v; }, '')"),
            "abc");
  EXPECT_EQ(Eval("var o = {length: 3, 0: 'y', get 2() { return {v: 'x'}; }}; "
                 "Array.prototype.copyWithin.call(o, 0, 2); o[0].v + o.length"),
            "x3");
  EXPECT_EQ(Eval("var o = {length: 2, 0: 'a', get 1() { return {v: 'x'}; }}; Array.prototype.shift.call(o) + "
                 "o[0].v + o.length + (1 in o)"),
            "ax1false");
  EXPECT_EQ(Eval("var o = {length: 2, get 0() { return 'x'; }, 1: 'y'}; "
                 "try { Array.prototype.reverse.call(o); 'no' } catch (e) { e.name }"),
            "TypeError");
  // ArraySetLength converts the value twice (10.4.2.4 note).
  EXPECT_EQ(Eval("var n = 0; var a = [1, 2, 3]; a.length = {valueOf: function () { n++; return 1; }}; "
                 "n + ' ' + a.length"),
            "2 1");
}

TEST_F(ArrayTest, MutatorsAndCopies) {
  EXPECT_EQ(Eval("var a = [1, 2, 3]; a.pop() + ' ' + a.shift() + ' ' + a.join()"), "3 1 2");
  EXPECT_EQ(Eval("var a = [3, 4]; a.unshift(1, 2) + ' ' + a.join()"), "4 1,2,3,4");
  EXPECT_EQ(Eval("var a = [1, 2, 3, 4, 5]; var d = a.splice(1, 2, 'x'); d.join() + ' ' + a.join()"), "2,3 1,x,4,5");
  EXPECT_EQ(Eval("[1, 2, 3].reverse().join()"), "3,2,1");
  EXPECT_EQ(Eval("[1, 2, 3, 4, 5].copyWithin(0, 3).join()"), "4,5,3,4,5");
  EXPECT_EQ(Eval("new Array(3).fill(0).join()"), "0,0,0");
  EXPECT_EQ(Eval("[1, [2, [3, [4]]]].flat(Infinity).join()"), "1,2,3,4");
  EXPECT_EQ(Eval("[1, 2].flatMap(function (x) { return [x, x]; }).join()"), "1,1,2,2");
  EXPECT_EQ(Eval("[1, 2, 3].at(-1) + ' ' + [1, 2, 3].with(0, 9).join()"), "3 9,2,3");
  EXPECT_EQ(Eval("var a = [1, 2, 3]; a.toReversed().join() + ' ' + a.join()"), "3,2,1 1,2,3");
  EXPECT_EQ(Eval("[1, 2, 3, 4].toSpliced(1, 2, 'a').join()"), "1,a,4");
  EXPECT_EQ(Eval("[1, 2, 3].reduce(function (a, b) { return a + b; }) + ' ' + "
                 "['a', 'b'].reduceRight(function (a, b) { return a + b; }, '')"),
            "6 ba");
  EXPECT_EQ(Eval("try { [].reduce(function () {}) } catch (e) { e.name }"), "TypeError");
  EXPECT_EQ(Eval("[1, 2, 3, 2].lastIndexOf(2) + ' ' + [1, 2, 3].findLast(function (x) { return x < 3; }) + ' ' + "
                 "[1, 2, 3].findIndex(function (x) { return x == 2; })"),
            "3 2 1");
}

TEST_F(ArrayTest, SortIsStableAndPropagatesComparatorExceptions) {
  EXPECT_EQ(Eval("[3, 1, 10, 2].sort().join()"), "1,10,2,3");
  EXPECT_EQ(Eval("[3, 1, 10, 2].sort(function (a, b) { return a - b; }).join()"), "1,2,3,10");
  EXPECT_EQ(Eval("var a = []; for (var i = 0; i < 50; i++) a.push({k: i % 3, i: i}); "
                 "a.sort(function (x, y) { return x.k - y.k; }); var ok = true; "
                 "for (var i = 1; i < 50; i++) if (a[i - 1].k == a[i].k && a[i - 1].i > a[i].i) ok = false; ok"),
            "true");
  EXPECT_EQ(Eval("var a = [, undefined, 2, 1]; a.sort(); a.length + ' ' + a[0] + a[1] + a[2] + ' ' + (3 in a)"),
            "4 12undefined false");
  EXPECT_EQ(Eval("try { [2, 1].sort(function () { throw new RangeError('x'); }) } catch (e) { e.name }"),
            "RangeError");
  EXPECT_EQ(Eval("[3, 2, 1].toSorted().join()"), "1,2,3");
}

TEST_F(ArrayTest, Iterators) {
  EXPECT_EQ(Eval("var it = ['a', 'b'].values(); var r = it.next(); r.value + r.done + it.next().value + "
                 "it.next().done"),
            "afalsebtrue");
  EXPECT_EQ(Eval("var it = ['a'].entries(); var r = it.next().value; r[0] + r[1]"), "0a");
  EXPECT_EQ(Eval("['a', 'b'].keys().next().value"), "0");
  // Symbol-keyed properties, read from C++ (the Symbol global is another family's).
  ASSERT_EQ(Eval("''"), "");
  Realm* realm = agent_.current_realm();
  Object* array_prototype = realm->intrinsic(Intrinsic::kArrayPrototype);
  auto symbol_key = [&](WellKnownSymbol symbol) { return PropertyKey::FromSymbol(agent_.well_known_symbol(symbol)); };
  EXPECT_TRUE(MUST(interpreter::Get(agent_, array_prototype, symbol_key(WellKnownSymbol::kIterator)))
                  .IsIdenticalTo(MUST(interpreter::Get(agent_, array_prototype, agent_.Key(u"values")))));
  Value unscopables = MUST(interpreter::Get(agent_, array_prototype, symbol_key(WellKnownSymbol::kUnscopables)));
  ASSERT_TRUE(unscopables.IsObject());
  EXPECT_EQ(unscopables.AsObject()->prototype(), nullptr);
  EXPECT_TRUE(MUST(interpreter::Get(agent_, unscopables.AsObject(), agent_.Key(u"flat"))).IsBoolean());
  EXPECT_TRUE(MUST(interpreter::Get(agent_, unscopables.AsObject(), agent_.Key(u"map"))).IsUndefined());
  Object* iterator_prototype = realm->intrinsic(Intrinsic::kArrayIteratorPrototype);
  EXPECT_EQ(iterator_prototype->prototype(), realm->intrinsic(Intrinsic::kIteratorPrototype));
  Value tag = MUST(interpreter::Get(agent_, iterator_prototype, symbol_key(WellKnownSymbol::kToStringTag)));
  ASSERT_TRUE(tag.IsString());
  EXPECT_EQ(tag.AsString()->ToUtf8(), "Array Iterator");
  EXPECT_TRUE(MUST(interpreter::Get(agent_, realm->intrinsic(Intrinsic::kArray), symbol_key(WellKnownSymbol::kSpecies)))
                  .IsIdenticalTo(Value::FromObject(realm->intrinsic(Intrinsic::kArray))));
}

TEST_F(ArrayTest, SpeciesCreate) {
  EXPECT_EQ(Eval("var a = [1, 2]; a.constructor = undefined; Array.isArray(a.map(function (x) { return x; }))"),
            "true");
  EXPECT_EQ(Eval("var a = [1]; a.constructor = 1; try { a.slice() } catch (e) { e.name }"), "TypeError");
}

TEST_F(ArrayTest, AggregateError) {
  EXPECT_EQ(Eval("var e = new AggregateError([1, 2], 'msg'); e.errors.length + ' ' + e.message + ' ' + e.name + "
                 "' ' + (e instanceof Error) + ' ' + Array.isArray(e.errors)"),
            "2 msg AggregateError true true");
  EXPECT_EQ(Eval("AggregateError.length + ' [' + AggregateError.prototype.message + '] ' + "
                 "(AggregateError.prototype instanceof Error)"),
            "2 [] true");
  EXPECT_EQ(Eval("try { new AggregateError(1) } catch (e) { e.name }"), "TypeError");
}

TEST(ArrayObjectTest, DefineOwnPropertyAndSetLength) {
  interpreter::Agent agent;
  heap::Handle<interpreter::Realm> realm(agent.heap(), interpreter::CreateRealm(agent));
  agent.set_current_realm(realm);
  heap::Handle<interpreter::ArrayObject> array(agent.heap(), MUST(interpreter::ArrayCreate(agent, 0)));
  for (uint32_t i = 0; i < 10; ++i) {
    MUST(interpreter::CreateDataPropertyOrThrow(agent, array, interpreter::PropertyKey::ArrayIndex(i),
                                                Value::Int32(static_cast<int32_t>(i))));
  }
  EXPECT_EQ(array->length(), 10u);
  EXPECT_TRUE(array->HasDenseElement(9));
  // A non-configurable element stops the truncation just above it.
  MUST(interpreter::DefinePropertyOrThrow(agent, array, interpreter::PropertyKey::ArrayIndex(4),
                                          interpreter::PropertyDescriptor::Data(Value::Int32(4), true, true, false)));
  interpreter::PropertyDescriptor shorter;
  shorter.value = Value::Int32(2);
  EXPECT_FALSE(MUST(array->DefineOwnProperty(agent, agent.Key(u"length"), shorter)));
  EXPECT_EQ(array->length(), 5u);
  EXPECT_FALSE(array->HasDenseElement(5));
  EXPECT_TRUE(array->HasDenseElement(3));
  // Making length read-only forbids growing.
  interpreter::PropertyDescriptor read_only;
  read_only.writable = false;
  EXPECT_TRUE(MUST(array->DefineOwnProperty(agent, agent.Key(u"length"), read_only)));
  EXPECT_FALSE(array->length_writable());
  EXPECT_FALSE(MUST(interpreter::CreateDataProperty(agent, array, interpreter::PropertyKey::ArrayIndex(7),
                                                    Value::Int32(7))));
  EXPECT_EQ(array->length(), 5u);
}

TEST(ArrayObjectTest, SparseChainsDoNotGrowTheDenseStorageGeometrically) {
  interpreter::Agent agent;
  heap::Handle<interpreter::Realm> realm(agent.heap(), interpreter::CreateRealm(agent));
  agent.set_current_realm(realm);
  heap::Handle<interpreter::ArrayObject> array(agent.heap(), MUST(interpreter::ArrayCreate(agent, 0)));
  // test262 S15.4_A1.1_T10: x[k - 2] = k for k = 2, 4, 8, ..., 2^32.
  for (uint64_t k = 2; k <= (uint64_t{1} << 32); k *= 2) {
    MUST(interpreter::Set(agent, array, interpreter::PropertyKey::ArrayIndex(static_cast<uint32_t>(k - 2)),
                          Value::Number(static_cast<double>(k)), true));
  }
  EXPECT_EQ(array->length(), 4294967295u);
  EXPECT_LT(array->element_capacity(), 4096u);
  EXPECT_EQ(MUST(interpreter::Get(agent, array, interpreter::PropertyKey::ArrayIndex(1022))).AsNumber(), 1024);
  EXPECT_EQ(MUST(interpreter::Get(agent, array, interpreter::PropertyKey::ArrayIndex(4294967294u))).AsNumber(),
            4294967296.0);
}

}  // namespace
}  // namespace async_runtime::builtins
