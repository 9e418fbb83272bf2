#include "runtime/interpreter/property_key.h"

#include <cmath>
#include <limits>
#include <unordered_set>

#include <gtest/gtest.h>

namespace async_runtime::interpreter {
namespace {

TEST(PropertyKey, ParsesCanonicalArrayIndices) {
  EXPECT_EQ(PropertyKey::ParseArrayIndex(u"0"), 0u);
  EXPECT_EQ(PropertyKey::ParseArrayIndex(u"7"), 7u);
  EXPECT_EQ(PropertyKey::ParseArrayIndex(u"4294967294"), 4294967294u);
  EXPECT_FALSE(PropertyKey::ParseArrayIndex(u"4294967295"));  // 2^32 - 1 is not an index
  EXPECT_FALSE(PropertyKey::ParseArrayIndex(u"9999999999"));
  EXPECT_FALSE(PropertyKey::ParseArrayIndex(u"12345678901"));
  EXPECT_FALSE(PropertyKey::ParseArrayIndex(u""));
  EXPECT_FALSE(PropertyKey::ParseArrayIndex(u"01"));
  EXPECT_FALSE(PropertyKey::ParseArrayIndex(u"-1"));
  EXPECT_FALSE(PropertyKey::ParseArrayIndex(u"1.0"));
  EXPECT_FALSE(PropertyKey::ParseArrayIndex(u"+1"));
  EXPECT_FALSE(PropertyKey::ParseArrayIndex(u" 1"));
  EXPECT_FALSE(PropertyKey::ParseArrayIndex(u"1e3"));
}

class PropertyKeyTest : public ::testing::Test {
 protected:
  heap::Heap heap_;
  StringTable strings_{heap_};
};

TEST_F(PropertyKeyTest, StringKeysAreInterned) {
  PropertyKey a = PropertyKey::FromString(strings_, u"length");
  PropertyKey b = PropertyKey::FromString(strings_, std::u16string(u"len") + u"gth");
  ASSERT_TRUE(a.is_string());
  EXPECT_TRUE(a.IsStringKey());
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.string(), b.string());
  EXPECT_TRUE(a.string()->is_interned());
  EXPECT_EQ(a.Hash(), b.Hash());
  EXPECT_NE(a, PropertyKey::FromString(strings_, u"Length"));
}

TEST_F(PropertyKeyTest, ArrayIndexStringsBecomeIndices) {
  PropertyKey from_string = PropertyKey::FromString(strings_, u"7");
  ASSERT_TRUE(from_string.is_array_index());
  EXPECT_EQ(from_string.array_index(), 7u);
  EXPECT_EQ(from_string, PropertyKey::ArrayIndex(7));
  EXPECT_TRUE(from_string.IsStringKey());
  PropertyKey leading_zero = PropertyKey::FromString(strings_, u"07");
  EXPECT_TRUE(leading_zero.is_string());
  EXPECT_NE(leading_zero, PropertyKey::ArrayIndex(7));
  EXPECT_TRUE(PropertyKey::FromString(strings_, u"4294967295").is_string());
  EXPECT_EQ(strings_.Find(u"7"), nullptr);  // indices are not interned
}

TEST_F(PropertyKeyTest, InterningReusesAnExistingCell) {
  auto* fresh = heap_.Allocate<PrimitiveString>(u"name");
  PropertyKey key = PropertyKey::FromString(strings_, fresh);
  EXPECT_EQ(key.string(), fresh);
  auto* duplicate = heap_.Allocate<PrimitiveString>(u"name");
  EXPECT_EQ(PropertyKey::FromString(strings_, duplicate).string(), fresh);
  EXPECT_FALSE(duplicate->is_interned());
  EXPECT_EQ(PropertyKey::FromValue(strings_, Value::FromString(duplicate)), key);
}

TEST_F(PropertyKeyTest, SymbolsAreDistinctKeys) {
  heap::Handle<Symbol> first(heap_, heap_.Allocate<Symbol>(nullptr));
  heap::Handle<Symbol> second(heap_, heap_.Allocate<Symbol>(nullptr));
  PropertyKey a = PropertyKey::FromSymbol(first);
  EXPECT_TRUE(a.is_symbol());
  EXPECT_FALSE(a.IsStringKey());
  EXPECT_EQ(a, PropertyKey::FromValue(strings_, Value::FromSymbol(first)));
  EXPECT_NE(a, PropertyKey::FromSymbol(second));
  EXPECT_EQ(a.ToDisplayString(), u"Symbol()");
}

TEST_F(PropertyKeyTest, NumbersBecomeKeysAsTheirStrings) {
  EXPECT_EQ(PropertyKey::FromNumber(strings_, 3), PropertyKey::ArrayIndex(3));
  EXPECT_EQ(PropertyKey::FromNumber(strings_, -0.0), PropertyKey::ArrayIndex(0));
  EXPECT_EQ(PropertyKey::FromNumber(strings_, 4294967294.0), PropertyKey::ArrayIndex(4294967294u));
  EXPECT_EQ(PropertyKey::FromNumber(strings_, 4294967295.0), PropertyKey::FromString(strings_, u"4294967295"));
  EXPECT_EQ(PropertyKey::FromNumber(strings_, 1.5), PropertyKey::FromString(strings_, u"1.5"));
  EXPECT_EQ(PropertyKey::FromNumber(strings_, -1), PropertyKey::FromString(strings_, u"-1"));
  EXPECT_EQ(PropertyKey::FromNumber(strings_, 1e21), PropertyKey::FromString(strings_, u"1e+21"));
  EXPECT_EQ(PropertyKey::FromNumber(strings_, std::nan("")), PropertyKey::FromString(strings_, u"NaN"));
  EXPECT_EQ(PropertyKey::FromNumber(strings_, -std::numeric_limits<double>::infinity()),
            PropertyKey::FromString(strings_, u"-Infinity"));
}

TEST_F(PropertyKeyTest, KeysWorkInHashSets) {
  std::unordered_set<PropertyKey, PropertyKeyHash> set;
  set.insert(PropertyKey::ArrayIndex(1));
  set.insert(PropertyKey::FromString(strings_, u"1"));
  set.insert(PropertyKey::FromString(strings_, u"x"));
  set.insert(PropertyKey::FromString(strings_, u"x"));
  EXPECT_EQ(set.size(), 2u);
}

TEST_F(PropertyKeyTest, ToValueGivesTheStringForm) {
  Value index = PropertyKey::ArrayIndex(42).ToValue(strings_);
  ASSERT_TRUE(index.IsString());
  EXPECT_EQ(index.AsString()->code_units(), u"42");
  PropertyKey name = PropertyKey::FromString(strings_, u"n");
  EXPECT_EQ(name.ToValue(strings_).AsString(), name.string());
}

TEST_F(PropertyKeyTest, TheTableKeepsInternedStringsAlive) {
  PrimitiveString* interned = strings_.Intern(u"kept");
  heap_.Allocate<PrimitiveString>(u"dropped");
  heap_.Collect();
  EXPECT_EQ(heap_.statistics().live_cells, 1u);
  EXPECT_EQ(strings_.Find(u"kept"), interned);
  EXPECT_EQ(interned->code_units(), u"kept");
}

}  // namespace
}  // namespace async_runtime::interpreter
