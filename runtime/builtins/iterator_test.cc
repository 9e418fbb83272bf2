// %Iterator%, Iterator.from and the iterator helpers (27.1.2-27.1.3) through
// the VM. Run also with --test_env=ASYNC_RUNTIME_GC_STRESS=1 (a collection at
// every allocation) to check the rooting of helper state and callbacks.
#include "runtime/builtins/script_test_support.h"

namespace async_runtime::builtins {
namespace {

using IteratorTest = BuiltinsScriptTest;

// An iterator over 1..n (not inheriting from Iterator.prototype) that logs
// next and return calls into `log`.
constexpr const char* kLoggingIterator = R"JS(
var log = [];
function counting(n) {
  var i = 0;
  return {
    next: function () { log.push('next'); i++; return { value: i, done: i > n }; },
    return: function () { log.push('return'); return {}; },
  };
}
function helper(n) { return Iterator.prototype.map.call(counting(n), function (x) { return x; }); }
)JS";

TEST_F(IteratorTest, ConstructorIsAbstract) {
  EXPECT_EQ(Eval("typeof Iterator + ' ' + Iterator.length + ' ' + Iterator.name"), "function 0 Iterator");
  EXPECT_EQ(ThrownName("new Iterator()"), "TypeError");
  EXPECT_EQ(ThrownName("Iterator()"), "TypeError");
  EXPECT_EQ(Eval("class MyIterator extends Iterator {} var m = new MyIterator(); "
                 "(m instanceof Iterator) + ' ' + "
                 "(Object.getPrototypeOf(MyIterator.prototype) === Iterator.prototype)"),
            "true true");
  EXPECT_EQ(Eval("Iterator.prototype === Object.getPrototypeOf(Object.getPrototypeOf([].values()))"), "true");
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Iterator, 'prototype')"), "wec");
  EXPECT_EQ(Eval("Object.getPrototypeOf(Iterator) === Function.prototype"), "true");
}

TEST_F(IteratorTest, PrototypeConstructorAndToStringTagAreWeirdAccessors) {
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Iterator.prototype, 'constructor')"), "GSeC");
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Iterator.prototype, Symbol.toStringTag)"), "GSeC");
  EXPECT_EQ(Eval("Iterator.prototype.constructor === Iterator"), "true");
  EXPECT_EQ(Eval("Iterator.prototype[Symbol.toStringTag] + ' ' + "
                 "Object.prototype.toString.call([].values().map(x => x))"),
            "Iterator [object Iterator Helper]");
  // Setting on the prototype itself throws; on an inheriting object it defines an own data property.
  EXPECT_EQ(ThrownName("Iterator.prototype.constructor = 1"), "TypeError");
  EXPECT_EQ(ThrownName("Object.getOwnPropertyDescriptor(Iterator.prototype, Symbol.toStringTag).set.call(1, 'x')"),
            "TypeError");
  EXPECT_EQ(Eval("var o = Object.create(Iterator.prototype); o[Symbol.toStringTag] = 'Mine'; "
                 "o.constructor = 5; Object.prototype.toString.call(o) + ' ' + o.constructor + ' ' + "
                 "Object.getOwnPropertyDescriptor(o, 'constructor').writable + ' ' + "
                 "(Iterator.prototype.constructor === Iterator)"),
            "[object Mine] 5 true true");
}

TEST_F(IteratorTest, PropertyLengthsAndNames) {
  EXPECT_EQ(Eval(std::string(kDescribe) +
                 "['map','filter','take','drop','flatMap','reduce','toArray','forEach','some','every','find']"
                 ".map(function (k) { return describe(Iterator.prototype, k); }).join(' ')"),
            "1|map|WeC 1|filter|WeC 1|take|WeC 1|drop|WeC 1|flatMap|WeC 1|reduce|WeC 0|toArray|WeC "
            "1|forEach|WeC 1|some|WeC 1|every|WeC 1|find|WeC");
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Iterator, 'from')"), "1|from|WeC");
  EXPECT_EQ(Eval("var p = Object.getPrototypeOf([].values().map(x => x)); "
                 "(Object.getPrototypeOf(p) === Iterator.prototype) + ' ' + p.next.length + ' ' + p.return.name + "
                 "' ' + p[Symbol.toStringTag]"),
            "true 0 return Iterator Helper");
}

