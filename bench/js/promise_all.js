// Promise.all over 10^5 mixed elements (issue 6), ten rounds one after the
// other: already-fulfilled promises, promises resolved by their executor,
// thenables (plain objects with a `then` method, adopted through
// NewPromiseResolveThenableJob) and plain values.
// Run: bench/run_benchmarks.sh (adds wall time and peak RSS).
var ELEMENTS = 100000;
var ROUNDS = 10;
var start = Date.now();

function makeElements(round) {
  var elements = [];
  for (var i = 0; i < ELEMENTS; i++) {
    var value = i + round;
    switch (i % 4) {
      case 0: elements.push(Promise.resolve(value)); break;
      case 1: elements.push(new Promise(function (resolve) { resolve(value); })); break;
      case 2: elements.push({ value: value, then: function (resolve) { resolve(this.value); } }); break;
      default: elements.push(value);
    }
  }
  return elements;
}

function runRound(round) {
  if (round === ROUNDS) {
    console.log("promise_all: " + ROUNDS + " x Promise.all over " + ELEMENTS + " elements in " +
                (Date.now() - start) + " ms");
    return undefined;
  }
  return Promise.all(makeElements(round)).then(function (values) {
    if (values.length !== ELEMENTS || values[ELEMENTS - 1] !== ELEMENTS - 1 + round) {
      throw new Error("wrong result in round " + round);
    }
    return runRound(round + 1);
  });
}

runRound(0);
