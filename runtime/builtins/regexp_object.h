// RegExp instances (22.2.8 Properties of RegExp Instances): an ordinary
// object with [[OriginalSource]], [[OriginalFlags]], [[RegExpRecord]] and
// [[RegExpMatcher]]. Kept apart from regexp.h so IsRegExp (string.cc) can
// test for the slot without depending on the RegExp built-ins.
#pragma once

#include <memory>

#include "runtime/interpreter/object.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::regexp {
struct CompiledPattern;
}

namespace async_runtime::builtins {

class RegExpObject final : public interpreter::Object {
 public:
  explicit RegExpObject(interpreter::Shape* shape) : Object(shape) {}
  const char* CellName() const override { return "RegExpObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    original_source_.Visit(visitor);
    original_flags_.Visit(visitor);
  }

  // False between RegExpAlloc and RegExpInitialize.
  bool initialized() const { return matcher_ != nullptr; }
  interpreter::Value original_source() const { return original_source_; }
  interpreter::Value original_flags() const { return original_flags_; }
  const regexp::CompiledPattern& matcher() const { return *matcher_; }

  void Initialize(interpreter::Value source, interpreter::Value flags,
                  std::shared_ptr<const regexp::CompiledPattern> matcher) {
    original_source_ = source;
    original_flags_ = flags;
    matcher_ = std::move(matcher);
  }

 private:
  interpreter::Value original_source_ = interpreter::Value::Undefined();
  interpreter::Value original_flags_ = interpreter::Value::Undefined();
  std::shared_ptr<const regexp::CompiledPattern> matcher_;
};

}  // namespace async_runtime::builtins