TEST_F(IteratorTest, LazyHelpers) {
  EXPECT_EQ(Eval("[1, 2, 3].values().map((x, i) => x * 10 + i).toArray().join()"), "10,21,32");
  EXPECT_EQ(Eval("[1, 2, 3, 4, 5].values().filter((x, i) => x % 2 === 1).toArray().join()"), "1,3,5");
  EXPECT_EQ(Eval("[1, 2, 3, 4, 5].values().take(2).toArray().join()"), "1,2");
  EXPECT_EQ(Eval("[1, 2, 3, 4, 5].values().drop(3).toArray().join()"), "4,5");
  EXPECT_EQ(Eval("[1, 2, 3].values().drop(Infinity).toArray().length"), "0");
  EXPECT_EQ(Eval("[1, 2, 3].values().take(Infinity).toArray().join()"), "1,2,3");
  EXPECT_EQ(Eval("[1, 2].values().flatMap((x, i) => [x, x * 10 + i]).toArray().join()"), "1,10,2,21");
  EXPECT_EQ(Eval("['ab', 'c'].values().flatMap(s => new String(s)).toArray().join()"), "a,b,c");
  EXPECT_EQ(ThrownName("[1].values().flatMap(x => 'ab').toArray()"), "TypeError");
  EXPECT_EQ(Eval("function* g() { yield 1; yield 2; yield 3; } "
                 "g().map(x => x + 1).filter(x => x !== 3).take(5).toArray().join()"),
            "2,4");
  // Laziness: nothing is pulled until next().
  EXPECT_EQ(Eval(std::string(kLoggingIterator) + "var h = helper(2); var before = log.join(); h.next(); "
                 "'[' + before + '] ' + log.join()"),
            "[] next");
}

TEST_F(IteratorTest, HelperGeneratorStateMachine) {
  // Completed helpers answer { undefined, true } without touching the underlying iterator.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) + "var h = helper(1); h.next(); var r = h.next(); var s = h.next(); "
                 "r.done + ' ' + s.value + ' ' + s.done + ' ' + log.join()"),
            "true undefined true next,next");
  // return() before start closes the underlying iterator once and completes the helper.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) + "var h = helper(3); var r = h.return(); var n = h.next(); "
                 "h.return(); r.done + ' ' + n.done + ' ' + log.join()"),
            "true true return");
  // return() while suspended at a Yield closes the underlying iterator.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) + "var h = helper(3); h.next(); var r = h.return(); "
                 "r.value + ' ' + r.done + ' ' + log.join()"),
            "undefined true next,return");
  // Re-entering a running helper is a TypeError (GeneratorValidate: executing).
  EXPECT_EQ(Eval("var h; var it = [1, 2].values(); "
                 "h = it.map(function () { try { h.next(); return 'no'; } catch (e) { return e.constructor.name; } });"
                 "h.next().value"),
            "TypeError");
  EXPECT_EQ(Eval("var h; h = [1].values().map(function () { try { h.return(); return 'no'; } "
                 "catch (e) { return e.constructor.name; } }); h.next().value"),
            "TypeError");
  // The brand: another object (even a generator) is rejected.
  EXPECT_EQ(ThrownName("var next = [].values().map(x => x).next; next.call((function* () {})())"), "TypeError");
  EXPECT_EQ(ThrownName("var ret = [].values().map(x => x).return; ret.call({})"), "TypeError");
  // take closes the underlying iterator when the limit is reached.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var t = Iterator.prototype.take.call(counting(5), 1); t.next(); var r = t.next(); "
                 "r.done + ' ' + log.join()"),
            "true next,return");
}

