// 25.3 DataView Objects: views reading and writing an ArrayBuffer's bytes
// as numbers of any TypedArray element type, in either byte order.
#pragma once

#include <optional>

#include "runtime/builtins/array_buffer.h"

namespace async_runtime::builtins {

// An ordinary object with [[DataView]], [[ViewedArrayBuffer]], [[ByteLength]]
// (nullopt for ~auto~: it tracks a resizable buffer's length) and
// [[ByteOffset]].
class DataViewObject final : public ArrayBufferViewObject {
 public:
  DataViewObject(interpreter::Shape* shape, ArrayBufferObject* viewed_array_buffer,
                 std::optional<size_t> byte_length, size_t byte_offset)
      : ArrayBufferViewObject(shape, viewed_array_buffer), byte_length_(byte_length), byte_offset_(byte_offset) {}
  const char* CellName() const override { return "DataViewObject"; }

  const std::optional<size_t>& byte_length() const { return byte_length_; }  // [[ByteLength]]
  size_t byte_offset() const { return byte_offset_; }                        // [[ByteOffset]]

 private:
  std::optional<size_t> byte_length_;
  size_t byte_offset_;
};

// Creates %DataView% and %DataView.prototype%.
void CreateDataViewIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
