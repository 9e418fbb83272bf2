// 10^6 awaits in one async function (issue 6): each `await` of a number takes
// one promise job (PromiseResolve, then PerformPromiseThen on the frame's
// resumption closures), so this measures a suspend/resume round trip of a
// heap frame. Runs on jsrt, node and qjs alike.
// Run: bench/run_benchmarks.sh (adds wall time and peak RSS).
var AWAITS = 1000000;
var start = Date.now();
async function sum() {
  var total = 0;
  for (var i = 0; i < AWAITS; i++) total += await i;
  return total;
}
sum().then(function (total) {
  if (total !== AWAITS * (AWAITS - 1) / 2) throw new Error("wrong sum " + total);
  console.log("await_loop: " + AWAITS + " awaits in " + (Date.now() - start) + " ms");
});
