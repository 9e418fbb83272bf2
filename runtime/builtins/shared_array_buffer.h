// 25.2 SharedArrayBuffer Objects: the SharedArrayBuffer constructor and its
// prototype. A SharedArrayBuffer is an ArrayBufferObject whose
// [[ArrayBufferData]] is a Shared Data Block (array_buffer.h has the object
// and the abstract operations ArrayBuffers and SharedArrayBuffers share).
//
// This engine runs one agent per agent cluster and no host API hands a
// SharedArrayBuffer to another agent, so a Shared Data Block is ordinary
// memory: the memory model's events of a single agent are its plain reads and
// writes. A growable SharedArrayBuffer gets its maximum-sized block at
// construction, as the spec's model has it, so growing never moves its bytes.
#pragma once

#include <optional>

#include "runtime/builtins/array_buffer.h"

namespace async_runtime::builtins {

// 6.2.9.2 CreateSharedByteDataBlock ( size )
// https://tc39.es/ecma262/#sec-createsharedbytedatablock
ThrowCompletionOr<DataBlock> CreateSharedByteDataBlock(Agent& agent, double size);

// 25.2.2.1 AllocateSharedArrayBuffer ( ctor, byteLength [ , maxByteLength ] )
// https://tc39.es/ecma262/#sec-allocatesharedarraybuffer
ThrowCompletionOr<ArrayBufferObject*> AllocateSharedArrayBuffer(Agent& agent, Object* ctor, double byte_length,
                                                                std::optional<double> max_byte_length = std::nullopt);

// Creates %SharedArrayBuffer% and %SharedArrayBuffer.prototype%.
void CreateSharedArrayBufferIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