TEST_F(IteratorTest, ArgumentValidationClosesTheIterator) {
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var names = [];"
                 "['map', 'filter', 'flatMap', 'forEach', 'some', 'every', 'find', 'reduce'].forEach(function (m) {"
                 "  try { Iterator.prototype[m].call(counting(1), 42); } catch (e) { names.push(e.constructor.name); }"
                 "}); names.join() + ' ' + log.length + ' ' + log[0]"),
            "TypeError,TypeError,TypeError,TypeError,TypeError,TypeError,TypeError,TypeError 8 return");
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var names = [];"
                 "[NaN, -1, 2 ** 53, 'x'].forEach(function (limit) {"
                 "  try { Iterator.prototype.take.call(counting(1), limit); }"
                 "  catch (e) { names.push(e.constructor.name); }"
                 "  try { Iterator.prototype.drop.call(counting(1), limit); }"
                 "  catch (e) { names.push(e.constructor.name); }"
                 "}); names.join() + ' ' + log.length"),
            "RangeError,RangeError,RangeError,RangeError,RangeError,RangeError,RangeError,RangeError 8");
  // ToNumber is called before anything else; its error closes too, and is the one thrown.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "try { Iterator.prototype.take.call(counting(1), { valueOf() { throw new SyntaxError('v'); } }); }"
                 "catch (e) { e.constructor.name + ' ' + log.join() }"),
            "SyntaxError return");
  // -0.5 truncates to 0, which is accepted.
  EXPECT_EQ(Eval("[1, 2].values().take(-0.5).toArray().length"), "0");
  // A non-object this throws before anything.
  EXPECT_EQ(ThrownName("Iterator.prototype.map.call(1, x => x)"), "TypeError");
  // "next" is read once, at creation, after validation.
  EXPECT_EQ(Eval("var gets = 0; var it = { get next() { gets++; var i = 0; "
                 "return function () { return { value: ++i, done: i > 3 }; }; } };"
                 "Object.setPrototypeOf(it, Iterator.prototype); var m = it.map(x => x); var before = gets; "
                 "m.toArray().join() + ' ' + before + ' ' + gets"),
            "1,2,3 1 1");
}

TEST_F(IteratorTest, CallbackThrowsClosesTheIterator) {
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var h = Iterator.prototype.map.call(counting(3), function () { throw new EvalError('m'); });"
                 "var name; try { h.next(); } catch (e) { name = e.constructor.name; } "
                 "name + ' ' + log.join() + ' ' + h.next().done"),
            "EvalError next,return true");
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var name; try { Iterator.prototype.some.call(counting(3), function () { throw new EvalError(); }); }"
                 "catch (e) { name = e.constructor.name; } name + ' ' + log.join()"),
            "EvalError next,return");
  // flatMap: a non-iterable mapper result closes the outer iterator; return() closes inner then outer.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var name; try { Iterator.prototype.flatMap.call(counting(3), x => 1).next(); }"
                 "catch (e) { name = e.constructor.name; } name + ' ' + log.join()"),
            "TypeError next,return");
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var inner = { i: 0, next() { return { value: 'in', done: false }; },"
                 "  return() { log.push('inner return'); return {}; } };"
                 "var f = Iterator.prototype.flatMap.call(counting(3), x => inner); f.next(); f.return(); log.join()"),
            "next,inner return,return");
  // An underlying next() that throws does not close the underlying iterator.
  EXPECT_EQ(Eval("var closed = false; var it = Object.create(Iterator.prototype); "
                 "it.next = function () { throw new URIError(); };"
                 "it.return = function () { closed = true; return {}; };"
                 "var name; try { it.map(x => x).next(); } catch (e) { name = e.constructor.name; }"
                 "name + ' ' + closed"),
            "URIError false");
}

TEST_F(IteratorTest, EagerMethods) {
  EXPECT_EQ(Eval("[1, 2, 3].values().reduce((a, b, i) => a + b * i)"), "9");
  EXPECT_EQ(Eval("[1, 2, 3].values().reduce((a, b, i) => a + ':' + b + '@' + i, 'x')"), "x:1@0:2@1:3@2");
  EXPECT_EQ(ThrownName("[].values().reduce((a, b) => a)"), "TypeError");
  EXPECT_EQ(Eval("[].values().reduce((a, b) => a, 'init')"), "init");
  EXPECT_EQ(Eval("var s = ''; [1, 2].values().forEach((v, i) => { s += v + '@' + i + ' '; }); s"), "1@0 2@1 ");
  EXPECT_EQ(Eval(std::string(kLoggingIterator) + "Iterator.prototype.some.call(counting(5), x => x === 2) + ' ' + "
                 "log.join()"),
            "true next,next,return");
  EXPECT_EQ(Eval("[1, 2].values().some(x => x > 5)"), "false");
  EXPECT_EQ(Eval("[1, 2].values().every(x => x > 0) + ' ' + [1, 2].values().every(x => x > 1)"), "true false");
  EXPECT_EQ(Eval("[1, 2, 3].values().find(x => x > 1) + ' ' + [1].values().find(x => x > 1)"), "2 undefined");
  EXPECT_EQ(Eval("var a = [1, 2].values().toArray(); Array.isArray(a) + ' ' + a.join()"), "true 1,2");
}

