// Checks that the system libraries wrapped in //third_party link and behave.
#include <unicode/uchar.h>

#include <charconv>
#include <string>

#include <gtest/gtest.h>

TEST(Toolchain, IcuClassifiesIdentifierCharacters) {
  EXPECT_TRUE(u_hasBinaryProperty(U'a', UCHAR_ID_START));
  EXPECT_TRUE(u_hasBinaryProperty(0x2118, UCHAR_ID_START));  // Other_ID_Start
  EXPECT_FALSE(u_hasBinaryProperty(U'1', UCHAR_ID_START));
  EXPECT_TRUE(u_hasBinaryProperty(U'1', UCHAR_ID_CONTINUE));
}

TEST(Toolchain, ToCharsGivesShortestRoundTrip) {
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, 0.1 + 0.2);
  EXPECT_EQ(std::string(buffer, result.ptr), "0.30000000000000004");
}
