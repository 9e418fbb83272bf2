// 10^7 short-lived objects (issue 4): memory must stay bounded while the
// collector reclaims them. Run: bench/run_benchmarks.sh (prints time and peak RSS).
var kept = 0;
for (var i = 0; i < 10000000; i++) {
  var o = { index: i, next: { value: i } };
  if (o.next.value === 5000000) kept++;
}
console.log("allocated 10^7 objects (x2), kept " + kept);
