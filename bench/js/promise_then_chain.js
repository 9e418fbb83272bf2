// A chain of 10^6 `then` reactions (issue 6): each reaction job resolves the
// next promise of the chain, so the whole chain runs in one microtask
// checkpoint, one job per link. Runs on jsrt, node and qjs alike.
// Run: bench/run_benchmarks.sh (adds wall time and peak RSS).
var LINKS = 1000000;
var start = Date.now();
var chain = Promise.resolve(0);
for (var i = 0; i < LINKS; i++) {
  chain = chain.then(function (value) { return value + 1; });
}
var built = Date.now();
chain.then(function (value) {
  if (value !== LINKS) throw new Error("chain ended at " + value);
  var end = Date.now();
  console.log("promise_then_chain: " + LINKS + " reactions, built in " + (built - start) + " ms, ran in " +
              (end - built) + " ms, total " + (end - start) + " ms");
});