TEST_F(IteratorTest, IteratorFrom) {
  EXPECT_EQ(Eval("var it = [1].values(); Iterator.from(it) === it"), "true");
  EXPECT_EQ(Eval("Iterator.from('ab').toArray().join()"), "a,b");
  EXPECT_EQ(Eval("Iterator.from([3, 4]).map(x => x * 2).toArray().join()"), "6,8");
  EXPECT_EQ(ThrownName("Iterator.from(5)"), "TypeError");
  EXPECT_EQ(ThrownName("Iterator.from(null)"), "TypeError");
  // An iterator that does not inherit from Iterator.prototype is wrapped.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var w = Iterator.from(counting(2)); var p = Object.getPrototypeOf(w);"
                 "(w instanceof Iterator) + ' ' + (p.next !== undefined) + ' ' + w.map(x => x * 3).toArray().join() + "
                 "' ' + Object.keys(p).length"),
            "true true 3,6 0");
  EXPECT_EQ(Eval(std::string(kLoggingIterator) + "var w = Iterator.from(counting(2)); w.next(); "
                 "var r = w.return(); log.join() + ' ' + typeof r"),
            "next,return object");
  EXPECT_EQ(Eval("var w = Iterator.from({ next() { return { done: true }; } }); var r = w.return(); "
                 "r.value + ' ' + r.done"),
            "undefined true");
  EXPECT_EQ(ThrownName("var w = Iterator.from({ next() {} }); w.next.call({})"), "TypeError");
}

TEST_F(IteratorTest, Concat) {
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Iterator, 'concat')"), "0|concat|WeC");
  EXPECT_EQ(Eval("var it = Iterator.concat([1, 2], new Set([3]), 'ab'.split(''));"
                 "Object.prototype.toString.call(it) + ' ' + it.toArray().join()"),
            "[object Iterator Helper] 1,2,3,a,b");
  EXPECT_EQ(Eval("Iterator.concat().next().done"), "true");
  // Validation happens eagerly, before any iterator is opened.
  EXPECT_EQ(ThrownName("Iterator.concat([1], 'ab')"), "TypeError");
  EXPECT_EQ(ThrownName("Iterator.concat({})"), "TypeError");
  EXPECT_EQ(Eval("var opened = 0; var it = Iterator.concat({ [Symbol.iterator]() { opened++; return [7].values(); } });"
                 "var before = opened; var v = it.next().value; before + ',' + opened + ',' + v"),
            "0,1,7");
  // The open method's result must be an object.
  EXPECT_EQ(ThrownName("Iterator.concat({ [Symbol.iterator]() { return 1; } }).next()"), "TypeError");
  // return() while suspended on an inner iterator closes that iterator; before start it closes nothing.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var it = Iterator.concat({ [Symbol.iterator]() { return counting(3); } });"
                 "it.next(); var r = it.return(); log.join() + ' ' + r.done + ' ' + it.next().done"),
            "next,return true true");
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var it = Iterator.concat({ [Symbol.iterator]() { return counting(3); } });"
                 "it.return(); log.length + ' ' + it.next().done"),
            "0 true");
}

