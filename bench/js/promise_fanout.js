// Fan-out (issue 6): 10^5 pending promises with 10 reactions each, then all
// resolved together, so 10^6 reaction jobs are queued at once and run in one
// microtask checkpoint.
// Run: bench/run_benchmarks.sh (adds wall time and peak RSS).
var PROMISES = 100000;
var REACTIONS = 10;
var start = Date.now();
var resolvers = [];
var promises = [];
for (var i = 0; i < PROMISES; i++) {
  promises.push(new Promise(function (resolve) { resolvers.push(resolve); }));
}
var total = 0;
function react(value) { total += value; }
for (var p = 0; p < PROMISES; p++) {
  for (var r = 0; r < REACTIONS; r++) promises[p].then(react);
}
var registered = Date.now();
for (var k = 0; k < PROMISES; k++) resolvers[k](1);
// Queued after the 10^6 reaction jobs, so it runs once they all have.
Promise.resolve().then(function () {
  if (total !== PROMISES * REACTIONS) throw new Error("only " + total + " reactions ran");
  var end = Date.now();
  console.log("promise_fanout: " + PROMISES + " promises x " + REACTIONS + " reactions, registered in " +
              (registered - start) + " ms, ran in " + (end - registered) + " ms, total " + (end - start) + " ms");
});
