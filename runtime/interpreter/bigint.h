// ECMAScript BigInt values (6.1.6.2 The BigInt Type): an immutable heap cell
// holding a BigInteger. The arithmetic is in big_integer.h; the spec's
// BigInt::xxx operations are in vm/bigint_operations.h.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/heap/cell.h"
#include "runtime/interpreter/big_integer.h"

namespace async_runtime::interpreter {

class BigInt final : public heap::Cell {
 public:
  // `magnitude` is little-endian base-2^32; leading zero limbs are removed,
  // zero is never negative.
  BigInt(bool negative, std::vector<uint32_t> magnitude) : value_(negative, std::move(magnitude)) {}
  explicit BigInt(BigInteger value) : value_(std::move(value)) {}

  const char* CellName() const override { return "BigInt"; }
  size_t ExternalBytes() const override { return value_.magnitude().capacity() * sizeof(uint32_t); }

  bool is_negative() const { return value_.is_negative(); }
  bool is_zero() const { return value_.is_zero(); }
  const std::vector<uint32_t>& magnitude() const { return value_.magnitude(); }
  // ℝ(x).
  const BigInteger& value() const { return value_; }

  // 6.1.6.2.13 BigInt::equal ( x, y )
  // https://tc39.es/ecma262/#sec-numeric-types-bigint-equal
  static bool equal(const BigInt& x, const BigInt& y) {
    // 1. If ℝ(x) = ℝ(y), return true.
    // 2. Return false.
    return x.value_ == y.value_;
  }

 private:
  BigInteger value_;
};

}  // namespace async_runtime::interpreter