TEST_F(IteratorTest, Zip) {
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Iterator, 'zip') + ' ' + describe(Iterator, 'zipKeyed')"),
            "1|zip|WeC 1|zipKeyed|WeC");
  EXPECT_EQ(Eval("Iterator.zip([[1, 2, 3], 'ab'.split('')]).toArray().map(a => a.join(':')).join()"), "1:a,2:b");
  EXPECT_EQ(Eval("Iterator.zip([[1, 2, 3], [4]], { mode: 'longest', padding: ['x', 'y'] })"
                 ".toArray().map(a => a.join(':')).join()"),
            "1:4,2:y,3:y");
  EXPECT_EQ(Eval("Iterator.zip([[1], [2, 3]], { mode: 'longest' }).toArray().map(a => a.join(':')).join()"), "1:2,:3");
  EXPECT_EQ(Eval("Iterator.zip([[1, 2], [3, 4]], { mode: 'strict' }).toArray().length"), "2");
  EXPECT_EQ(ThrownName("Iterator.zip([[1, 2], [3]], { mode: 'strict' }).toArray()"), "TypeError");
  EXPECT_EQ(ThrownName("Iterator.zip([[1], [3, 4]], { mode: 'strict' }).toArray()"), "TypeError");
  EXPECT_EQ(ThrownName("Iterator.zip(1)"), "TypeError");
  EXPECT_EQ(ThrownName("Iterator.zip([], 1)"), "TypeError");
  EXPECT_EQ(ThrownName("Iterator.zip([], { mode: 'other' })"), "TypeError");
  EXPECT_EQ(ThrownName("Iterator.zip([], { mode: new String('strict') })"), "TypeError");
  EXPECT_EQ(ThrownName("Iterator.zip([], { mode: 'longest', padding: 1 })"), "TypeError");
  // Primitives (even strings) are rejected as iterables; the iterators already opened are closed.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "try { Iterator.zip([counting(2), 'ab']); } catch (e) { log.join() + ' ' + e.constructor.name }"),
            "return TypeError");
  // shortest: when one iterator is done, the others are closed.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var r = Iterator.zip([[1], counting(5)]).toArray(); r.length + ' ' + log.join()"),
            "1 next,return");
  // return() closes the open iterators in reverse order.
  EXPECT_EQ(Eval("var log = []; function it(name) { return { next() { return { value: name, done: false }; },"
                 "  return() { log.push(name); return {}; } }; }"
                 "var z = Iterator.zip([it('a'), it('b'), it('c')]); z.next(); z.return(); log.join()"),
            "c,b,a");
  EXPECT_EQ(Eval("var log = []; function it(name) { return { next() { return { value: name, done: false }; },"
                 "  return() { log.push(name); return {}; } }; }"
                 "var z = Iterator.zip([it('a'), it('b')]); z.return(); log.join() + ' ' + z.next().done"),
            "b,a true");
}

TEST_F(IteratorTest, ZipKeyed) {
  EXPECT_EQ(Eval("var r = Iterator.zipKeyed({ a: [1, 2], b: [3, 4, 5], c: undefined }).toArray();"
                 "r.length + ' ' + Object.getPrototypeOf(r[0]) + ' ' + Object.keys(r[1]).join() + ' ' + r[1].a + r[1].b"),
            "2 null a,b 24");
  EXPECT_EQ(Eval("var s = Symbol('s'); var r = Iterator.zipKeyed({ [s]: [1], x: [2, 3] }, "
                 "{ mode: 'longest', padding: { [s]: 'p' } }).toArray();"
                 "r.map(o => o[s] + ':' + o.x).join()"),
            "1:2,p:3");
  EXPECT_EQ(ThrownName("Iterator.zipKeyed([], { mode: 'longest', padding: 'x' })"), "TypeError");
  EXPECT_EQ(ThrownName("Iterator.zipKeyed({ a: 1 })"), "TypeError");
  EXPECT_EQ(Eval("Iterator.zipKeyed({}).next().done"), "true");
}

