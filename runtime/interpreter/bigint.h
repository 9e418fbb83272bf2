// ECMAScript BigInt values (6.1.6.2 The BigInt Type). Only what Value needs
// today (construction and BigInt::equal); arithmetic comes with the VM.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/heap/cell.h"

namespace async_runtime::interpreter {

class BigInt final : public heap::Cell {
 public:
  // `magnitude` is little-endian base-2^32; leading zero limbs are removed,
  // zero is never negative.
  BigInt(bool negative, std::vector<uint32_t> magnitude) : magnitude_(std::move(magnitude)) {
    while (!magnitude_.empty() && magnitude_.back() == 0) magnitude_.pop_back();
    negative_ = negative && !magnitude_.empty();
  }

  const char* CellName() const override { return "BigInt"; }
  size_t ExternalBytes() const override { return magnitude_.capacity() * sizeof(uint32_t); }

  bool is_negative() const { return negative_; }
  bool is_zero() const { return magnitude_.empty(); }
  const std::vector<uint32_t>& magnitude() const { return magnitude_; }

  // 6.1.6.2.13 BigInt::equal ( x, y )
  // https://tc39.es/ecma262/#sec-numeric-types-bigint-equal
  static bool equal(const BigInt& x, const BigInt& y) {
    // 1. If ℝ(x) = ℝ(y), return true.
    // 2. Return false.
    return x.negative_ == y.negative_ && x.magnitude_ == y.magnitude_;
  }

 private:
  bool negative_;
  std::vector<uint32_t> magnitude_;
};

}  // namespace async_runtime::interpreter
