#include "runtime/interpreter/property_key.h"

#include <cmath>
#include <string>

#include "runtime/interpreter/number_conversions.h"

namespace async_runtime::interpreter {

std::optional<uint32_t> PropertyKey::ParseArrayIndex(std::u16string_view code_units) {
  // Canonical decimal: "0", or a nonzero digit followed by digits; ≤ 2^32 - 2.
  if (code_units.empty() || code_units.size() > 10) return std::nullopt;
  if (code_units[0] == u'0') {
    if (code_units.size() == 1) return 0;
    return std::nullopt;
  }
  uint64_t value = 0;
  for (char16_t c : code_units) {
    if (c < u'0' || c > u'9') return std::nullopt;
    value = value * 10 + (c - u'0');
  }
  if (value > kMaxArrayIndex) return std::nullopt;
  return static_cast<uint32_t>(value);
}

PropertyKey PropertyKey::FromString(StringTable& strings, std::u16string_view code_units) {
  if (auto index = ParseArrayIndex(code_units)) return ArrayIndex(*index);
  PropertyKey key(Kind::kString);
  key.cell_ = strings.Intern(code_units);
  return key;
}

PropertyKey PropertyKey::FromString(StringTable& strings, PrimitiveString* string) {
  if (auto index = ParseArrayIndex(string->code_units())) return ArrayIndex(*index);
  PropertyKey key(Kind::kString);
  key.cell_ = strings.Intern(string);
  return key;
}

PropertyKey PropertyKey::FromNumber(StringTable& strings, double number) {
  // -0 is "0" too (Number::toString step 2).
  if (number >= 0 && number <= kMaxArrayIndex && number == std::floor(number)) {
    return ArrayIndex(static_cast<uint32_t>(number));
  }
  return FromString(strings, Number::toString(number));
}

PropertyKey PropertyKey::FromValue(StringTable& strings, Value value) {
  if (value.IsSymbol()) return FromSymbol(value.AsSymbol());
  assert(value.IsString());
  return FromString(strings, value.AsString());
}

Value PropertyKey::ToValue(StringTable& strings) const {
  switch (kind_) {
    case Kind::kArrayIndex: {
      std::string digits = std::to_string(index_);
      return Value::FromString(strings.Intern(std::u16string(digits.begin(), digits.end())));
    }
    case Kind::kString:
      return Value::FromString(string());
    case Kind::kSymbol:
      return Value::FromSymbol(symbol());
  }
  return Value();
}

std::u16string PropertyKey::ToDisplayString() const {
  switch (kind_) {
    case Kind::kArrayIndex: {
      std::string digits = std::to_string(index_);
      return std::u16string(digits.begin(), digits.end());
    }
    case Kind::kString:
      return std::u16string(string()->code_units());
    case Kind::kSymbol: {
      std::u16string text = u"Symbol(";
      if (symbol()->description() != nullptr) text += symbol()->description()->code_units();
      return text + u")";
    }
  }
  return u"";
}

}  // namespace async_runtime::interpreter