TEST_F(IteratorTest, Includes) {
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Iterator.prototype, 'includes')"), "1|includes|WeC");
  EXPECT_EQ(Eval("[1, 2, 3].values().includes(2) + ' ' + [1, 2, 3].values().includes(4)"), "true false");
  // SameValueZero: NaN is found, +0 and -0 match.
  EXPECT_EQ(Eval("[NaN].values().includes(NaN) + ' ' + [-0].values().includes(0) + ' ' + "
                 "[{}].values().includes({})"),
            "true true false");
  // skippedElements skips that many values before comparing; +Infinity skips everything.
  EXPECT_EQ(Eval("[4, 5, 6].values().includes(4, 1) + ' ' + [4, 5, 6].values().includes(5, 1) + ' ' + "
                 "[4, 5, 6].values().includes(6, Infinity) + ' ' + [4, 5, 6].values().includes(4, -0)"),
            "false true false true");
  // A match closes the iterator; exhaustion does not.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) + "var a = Iterator.prototype.includes.call(counting(3), 2); "
                 "var b = Iterator.prototype.includes.call(counting(1), 7); a + ' ' + b + ' ' + log.join()"),
            "true false next,next,return,next,next");
  // No coercion of skippedElements: TypeError for non-Numbers, NaN and fractions, RangeError for negatives and
  // values above 2^53 - 1; each closes the iterator before "next" is read.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var names = [];"
                 "['1', null, {}, NaN, 0.5, -1, -Infinity, 2 ** 53].forEach(function (skip) {"
                 "  try { Iterator.prototype.includes.call(counting(1), 1, skip); }"
                 "  catch (e) { names.push(e.constructor.name); }"
                 "}); names.join() + ' ' + log.length + ' ' + log[0]"),
            "TypeError,TypeError,TypeError,TypeError,TypeError,RangeError,RangeError,RangeError 8 return");
  EXPECT_EQ(ThrownName("Iterator.prototype.includes.call(null, 0)"), "TypeError");
}

TEST_F(IteratorTest, Chunks) {
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Iterator.prototype, 'chunks')"), "1|chunks|WeC");
  EXPECT_EQ(Eval("JSON.stringify([0, 1, 2, 3, 4].values().chunks(2).toArray())"), "[[0,1],[2,3],[4]]");
  EXPECT_EQ(Eval("JSON.stringify([0, 1, 2, 3].values().chunks(2).toArray())"), "[[0,1],[2,3]]");
  EXPECT_EQ(Eval("JSON.stringify([0, 1].values().chunks(5).toArray()) + [].values().chunks(1).toArray().length"),
            "[[0,1]]0");
  EXPECT_EQ(Eval("Object.prototype.toString.call([].values().chunks(1))"), "[object Iterator Helper]");
  // Each chunk is a new array.
  EXPECT_EQ(Eval("var c = [1, 1].values().chunks(1); c.next().value !== c.next().value"), "true");
  // Validation: TypeError for a non-Number or non-integral size, RangeError outside [1, 2^32 - 1]; each closes.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var names = [];"
                 "[undefined, '2', NaN, 1.5, Infinity, 0, -0, 2 ** 32].forEach(function (size) {"
                 "  try { Iterator.prototype.chunks.call(counting(1), size); }"
                 "  catch (e) { names.push(e.constructor.name); }"
                 "}); names.join() + ' ' + log.length + ' ' + log[0]"),
            "TypeError,TypeError,TypeError,TypeError,TypeError,RangeError,RangeError,RangeError 8 return");
  EXPECT_EQ(Eval("[].values().chunks(2 ** 32 - 1).next().done"), "true");
  // return() while suspended at a full chunk closes the underlying iterator.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) + "var c = Iterator.prototype.chunks.call(counting(5), 2); "
                 "JSON.stringify(c.next().value) + ' ' + c.return().done + ' ' + log.join()"),
            "[1,2] true next,next,return");
  // After the underlying iterator is done, the last partial chunk's Yield does not close it.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) + "var c = Iterator.prototype.chunks.call(counting(3), 2); "
                 "c.next(); var last = c.next().value; var r = c.return(); var n = c.next(); "
                 "JSON.stringify(last) + ' ' + r.done + ' ' + n.done + ' ' + log.join()"),
            "[3] true true next,next,next,next");
}

TEST_F(IteratorTest, Windows) {
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Iterator.prototype, 'windows')"), "1|windows|WeC");
  EXPECT_EQ(Eval("JSON.stringify([0, 1, 2, 3].values().windows(2).toArray())"), "[[0,1],[1,2],[2,3]]");
  EXPECT_EQ(Eval("JSON.stringify([0, 1, 2].values().windows(3).toArray())"), "[[0,1,2]]");
  // undersized: "only-full" (the default) yields nothing when the iterator is shorter than a window;
  // "allow-partial" yields the partial window once.
  EXPECT_EQ(Eval("[0, 1].values().windows(3).toArray().length + ' ' + "
                 "[0, 1].values().windows(3, 'only-full').toArray().length + ' ' + "
                 "JSON.stringify([0, 1].values().windows(3, 'allow-partial').toArray()) + ' ' + "
                 "JSON.stringify([0, 1, 2].values().windows(2, 'allow-partial').toArray()) + ' ' + "
                 "[].values().windows(2, 'allow-partial').toArray().length"),
            "0 0 [[0,1]] [[0,1],[1,2]] 0");
  EXPECT_EQ(Eval("var w = [1, 2, 3].values().windows(2); w.next().value !== w.next().value"), "true");
  // Validation order: windowSize (closing), then undersized (closing), then "next" is read.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) +
                 "var names = [];"
                 "[[undefined, 'x'], [0, 'x'], [1, 'x'], [1, null], [1, 'Only-full']].forEach(function (args) {"
                 "  try { Iterator.prototype.windows.call(counting(1), args[0], args[1]); }"
                 "  catch (e) { names.push(e.constructor.name); }"
                 "}); names.join() + ' ' + log.length + ' ' + log[0]"),
            "TypeError,RangeError,TypeError,TypeError,TypeError 5 return");
  // return() at a full window closes; at the partial window after exhaustion it does not.
  EXPECT_EQ(Eval(std::string(kLoggingIterator) + "var w = Iterator.prototype.windows.call(counting(5), 2); "
                 "w.next(); w.return(); var p = Iterator.prototype.windows.call(counting(1), 2, 'allow-partial'); "
                 "var v = p.next().value; p.return(); JSON.stringify(v) + ' ' + log.join()"),
            "[1] next,next,return,next,next");
}

TEST_F(IteratorTest, GcStressOfLongChains) {
  // Helper state (iterators, next methods, callbacks, flatMap's inner iterator) lives only in the helper objects;
  // under ASYNC_RUNTIME_GC_STRESS=1 every allocation collects.
  EXPECT_EQ(Eval("function* naturals() { var i = 0; while (true) yield { n: i++ }; }"
                 "naturals().map(o => ({ n: o.n * 2 })).filter(o => o.n % 3 === 0).flatMap(o => [o.n, String(o.n)])"
                 ".drop(2).take(6).map(x => typeof x === 'string' ? x + '!' : x).toArray().join()"),
            "6,6!,12,12!,18,18!");
  EXPECT_EQ(Eval("var total = 0; for (var k = 0; k < 20; k++) { "
                 "total += Iterator.from({ i: 0, next() { return { value: { v: this.i++ }, done: this.i > 5 }; } })"
                 ".reduce((acc, o) => acc + o.v, 0); } total"),
            "200");
  EXPECT_EQ(Eval("function* objs(n) { for (var i = 0; i < n; i++) yield { v: i }; }"
                 "var total = 0; var zipped = Iterator.zip([objs(30), Iterator.concat(objs(10), objs(25))],"
                 "  { mode: 'longest', padding: [{ v: 100 }, { v: 1000 }] });"
                 "for (var pair of zipped) total += pair[0].v + pair[1].v;"
                 "var keyed = Iterator.zipKeyed({ a: objs(5), b: objs(5) }).map(o => o.a.v * o.b.v).reduce((x, y) => x + y);"
                 "total + ' ' + keyed"),
            "1280 30");
  // chunks and windows keep their buffers only in the helper objects.
  EXPECT_EQ(Eval("function* objs(n) { for (var i = 0; i < n; i++) yield { v: i }; }"
                 "var total = 0; for (var c of objs(20).chunks(3)) for (var o of c) total += o.v;"
                 "for (var w of objs(10).windows(4, 'allow-partial')) total += w[0].v * 100 + w[3].v;"
                 "total"),
            "2332");
}

}  // namespace
}  // namespace async_runtime::builtins
