// Case mapping tables are Test262's (built-ins/String/prototype/
// toUpperCase and toLowerCase: special_casing.js, supplementary_plane.js,
// special_casing_conditional.js, Final_Sigma_U180E.js), extracted from the
// assertions; the canonical-equivalence pairs are localeCompare/15.5.4.9_CE.js.
#include "runtime/builtins/algorithms/string_unicode.h"

#include <string>

#include <gtest/gtest.h>

namespace async_runtime::builtins {
namespace {

std::string Hex(const std::u16string& s) {
  std::string out;
  char buffer[8];
  for (char16_t c : s) {
    std::snprintf(buffer, sizeof buffer, "%04X ", static_cast<unsigned>(c));
    out += buffer;
  }
  return out;
}

struct CaseMapping {
  std::u16string input;
  std::u16string expected;
  const char* what;
};

TEST(ToUpperCase, Test262SpecialCasingAndSupplementaryPlane) {
  const CaseMapping cases[] = {
    {std::u16string{0x00DF}, std::u16string{0x0053, 0x0053}, "LATIN SMALL LETTER SHARP S"},
    {std::u16string{0x0130}, std::u16string{0x0130}, "LATIN CAPITAL LETTER I WITH DOT ABOVE"},
    {std::u16string{0xFB00}, std::u16string{0x0046, 0x0046}, "LATIN SMALL LIGATURE FF"},
    {std::u16string{0xFB01}, std::u16string{0x0046, 0x0049}, "LATIN SMALL LIGATURE FI"},
    {std::u16string{0xFB02}, std::u16string{0x0046, 0x004C}, "LATIN SMALL LIGATURE FL"},
    {std::u16string{0xFB03}, std::u16string{0x0046, 0x0046, 0x0049}, "LATIN SMALL LIGATURE FFI"},
    {std::u16string{0xFB04}, std::u16string{0x0046, 0x0046, 0x004C}, "LATIN SMALL LIGATURE FFL"},
    {std::u16string{0xFB05}, std::u16string{0x0053, 0x0054}, "LATIN SMALL LIGATURE LONG S T"},
    {std::u16string{0xFB06}, std::u16string{0x0053, 0x0054}, "LATIN SMALL LIGATURE ST"},
    {std::u16string{0x0587}, std::u16string{0x0535, 0x0552}, "ARMENIAN SMALL LIGATURE ECH YIWN"},
    {std::u16string{0xFB13}, std::u16string{0x0544, 0x0546}, "ARMENIAN SMALL LIGATURE MEN NOW"},
    {std::u16string{0xFB14}, std::u16string{0x0544, 0x0535}, "ARMENIAN SMALL LIGATURE MEN ECH"},
    {std::u16string{0xFB15}, std::u16string{0x0544, 0x053B}, "ARMENIAN SMALL LIGATURE MEN INI"},
    {std::u16string{0xFB16}, std::u16string{0x054E, 0x0546}, "ARMENIAN SMALL LIGATURE VEW NOW"},
    {std::u16string{0xFB17}, std::u16string{0x0544, 0x053D}, "ARMENIAN SMALL LIGATURE MEN XEH"},
    {std::u16string{0x0149}, std::u16string{0x02BC, 0x004E}, "LATIN SMALL LETTER N PRECEDED BY APOSTROPHE"},
    {std::u16string{0x0390}, std::u16string{0x0399, 0x0308, 0x0301}, "GREEK SMALL LETTER IOTA WITH DIALYTIKA AND TONOS"},
    {std::u16string{0x03B0}, std::u16string{0x03A5, 0x0308, 0x0301}, "GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS"},
    {std::u16string{0x01F0}, std::u16string{0x004A, 0x030C}, "LATIN SMALL LETTER J WITH CARON"},
    {std::u16string{0x1E96}, std::u16string{0x0048, 0x0331}, "LATIN SMALL LETTER H WITH LINE BELOW"},
    {std::u16string{0x1E97}, std::u16string{0x0054, 0x0308}, "LATIN SMALL LETTER T WITH DIAERESIS"},
    {std::u16string{0x1E98}, std::u16string{0x0057, 0x030A}, "LATIN SMALL LETTER W WITH RING ABOVE"},
    {std::u16string{0x1E99}, std::u16string{0x0059, 0x030A}, "LATIN SMALL LETTER Y WITH RING ABOVE"},
    {std::u16string{0x1E9A}, std::u16string{0x0041, 0x02BE}, "LATIN SMALL LETTER A WITH RIGHT HALF RING"},
    {std::u16string{0x1F50}, std::u16string{0x03A5, 0x0313}, "GREEK SMALL LETTER UPSILON WITH PSILI"},
    {std::u16string{0x1F52}, std::u16string{0x03A5, 0x0313, 0x0300}, "GREEK SMALL LETTER UPSILON WITH PSILI AND VARIA"},
    {std::u16string{0x1F54}, std::u16string{0x03A5, 0x0313, 0x0301}, "GREEK SMALL LETTER UPSILON WITH PSILI AND OXIA"},
    {std::u16string{0x1F56}, std::u16string{0x03A5, 0x0313, 0x0342}, "GREEK SMALL LETTER UPSILON WITH PSILI AND PERISPOMENI"},
    {std::u16string{0x1FB6}, std::u16string{0x0391, 0x0342}, "GREEK SMALL LETTER ALPHA WITH PERISPOMENI"},
    {std::u16string{0x1FC6}, std::u16string{0x0397, 0x0342}, "GREEK SMALL LETTER ETA WITH PERISPOMENI"},
    {std::u16string{0x1FD2}, std::u16string{0x0399, 0x0308, 0x0300}, "GREEK SMALL LETTER IOTA WITH DIALYTIKA AND VARIA"},
    {std::u16string{0x1FD3}, std::u16string{0x0399, 0x0308, 0x0301}, "GREEK SMALL LETTER IOTA WITH DIALYTIKA AND OXIA"},
    {std::u16string{0x1FD6}, std::u16string{0x0399, 0x0342}, "GREEK SMALL LETTER IOTA WITH PERISPOMENI"},
    {std::u16string{0x1FD7}, std::u16string{0x0399, 0x0308, 0x0342}, "GREEK SMALL LETTER IOTA WITH DIALYTIKA AND PERISPOMENI"},
    {std::u16string{0x1FE2}, std::u16string{0x03A5, 0x0308, 0x0300}, "GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND VARIA"},
    {std::u16string{0x1FE3}, std::u16string{0x03A5, 0x0308, 0x0301}, "GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND OXIA"},
    {std::u16string{0x1FE4}, std::u16string{0x03A1, 0x0313}, "GREEK SMALL LETTER RHO WITH PSILI"},
    {std::u16string{0x1FE6}, std::u16string{0x03A5, 0x0342}, "GREEK SMALL LETTER UPSILON WITH PERISPOMENI"},
    {std::u16string{0x1FE7}, std::u16string{0x03A5, 0x0308, 0x0342}, "GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND PERISPOMENI"},
    {std::u16string{0x1FF6}, std::u16string{0x03A9, 0x0342}, "GREEK SMALL LETTER OMEGA WITH PERISPOMENI"},
    {std::u16string{0x1F80}, std::u16string{0x1F08, 0x0399}, "GREEK SMALL LETTER ALPHA WITH PSILI AND YPOGEGRAMMENI"},
    {std::u16string{0x1F81}, std::u16string{0x1F09, 0x0399}, "GREEK SMALL LETTER ALPHA WITH DASIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1F82}, std::u16string{0x1F0A, 0x0399}, "GREEK SMALL LETTER ALPHA WITH PSILI AND VARIA AND YPOGEGRAMM"},
    {std::u16string{0x1F83}, std::u16string{0x1F0B, 0x0399}, "GREEK SMALL LETTER ALPHA WITH DASIA AND VARIA AND YPOGEGRAMM"},
    {std::u16string{0x1F84}, std::u16string{0x1F0C, 0x0399}, "GREEK SMALL LETTER ALPHA WITH PSILI AND OXIA AND YPOGEGRAMME"},
    {std::u16string{0x1F85}, std::u16string{0x1F0D, 0x0399}, "GREEK SMALL LETTER ALPHA WITH DASIA AND OXIA AND YPOGEGRAMME"},
    {std::u16string{0x1F86}, std::u16string{0x1F0E, 0x0399}, "GREEK SMALL LETTER ALPHA WITH PSILI AND PERISPOMENI AND YPOG"},
    {std::u16string{0x1F87}, std::u16string{0x1F0F, 0x0399}, "GREEK SMALL LETTER ALPHA WITH DASIA AND PERISPOMENI AND YPOG"},
    {std::u16string{0x1F88}, std::u16string{0x1F08, 0x0399}, "GREEK CAPITAL LETTER ALPHA WITH PSILI AND PROSGEGRAMMENI"},
    {std::u16string{0x1F89}, std::u16string{0x1F09, 0x0399}, "GREEK CAPITAL LETTER ALPHA WITH DASIA AND PROSGEGRAMMENI"},
    {std::u16string{0x1F8A}, std::u16string{0x1F0A, 0x0399}, "GREEK CAPITAL LETTER ALPHA WITH PSILI AND VARIA AND PROSGEGR"},
    {std::u16string{0x1F8B}, std::u16string{0x1F0B, 0x0399}, "GREEK CAPITAL LETTER ALPHA WITH DASIA AND VARIA AND PROSGEGR"},
    {std::u16string{0x1F8C}, std::u16string{0x1F0C, 0x0399}, "GREEK CAPITAL LETTER ALPHA WITH PSILI AND OXIA AND PROSGEGRA"},
    {std::u16string{0x1F8D}, std::u16string{0x1F0D, 0x0399}, "GREEK CAPITAL LETTER ALPHA WITH DASIA AND OXIA AND PROSGEGRA"},
    {std::u16string{0x1F8E}, std::u16string{0x1F0E, 0x0399}, "GREEK CAPITAL LETTER ALPHA WITH PSILI AND PERISPOMENI AND PR"},
    {std::u16string{0x1F8F}, std::u16string{0x1F0F, 0x0399}, "GREEK CAPITAL LETTER ALPHA WITH DASIA AND PERISPOMENI AND PR"},
    {std::u16string{0x1F90}, std::u16string{0x1F28, 0x0399}, "GREEK SMALL LETTER ETA WITH PSILI AND YPOGEGRAMMENI"},
    {std::u16string{0x1F91}, std::u16string{0x1F29, 0x0399}, "GREEK SMALL LETTER ETA WITH DASIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1F92}, std::u16string{0x1F2A, 0x0399}, "GREEK SMALL LETTER ETA WITH PSILI AND VARIA AND YPOGEGRAMMEN"},
    {std::u16string{0x1F93}, std::u16string{0x1F2B, 0x0399}, "GREEK SMALL LETTER ETA WITH DASIA AND VARIA AND YPOGEGRAMMEN"},
    {std::u16string{0x1F94}, std::u16string{0x1F2C, 0x0399}, "GREEK SMALL LETTER ETA WITH PSILI AND OXIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1F95}, std::u16string{0x1F2D, 0x0399}, "GREEK SMALL LETTER ETA WITH DASIA AND OXIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1F96}, std::u16string{0x1F2E, 0x0399}, "GREEK SMALL LETTER ETA WITH PSILI AND PERISPOMENI AND YPOGEG"},
    {std::u16string{0x1F97}, std::u16string{0x1F2F, 0x0399}, "GREEK SMALL LETTER ETA WITH DASIA AND PERISPOMENI AND YPOGEG"},
    {std::u16string{0x1F98}, std::u16string{0x1F28, 0x0399}, "GREEK CAPITAL LETTER ETA WITH PSILI AND PROSGEGRAMMENI"},
    {std::u16string{0x1F99}, std::u16string{0x1F29, 0x0399}, "GREEK CAPITAL LETTER ETA WITH DASIA AND PROSGEGRAMMENI"},
    {std::u16string{0x1F9A}, std::u16string{0x1F2A, 0x0399}, "GREEK CAPITAL LETTER ETA WITH PSILI AND VARIA AND PROSGEGRAM"},
    {std::u16string{0x1F9B}, std::u16string{0x1F2B, 0x0399}, "GREEK CAPITAL LETTER ETA WITH DASIA AND VARIA AND PROSGEGRAM"},
    {std::u16string{0x1F9C}, std::u16string{0x1F2C, 0x0399}, "GREEK CAPITAL LETTER ETA WITH PSILI AND OXIA AND PROSGEGRAMM"},
    {std::u16string{0x1F9D}, std::u16string{0x1F2D, 0x0399}, "GREEK CAPITAL LETTER ETA WITH DASIA AND OXIA AND PROSGEGRAMM"},
    {std::u16string{0x1F9E}, std::u16string{0x1F2E, 0x0399}, "GREEK CAPITAL LETTER ETA WITH PSILI AND PERISPOMENI AND PROS"},
    {std::u16string{0x1F9F}, std::u16string{0x1F2F, 0x0399}, "GREEK CAPITAL LETTER ETA WITH DASIA AND PERISPOMENI AND PROS"},
    {std::u16string{0x1FA0}, std::u16string{0x1F68, 0x0399}, "GREEK SMALL LETTER OMEGA WITH PSILI AND YPOGEGRAMMENI"},
    {std::u16string{0x1FA1}, std::u16string{0x1F69, 0x0399}, "GREEK SMALL LETTER OMEGA WITH DASIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FA2}, std::u16string{0x1F6A, 0x0399}, "GREEK SMALL LETTER OMEGA WITH PSILI AND VARIA AND YPOGEGRAMM"},
    {std::u16string{0x1FA3}, std::u16string{0x1F6B, 0x0399}, "GREEK SMALL LETTER OMEGA WITH DASIA AND VARIA AND YPOGEGRAMM"},
    {std::u16string{0x1FA4}, std::u16string{0x1F6C, 0x0399}, "GREEK SMALL LETTER OMEGA WITH PSILI AND OXIA AND YPOGEGRAMME"},
    {std::u16string{0x1FA5}, std::u16string{0x1F6D, 0x0399}, "GREEK SMALL LETTER OMEGA WITH DASIA AND OXIA AND YPOGEGRAMME"},
    {std::u16string{0x1FA6}, std::u16string{0x1F6E, 0x0399}, "GREEK SMALL LETTER OMEGA WITH PSILI AND PERISPOMENI AND YPOG"},
    {std::u16string{0x1FA7}, std::u16string{0x1F6F, 0x0399}, "GREEK SMALL LETTER OMEGA WITH DASIA AND PERISPOMENI AND YPOG"},
    {std::u16string{0x1FA8}, std::u16string{0x1F68, 0x0399}, "GREEK CAPITAL LETTER OMEGA WITH PSILI AND PROSGEGRAMMENI"},
    {std::u16string{0x1FA9}, std::u16string{0x1F69, 0x0399}, "GREEK CAPITAL LETTER OMEGA WITH DASIA AND PROSGEGRAMMENI"},
    {std::u16string{0x1FAA}, std::u16string{0x1F6A, 0x0399}, "GREEK CAPITAL LETTER OMEGA WITH PSILI AND VARIA AND PROSGEGR"},
    {std::u16string{0x1FAB}, std::u16string{0x1F6B, 0x0399}, "GREEK CAPITAL LETTER OMEGA WITH DASIA AND VARIA AND PROSGEGR"},
    {std::u16string{0x1FAC}, std::u16string{0x1F6C, 0x0399}, "GREEK CAPITAL LETTER OMEGA WITH PSILI AND OXIA AND PROSGEGRA"},
    {std::u16string{0x1FAD}, std::u16string{0x1F6D, 0x0399}, "GREEK CAPITAL LETTER OMEGA WITH DASIA AND OXIA AND PROSGEGRA"},
    {std::u16string{0x1FAE}, std::u16string{0x1F6E, 0x0399}, "GREEK CAPITAL LETTER OMEGA WITH PSILI AND PERISPOMENI AND PR"},
    {std::u16string{0x1FAF}, std::u16string{0x1F6F, 0x0399}, "GREEK CAPITAL LETTER OMEGA WITH DASIA AND PERISPOMENI AND PR"},
    {std::u16string{0x1FB3}, std::u16string{0x0391, 0x0399}, "GREEK SMALL LETTER ALPHA WITH YPOGEGRAMMENI"},
    {std::u16string{0x1FBC}, std::u16string{0x0391, 0x0399}, "GREEK CAPITAL LETTER ALPHA WITH PROSGEGRAMMENI"},
    {std::u16string{0x1FC3}, std::u16string{0x0397, 0x0399}, "GREEK SMALL LETTER ETA WITH YPOGEGRAMMENI"},
    {std::u16string{0x1FCC}, std::u16string{0x0397, 0x0399}, "GREEK CAPITAL LETTER ETA WITH PROSGEGRAMMENI"},
    {std::u16string{0x1FF3}, std::u16string{0x03A9, 0x0399}, "GREEK SMALL LETTER OMEGA WITH YPOGEGRAMMENI"},
    {std::u16string{0x1FFC}, std::u16string{0x03A9, 0x0399}, "GREEK CAPITAL LETTER OMEGA WITH PROSGEGRAMMENI"},
    {std::u16string{0x1FB2}, std::u16string{0x1FBA, 0x0399}, "GREEK SMALL LETTER ALPHA WITH VARIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FB4}, std::u16string{0x0386, 0x0399}, "GREEK SMALL LETTER ALPHA WITH OXIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FC2}, std::u16string{0x1FCA, 0x0399}, "GREEK SMALL LETTER ETA WITH VARIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FC4}, std::u16string{0x0389, 0x0399}, "GREEK SMALL LETTER ETA WITH OXIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FF2}, std::u16string{0x1FFA, 0x0399}, "GREEK SMALL LETTER OMEGA WITH VARIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FF4}, std::u16string{0x038F, 0x0399}, "GREEK SMALL LETTER OMEGA WITH OXIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FB7}, std::u16string{0x0391, 0x0342, 0x0399}, "GREEK SMALL LETTER ALPHA WITH PERISPOMENI AND YPOGEGRAMMENI"},
    {std::u16string{0x1FC7}, std::u16string{0x0397, 0x0342, 0x0399}, "GREEK SMALL LETTER ETA WITH PERISPOMENI AND YPOGEGRAMMENI"},
    {std::u16string{0x1FF7}, std::u16string{0x03A9, 0x0342, 0x0399}, "GREEK SMALL LETTER OMEGA WITH PERISPOMENI AND YPOGEGRAMMENI"},
    {std::u16string{0xD801, 0xDC28}, std::u16string{0xD801, 0xDC00}, "DESERET SMALL LETTER LONG I"},
    {std::u16string{0xD801, 0xDC29}, std::u16string{0xD801, 0xDC01}, "DESERET SMALL LETTER LONG E"},
    {std::u16string{0xD801, 0xDC2A}, std::u16string{0xD801, 0xDC02}, "DESERET SMALL LETTER LONG A"},
    {std::u16string{0xD801, 0xDC2B}, std::u16string{0xD801, 0xDC03}, "DESERET SMALL LETTER LONG AH"},
    {std::u16string{0xD801, 0xDC2C}, std::u16string{0xD801, 0xDC04}, "DESERET SMALL LETTER LONG O"},
    {std::u16string{0xD801, 0xDC2D}, std::u16string{0xD801, 0xDC05}, "DESERET SMALL LETTER LONG OO"},
    {std::u16string{0xD801, 0xDC2E}, std::u16string{0xD801, 0xDC06}, "DESERET SMALL LETTER SHORT I"},
    {std::u16string{0xD801, 0xDC2F}, std::u16string{0xD801, 0xDC07}, "DESERET SMALL LETTER SHORT E"},
    {std::u16string{0xD801, 0xDC30}, std::u16string{0xD801, 0xDC08}, "DESERET SMALL LETTER SHORT A"},
    {std::u16string{0xD801, 0xDC31}, std::u16string{0xD801, 0xDC09}, "DESERET SMALL LETTER SHORT AH"},
    {std::u16string{0xD801, 0xDC32}, std::u16string{0xD801, 0xDC0A}, "DESERET SMALL LETTER SHORT O"},
    {std::u16string{0xD801, 0xDC33}, std::u16string{0xD801, 0xDC0B}, "DESERET SMALL LETTER SHORT OO"},
    {std::u16string{0xD801, 0xDC34}, std::u16string{0xD801, 0xDC0C}, "DESERET SMALL LETTER AY"},
    {std::u16string{0xD801, 0xDC35}, std::u16string{0xD801, 0xDC0D}, "DESERET SMALL LETTER OW"},
    {std::u16string{0xD801, 0xDC36}, std::u16string{0xD801, 0xDC0E}, "DESERET SMALL LETTER WU"},
    {std::u16string{0xD801, 0xDC37}, std::u16string{0xD801, 0xDC0F}, "DESERET SMALL LETTER YEE"},
    {std::u16string{0xD801, 0xDC38}, std::u16string{0xD801, 0xDC10}, "DESERET SMALL LETTER H"},
    {std::u16string{0xD801, 0xDC39}, std::u16string{0xD801, 0xDC11}, "DESERET SMALL LETTER PEE"},
    {std::u16string{0xD801, 0xDC3A}, std::u16string{0xD801, 0xDC12}, "DESERET SMALL LETTER BEE"},
    {std::u16string{0xD801, 0xDC3B}, std::u16string{0xD801, 0xDC13}, "DESERET SMALL LETTER TEE"},
    {std::u16string{0xD801, 0xDC3C}, std::u16string{0xD801, 0xDC14}, "DESERET SMALL LETTER DEE"},
    {std::u16string{0xD801, 0xDC3D}, std::u16string{0xD801, 0xDC15}, "DESERET SMALL LETTER CHEE"},
    {std::u16string{0xD801, 0xDC3E}, std::u16string{0xD801, 0xDC16}, "DESERET SMALL LETTER JEE"},
    {std::u16string{0xD801, 0xDC3F}, std::u16string{0xD801, 0xDC17}, "DESERET SMALL LETTER KAY"},
    {std::u16string{0xD801, 0xDC40}, std::u16string{0xD801, 0xDC18}, "DESERET SMALL LETTER GAY"},
    {std::u16string{0xD801, 0xDC41}, std::u16string{0xD801, 0xDC19}, "DESERET SMALL LETTER EF"},
    {std::u16string{0xD801, 0xDC42}, std::u16string{0xD801, 0xDC1A}, "DESERET SMALL LETTER VEE"},
    {std::u16string{0xD801, 0xDC43}, std::u16string{0xD801, 0xDC1B}, "DESERET SMALL LETTER ETH"},
    {std::u16string{0xD801, 0xDC44}, std::u16string{0xD801, 0xDC1C}, "DESERET SMALL LETTER THEE"},
    {std::u16string{0xD801, 0xDC45}, std::u16string{0xD801, 0xDC1D}, "DESERET SMALL LETTER ES"},
    {std::u16string{0xD801, 0xDC46}, std::u16string{0xD801, 0xDC1E}, "DESERET SMALL LETTER ZEE"},
    {std::u16string{0xD801, 0xDC47}, std::u16string{0xD801, 0xDC1F}, "DESERET SMALL LETTER ESH"},
    {std::u16string{0xD801, 0xDC48}, std::u16string{0xD801, 0xDC20}, "DESERET SMALL LETTER ZHEE"},
    {std::u16string{0xD801, 0xDC49}, std::u16string{0xD801, 0xDC21}, "DESERET SMALL LETTER ER"},
    {std::u16string{0xD801, 0xDC4A}, std::u16string{0xD801, 0xDC22}, "DESERET SMALL LETTER EL"},
    {std::u16string{0xD801, 0xDC4B}, std::u16string{0xD801, 0xDC23}, "DESERET SMALL LETTER EM"},
    {std::u16string{0xD801, 0xDC4C}, std::u16string{0xD801, 0xDC24}, "DESERET SMALL LETTER EN"},
    {std::u16string{0xD801, 0xDC4D}, std::u16string{0xD801, 0xDC25}, "DESERET SMALL LETTER ENG"},
    {std::u16string{0xD801, 0xDC4E}, std::u16string{0xD801, 0xDC26}, "DESERET SMALL LETTER OI"},
    {std::u16string{0xD801, 0xDC4F}, std::u16string{0xD801, 0xDC27}, "DESERET SMALL LETTER EW"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Hex(c.expected), Hex(ToUpperCase(c.input))) << c.what;
  }
}

TEST(ToLowerCase, Test262SpecialCasingSupplementaryPlaneAndFinalSigma) {
  const CaseMapping cases[] = {
    {std::u16string{0x00DF}, std::u16string{0x00DF}, "LATIN SMALL LETTER SHARP S"},
    {std::u16string{0x0130}, std::u16string{0x0069, 0x0307}, "LATIN CAPITAL LETTER I WITH DOT ABOVE"},
    {std::u16string{0xFB00}, std::u16string{0xFB00}, "LATIN SMALL LIGATURE FF"},
    {std::u16string{0xFB01}, std::u16string{0xFB01}, "LATIN SMALL LIGATURE FI"},
    {std::u16string{0xFB02}, std::u16string{0xFB02}, "LATIN SMALL LIGATURE FL"},
    {std::u16string{0xFB03}, std::u16string{0xFB03}, "LATIN SMALL LIGATURE FFI"},
    {std::u16string{0xFB04}, std::u16string{0xFB04}, "LATIN SMALL LIGATURE FFL"},
    {std::u16string{0xFB05}, std::u16string{0xFB05}, "LATIN SMALL LIGATURE LONG S T"},
    {std::u16string{0xFB06}, std::u16string{0xFB06}, "LATIN SMALL LIGATURE ST"},
    {std::u16string{0x0587}, std::u16string{0x0587}, "ARMENIAN SMALL LIGATURE ECH YIWN"},
    {std::u16string{0xFB13}, std::u16string{0xFB13}, "ARMENIAN SMALL LIGATURE MEN NOW"},
    {std::u16string{0xFB14}, std::u16string{0xFB14}, "ARMENIAN SMALL LIGATURE MEN ECH"},
    {std::u16string{0xFB15}, std::u16string{0xFB15}, "ARMENIAN SMALL LIGATURE MEN INI"},
    {std::u16string{0xFB16}, std::u16string{0xFB16}, "ARMENIAN SMALL LIGATURE VEW NOW"},
    {std::u16string{0xFB17}, std::u16string{0xFB17}, "ARMENIAN SMALL LIGATURE MEN XEH"},
    {std::u16string{0x0149}, std::u16string{0x0149}, "LATIN SMALL LETTER N PRECEDED BY APOSTROPHE"},
    {std::u16string{0x0390}, std::u16string{0x0390}, "GREEK SMALL LETTER IOTA WITH DIALYTIKA AND TONOS"},
    {std::u16string{0x03B0}, std::u16string{0x03B0}, "GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS"},
    {std::u16string{0x01F0}, std::u16string{0x01F0}, "LATIN SMALL LETTER J WITH CARON"},
    {std::u16string{0x1E96}, std::u16string{0x1E96}, "LATIN SMALL LETTER H WITH LINE BELOW"},
    {std::u16string{0x1E97}, std::u16string{0x1E97}, "LATIN SMALL LETTER T WITH DIAERESIS"},
    {std::u16string{0x1E98}, std::u16string{0x1E98}, "LATIN SMALL LETTER W WITH RING ABOVE"},
    {std::u16string{0x1E99}, std::u16string{0x1E99}, "LATIN SMALL LETTER Y WITH RING ABOVE"},
    {std::u16string{0x1E9A}, std::u16string{0x1E9A}, "LATIN SMALL LETTER A WITH RIGHT HALF RING"},
    {std::u16string{0x1F50}, std::u16string{0x1F50}, "GREEK SMALL LETTER UPSILON WITH PSILI"},
    {std::u16string{0x1F52}, std::u16string{0x1F52}, "GREEK SMALL LETTER UPSILON WITH PSILI AND VARIA"},
    {std::u16string{0x1F54}, std::u16string{0x1F54}, "GREEK SMALL LETTER UPSILON WITH PSILI AND OXIA"},
    {std::u16string{0x1F56}, std::u16string{0x1F56}, "GREEK SMALL LETTER UPSILON WITH PSILI AND PERISPOMENI"},
    {std::u16string{0x1FB6}, std::u16string{0x1FB6}, "GREEK SMALL LETTER ALPHA WITH PERISPOMENI"},
    {std::u16string{0x1FC6}, std::u16string{0x1FC6}, "GREEK SMALL LETTER ETA WITH PERISPOMENI"},
    {std::u16string{0x1FD2}, std::u16string{0x1FD2}, "GREEK SMALL LETTER IOTA WITH DIALYTIKA AND VARIA"},
    {std::u16string{0x1FD3}, std::u16string{0x1FD3}, "GREEK SMALL LETTER IOTA WITH DIALYTIKA AND OXIA"},
    {std::u16string{0x1FD6}, std::u16string{0x1FD6}, "GREEK SMALL LETTER IOTA WITH PERISPOMENI"},
    {std::u16string{0x1FD7}, std::u16string{0x1FD7}, "GREEK SMALL LETTER IOTA WITH DIALYTIKA AND PERISPOMENI"},
    {std::u16string{0x1FE2}, std::u16string{0x1FE2}, "GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND VARIA"},
    {std::u16string{0x1FE3}, std::u16string{0x1FE3}, "GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND OXIA"},
    {std::u16string{0x1FE4}, std::u16string{0x1FE4}, "GREEK SMALL LETTER RHO WITH PSILI"},
    {std::u16string{0x1FE6}, std::u16string{0x1FE6}, "GREEK SMALL LETTER UPSILON WITH PERISPOMENI"},
    {std::u16string{0x1FE7}, std::u16string{0x1FE7}, "GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND PERISPOMENI"},
    {std::u16string{0x1FF6}, std::u16string{0x1FF6}, "GREEK SMALL LETTER OMEGA WITH PERISPOMENI"},
    {std::u16string{0x1F80}, std::u16string{0x1F80}, "GREEK SMALL LETTER ALPHA WITH PSILI AND YPOGEGRAMMENI"},
    {std::u16string{0x1F81}, std::u16string{0x1F81}, "GREEK SMALL LETTER ALPHA WITH DASIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1F82}, std::u16string{0x1F82}, "GREEK SMALL LETTER ALPHA WITH PSILI AND VARIA AND YPOGEGRAMM"},
    {std::u16string{0x1F83}, std::u16string{0x1F83}, "GREEK SMALL LETTER ALPHA WITH DASIA AND VARIA AND YPOGEGRAMM"},
    {std::u16string{0x1F84}, std::u16string{0x1F84}, "GREEK SMALL LETTER ALPHA WITH PSILI AND OXIA AND YPOGEGRAMME"},
    {std::u16string{0x1F85}, std::u16string{0x1F85}, "GREEK SMALL LETTER ALPHA WITH DASIA AND OXIA AND YPOGEGRAMME"},
    {std::u16string{0x1F86}, std::u16string{0x1F86}, "GREEK SMALL LETTER ALPHA WITH PSILI AND PERISPOMENI AND YPOG"},
    {std::u16string{0x1F87}, std::u16string{0x1F87}, "GREEK SMALL LETTER ALPHA WITH DASIA AND PERISPOMENI AND YPOG"},
    {std::u16string{0x1F88}, std::u16string{0x1F80}, "GREEK CAPITAL LETTER ALPHA WITH PSILI AND PROSGEGRAMMENI"},
    {std::u16string{0x1F89}, std::u16string{0x1F81}, "GREEK CAPITAL LETTER ALPHA WITH DASIA AND PROSGEGRAMMENI"},
    {std::u16string{0x1F8A}, std::u16string{0x1F82}, "GREEK CAPITAL LETTER ALPHA WITH PSILI AND VARIA AND PROSGEGR"},
    {std::u16string{0x1F8B}, std::u16string{0x1F83}, "GREEK CAPITAL LETTER ALPHA WITH DASIA AND VARIA AND PROSGEGR"},
    {std::u16string{0x1F8C}, std::u16string{0x1F84}, "GREEK CAPITAL LETTER ALPHA WITH PSILI AND OXIA AND PROSGEGRA"},
    {std::u16string{0x1F8D}, std::u16string{0x1F85}, "GREEK CAPITAL LETTER ALPHA WITH DASIA AND OXIA AND PROSGEGRA"},
    {std::u16string{0x1F8E}, std::u16string{0x1F86}, "GREEK CAPITAL LETTER ALPHA WITH PSILI AND PERISPOMENI AND PR"},
    {std::u16string{0x1F8F}, std::u16string{0x1F87}, "GREEK CAPITAL LETTER ALPHA WITH DASIA AND PERISPOMENI AND PR"},
    {std::u16string{0x1F90}, std::u16string{0x1F90}, "GREEK SMALL LETTER ETA WITH PSILI AND YPOGEGRAMMENI"},
    {std::u16string{0x1F91}, std::u16string{0x1F91}, "GREEK SMALL LETTER ETA WITH DASIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1F92}, std::u16string{0x1F92}, "GREEK SMALL LETTER ETA WITH PSILI AND VARIA AND YPOGEGRAMMEN"},
    {std::u16string{0x1F93}, std::u16string{0x1F93}, "GREEK SMALL LETTER ETA WITH DASIA AND VARIA AND YPOGEGRAMMEN"},
    {std::u16string{0x1F94}, std::u16string{0x1F94}, "GREEK SMALL LETTER ETA WITH PSILI AND OXIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1F95}, std::u16string{0x1F95}, "GREEK SMALL LETTER ETA WITH DASIA AND OXIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1F96}, std::u16string{0x1F96}, "GREEK SMALL LETTER ETA WITH PSILI AND PERISPOMENI AND YPOGEG"},
    {std::u16string{0x1F97}, std::u16string{0x1F97}, "GREEK SMALL LETTER ETA WITH DASIA AND PERISPOMENI AND YPOGEG"},
    {std::u16string{0x1F98}, std::u16string{0x1F90}, "GREEK CAPITAL LETTER ETA WITH PSILI AND PROSGEGRAMMENI"},
    {std::u16string{0x1F99}, std::u16string{0x1F91}, "GREEK CAPITAL LETTER ETA WITH DASIA AND PROSGEGRAMMENI"},
    {std::u16string{0x1F9A}, std::u16string{0x1F92}, "GREEK CAPITAL LETTER ETA WITH PSILI AND VARIA AND PROSGEGRAM"},
    {std::u16string{0x1F9B}, std::u16string{0x1F93}, "GREEK CAPITAL LETTER ETA WITH DASIA AND VARIA AND PROSGEGRAM"},
    {std::u16string{0x1F9C}, std::u16string{0x1F94}, "GREEK CAPITAL LETTER ETA WITH PSILI AND OXIA AND PROSGEGRAMM"},
    {std::u16string{0x1F9D}, std::u16string{0x1F95}, "GREEK CAPITAL LETTER ETA WITH DASIA AND OXIA AND PROSGEGRAMM"},
    {std::u16string{0x1F9E}, std::u16string{0x1F96}, "GREEK CAPITAL LETTER ETA WITH PSILI AND PERISPOMENI AND PROS"},
    {std::u16string{0x1F9F}, std::u16string{0x1F97}, "GREEK CAPITAL LETTER ETA WITH DASIA AND PERISPOMENI AND PROS"},
    {std::u16string{0x1FA0}, std::u16string{0x1FA0}, "GREEK SMALL LETTER OMEGA WITH PSILI AND YPOGEGRAMMENI"},
    {std::u16string{0x1FA1}, std::u16string{0x1FA1}, "GREEK SMALL LETTER OMEGA WITH DASIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FA2}, std::u16string{0x1FA2}, "GREEK SMALL LETTER OMEGA WITH PSILI AND VARIA AND YPOGEGRAMM"},
    {std::u16string{0x1FA3}, std::u16string{0x1FA3}, "GREEK SMALL LETTER OMEGA WITH DASIA AND VARIA AND YPOGEGRAMM"},
    {std::u16string{0x1FA4}, std::u16string{0x1FA4}, "GREEK SMALL LETTER OMEGA WITH PSILI AND OXIA AND YPOGEGRAMME"},
    {std::u16string{0x1FA5}, std::u16string{0x1FA5}, "GREEK SMALL LETTER OMEGA WITH DASIA AND OXIA AND YPOGEGRAMME"},
    {std::u16string{0x1FA6}, std::u16string{0x1FA6}, "GREEK SMALL LETTER OMEGA WITH PSILI AND PERISPOMENI AND YPOG"},
    {std::u16string{0x1FA7}, std::u16string{0x1FA7}, "GREEK SMALL LETTER OMEGA WITH DASIA AND PERISPOMENI AND YPOG"},
    {std::u16string{0x1FA8}, std::u16string{0x1FA0}, "GREEK CAPITAL LETTER OMEGA WITH PSILI AND PROSGEGRAMMENI"},
    {std::u16string{0x1FA9}, std::u16string{0x1FA1}, "GREEK CAPITAL LETTER OMEGA WITH DASIA AND PROSGEGRAMMENI"},
    {std::u16string{0x1FAA}, std::u16string{0x1FA2}, "GREEK CAPITAL LETTER OMEGA WITH PSILI AND VARIA AND PROSGEGR"},
    {std::u16string{0x1FAB}, std::u16string{0x1FA3}, "GREEK CAPITAL LETTER OMEGA WITH DASIA AND VARIA AND PROSGEGR"},
    {std::u16string{0x1FAC}, std::u16string{0x1FA4}, "GREEK CAPITAL LETTER OMEGA WITH PSILI AND OXIA AND PROSGEGRA"},
    {std::u16string{0x1FAD}, std::u16string{0x1FA5}, "GREEK CAPITAL LETTER OMEGA WITH DASIA AND OXIA AND PROSGEGRA"},
    {std::u16string{0x1FAE}, std::u16string{0x1FA6}, "GREEK CAPITAL LETTER OMEGA WITH PSILI AND PERISPOMENI AND PR"},
    {std::u16string{0x1FAF}, std::u16string{0x1FA7}, "GREEK CAPITAL LETTER OMEGA WITH DASIA AND PERISPOMENI AND PR"},
    {std::u16string{0x1FB3}, std::u16string{0x1FB3}, "GREEK SMALL LETTER ALPHA WITH YPOGEGRAMMENI"},
    {std::u16string{0x1FBC}, std::u16string{0x1FB3}, "GREEK CAPITAL LETTER ALPHA WITH PROSGEGRAMMENI"},
    {std::u16string{0x1FC3}, std::u16string{0x1FC3}, "GREEK SMALL LETTER ETA WITH YPOGEGRAMMENI"},
    {std::u16string{0x1FCC}, std::u16string{0x1FC3}, "GREEK CAPITAL LETTER ETA WITH PROSGEGRAMMENI"},
    {std::u16string{0x1FF3}, std::u16string{0x1FF3}, "GREEK SMALL LETTER OMEGA WITH YPOGEGRAMMENI"},
    {std::u16string{0x1FFC}, std::u16string{0x1FF3}, "GREEK CAPITAL LETTER OMEGA WITH PROSGEGRAMMENI"},
    {std::u16string{0x1FB2}, std::u16string{0x1FB2}, "GREEK SMALL LETTER ALPHA WITH VARIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FB4}, std::u16string{0x1FB4}, "GREEK SMALL LETTER ALPHA WITH OXIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FC2}, std::u16string{0x1FC2}, "GREEK SMALL LETTER ETA WITH VARIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FC4}, std::u16string{0x1FC4}, "GREEK SMALL LETTER ETA WITH OXIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FF2}, std::u16string{0x1FF2}, "GREEK SMALL LETTER OMEGA WITH VARIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FF4}, std::u16string{0x1FF4}, "GREEK SMALL LETTER OMEGA WITH OXIA AND YPOGEGRAMMENI"},
    {std::u16string{0x1FB7}, std::u16string{0x1FB7}, "GREEK SMALL LETTER ALPHA WITH PERISPOMENI AND YPOGEGRAMMENI"},
    {std::u16string{0x1FC7}, std::u16string{0x1FC7}, "GREEK SMALL LETTER ETA WITH PERISPOMENI AND YPOGEGRAMMENI"},
    {std::u16string{0x1FF7}, std::u16string{0x1FF7}, "GREEK SMALL LETTER OMEGA WITH PERISPOMENI AND YPOGEGRAMMENI"},
    {std::u16string{0xD801, 0xDC00}, std::u16string{0xD801, 0xDC28}, "DESERET CAPITAL LETTER LONG I"},
    {std::u16string{0xD801, 0xDC01}, std::u16string{0xD801, 0xDC29}, "DESERET CAPITAL LETTER LONG E"},
    {std::u16string{0xD801, 0xDC02}, std::u16string{0xD801, 0xDC2A}, "DESERET CAPITAL LETTER LONG A"},
    {std::u16string{0xD801, 0xDC03}, std::u16string{0xD801, 0xDC2B}, "DESERET CAPITAL LETTER LONG AH"},
    {std::u16string{0xD801, 0xDC04}, std::u16string{0xD801, 0xDC2C}, "DESERET CAPITAL LETTER LONG O"},
    {std::u16string{0xD801, 0xDC05}, std::u16string{0xD801, 0xDC2D}, "DESERET CAPITAL LETTER LONG OO"},
    {std::u16string{0xD801, 0xDC06}, std::u16string{0xD801, 0xDC2E}, "DESERET CAPITAL LETTER SHORT I"},
    {std::u16string{0xD801, 0xDC07}, std::u16string{0xD801, 0xDC2F}, "DESERET CAPITAL LETTER SHORT E"},
    {std::u16string{0xD801, 0xDC08}, std::u16string{0xD801, 0xDC30}, "DESERET CAPITAL LETTER SHORT A"},
    {std::u16string{0xD801, 0xDC09}, std::u16string{0xD801, 0xDC31}, "DESERET CAPITAL LETTER SHORT AH"},
    {std::u16string{0xD801, 0xDC0A}, std::u16string{0xD801, 0xDC32}, "DESERET CAPITAL LETTER SHORT O"},
    {std::u16string{0xD801, 0xDC0B}, std::u16string{0xD801, 0xDC33}, "DESERET CAPITAL LETTER SHORT OO"},
    {std::u16string{0xD801, 0xDC0C}, std::u16string{0xD801, 0xDC34}, "DESERET CAPITAL LETTER AY"},
    {std::u16string{0xD801, 0xDC0D}, std::u16string{0xD801, 0xDC35}, "DESERET CAPITAL LETTER OW"},
    {std::u16string{0xD801, 0xDC0E}, std::u16string{0xD801, 0xDC36}, "DESERET CAPITAL LETTER WU"},
    {std::u16string{0xD801, 0xDC0F}, std::u16string{0xD801, 0xDC37}, "DESERET CAPITAL LETTER YEE"},
    {std::u16string{0xD801, 0xDC10}, std::u16string{0xD801, 0xDC38}, "DESERET CAPITAL LETTER H"},
    {std::u16string{0xD801, 0xDC11}, std::u16string{0xD801, 0xDC39}, "DESERET CAPITAL LETTER PEE"},
    {std::u16string{0xD801, 0xDC12}, std::u16string{0xD801, 0xDC3A}, "DESERET CAPITAL LETTER BEE"},
    {std::u16string{0xD801, 0xDC13}, std::u16string{0xD801, 0xDC3B}, "DESERET CAPITAL LETTER TEE"},
    {std::u16string{0xD801, 0xDC14}, std::u16string{0xD801, 0xDC3C}, "DESERET CAPITAL LETTER DEE"},
    {std::u16string{0xD801, 0xDC15}, std::u16string{0xD801, 0xDC3D}, "DESERET CAPITAL LETTER CHEE"},
    {std::u16string{0xD801, 0xDC16}, std::u16string{0xD801, 0xDC3E}, "DESERET CAPITAL LETTER JEE"},
    {std::u16string{0xD801, 0xDC17}, std::u16string{0xD801, 0xDC3F}, "DESERET CAPITAL LETTER KAY"},
    {std::u16string{0xD801, 0xDC18}, std::u16string{0xD801, 0xDC40}, "DESERET CAPITAL LETTER GAY"},
    {std::u16string{0xD801, 0xDC19}, std::u16string{0xD801, 0xDC41}, "DESERET CAPITAL LETTER EF"},
    {std::u16string{0xD801, 0xDC1A}, std::u16string{0xD801, 0xDC42}, "DESERET CAPITAL LETTER VEE"},
    {std::u16string{0xD801, 0xDC1B}, std::u16string{0xD801, 0xDC43}, "DESERET CAPITAL LETTER ETH"},
    {std::u16string{0xD801, 0xDC1C}, std::u16string{0xD801, 0xDC44}, "DESERET CAPITAL LETTER THEE"},
    {std::u16string{0xD801, 0xDC1D}, std::u16string{0xD801, 0xDC45}, "DESERET CAPITAL LETTER ES"},
    {std::u16string{0xD801, 0xDC1E}, std::u16string{0xD801, 0xDC46}, "DESERET CAPITAL LETTER ZEE"},
    {std::u16string{0xD801, 0xDC1F}, std::u16string{0xD801, 0xDC47}, "DESERET CAPITAL LETTER ESH"},
    {std::u16string{0xD801, 0xDC20}, std::u16string{0xD801, 0xDC48}, "DESERET CAPITAL LETTER ZHEE"},
    {std::u16string{0xD801, 0xDC21}, std::u16string{0xD801, 0xDC49}, "DESERET CAPITAL LETTER ER"},
    {std::u16string{0xD801, 0xDC22}, std::u16string{0xD801, 0xDC4A}, "DESERET CAPITAL LETTER EL"},
    {std::u16string{0xD801, 0xDC23}, std::u16string{0xD801, 0xDC4B}, "DESERET CAPITAL LETTER EM"},
    {std::u16string{0xD801, 0xDC24}, std::u16string{0xD801, 0xDC4C}, "DESERET CAPITAL LETTER EN"},
    {std::u16string{0xD801, 0xDC25}, std::u16string{0xD801, 0xDC4D}, "DESERET CAPITAL LETTER ENG"},
    {std::u16string{0xD801, 0xDC26}, std::u16string{0xD801, 0xDC4E}, "DESERET CAPITAL LETTER OI"},
    {std::u16string{0xD801, 0xDC27}, std::u16string{0xD801, 0xDC4F}, "DESERET CAPITAL LETTER EW"},
    {std::u16string{0x03A3}, std::u16string{0x03C3}, "Single GREEK CAPITAL LETTER SIGMA"},
    {std::u16string{0x0041, 0x03A3}, std::u16string{0x0061, 0x03C2}, "Sigma preceded by LATIN CAPITAL LETTER A"},
    {std::u16string{0xD835, 0xDCA2, 0x03A3}, std::u16string{0xD835, 0xDCA2, 0x03C2}, "Sigma preceded by MATHEMATICAL SCRIPT CAPITAL G (D835 DCA2 ="},
    {std::u16string{0x0041, 0x002E, 0x03A3}, std::u16string{0x0061, 0x002E, 0x03C2}, "Sigma preceded by FULL STOP"},
    {std::u16string{0x0041, 0x00AD, 0x03A3}, std::u16string{0x0061, 0x00AD, 0x03C2}, "Sigma preceded by SOFT HYPHEN (00AD)"},
    {std::u16string{0x0041, 0xD834, 0xDE42, 0x03A3}, std::u16string{0x0061, 0xD834, 0xDE42, 0x03C2}, "Sigma preceded by COMBINING GREEK MUSICAL TRISEME (D834 DE42"},
    {std::u16string{0x0345, 0x03A3}, std::u16string{0x0345, 0x03C3}, "Sigma preceded by COMBINING GREEK YPOGEGRAMMENI (0345)"},
    {std::u16string{0x0391, 0x0345, 0x03A3}, std::u16string{0x03B1, 0x0345, 0x03C2}, "Sigma preceded by GREEK CAPITAL LETTER ALPHA (0391), COMBINI"},
    {std::u16string{0x0041, 0x03A3, 0x0042}, std::u16string{0x0061, 0x03C3, 0x0062}, "Sigma followed by LATIN CAPITAL LETTER B"},
    {std::u16string{0x0041, 0x03A3, 0xD835, 0xDCA2}, std::u16string{0x0061, 0x03C3, 0xD835, 0xDCA2}, "Sigma followed by MATHEMATICAL SCRIPT CAPITAL G (D835 DCA2 ="},
    {std::u16string{0x0041, 0x03A3, 0x002E, 0x0062}, std::u16string{0x0061, 0x03C3, 0x002E, 0x0062}, "Sigma followed by FULL STOP"},
    {std::u16string{0x0041, 0x03A3, 0x00AD, 0x0042}, std::u16string{0x0061, 0x03C3, 0x00AD, 0x0062}, "Sigma followed by SOFT HYPHEN (00AD)"},
    {std::u16string{0x0041, 0x03A3, 0xD834, 0xDE42, 0x0042}, std::u16string{0x0061, 0x03C3, 0xD834, 0xDE42, 0x0062}, "Sigma followed by COMBINING GREEK MUSICAL TRISEME (D834 DE42"},
    {std::u16string{0x0041, 0x03A3, 0x0345}, std::u16string{0x0061, 0x03C2, 0x0345}, "Sigma followed by COMBINING GREEK YPOGEGRAMMENI (0345)"},
    {std::u16string{0x0041, 0x03A3, 0x0345, 0x0391}, std::u16string{0x0061, 0x03C3, 0x0345, 0x03B1}, "Sigma followed by COMBINING GREEK YPOGEGRAMMENI (0345), GREE"},
    {std::u16string{0x0041, 0x180E, 0x03A3}, std::u16string{0x0061, 0x180E, 0x03C2}, "Sigma preceded by LATIN CAPITAL LETTER A, MONGOLIAN VOWEL SE"},
    {std::u16string{0x0041, 0x180E, 0x03A3, 0x0042}, std::u16string{0x0061, 0x180E, 0x03C3, 0x0062}, "Sigma preceded by LATIN CAPITAL LETTER A, MONGOLIAN VOWEL SE"},
    {std::u16string{0x0041, 0x03A3, 0x180E}, std::u16string{0x0061, 0x03C2, 0x180E}, "Sigma preceded by LATIN CAPITAL LETTER A, followed by MONGOL"},
    {std::u16string{0x0041, 0x03A3, 0x180E, 0x0042}, std::u16string{0x0061, 0x03C3, 0x180E, 0x0062}, "Sigma preceded by LATIN CAPITAL LETTER A, followed by MONGOL"},
    {std::u16string{0x0041, 0x180E, 0x03A3, 0x180E}, std::u16string{0x0061, 0x180E, 0x03C2, 0x180E}, "Sigma preceded by LATIN CAPITAL LETTER A, MONGOLIAN VOWEL SE"},
    {std::u16string{0x0041, 0x180E, 0x03A3, 0x180E, 0x0042}, std::u16string{0x0061, 0x180E, 0x03C3, 0x180E, 0x0062}, "Sigma preceded by LATIN CAPITAL LETTER A, MONGOLIAN VOWEL SE"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Hex(c.expected), Hex(ToLowerCase(c.input))) << c.what;
  }
}

TEST(CaseMapping, BasicsAndLocaleIndependence) {
  EXPECT_EQ(u"SS", ToUpperCase(u"ß"));
  EXPECT_EQ(u"STRASSE", ToUpperCase(u"Straße"));
  EXPECT_EQ(u"hello, world 123", ToLowerCase(u"HeLLo, WORLD 123"));
  EXPECT_EQ(u"", ToUpperCase(u""));
  EXPECT_EQ(u"", ToLowerCase(u""));
  // No Turkish or Lithuanian tailoring: I lowercases to i, and U+0130 to
  // i + COMBINING DOT ABOVE.
  EXPECT_EQ(u"i", ToLowerCase(u"I"));
  EXPECT_EQ(u"I", ToUpperCase(u"i"));
  EXPECT_EQ(u"i̇", ToLowerCase(u"İ"));
  // Final sigma: word-final capital sigma lowercases to U+03C2.
  EXPECT_EQ(u"οδος", ToLowerCase(u"ΟΔΟΣ"));
  EXPECT_EQ(u"σ", ToLowerCase(u"Σ"));  // alone: not final
  // U+0390 uppercases to three code points.
  EXPECT_EQ(u"Ϊ́", ToUpperCase(u"ΐ"));
  // Growth past the first buffer guess: many ligatures.
  std::u16string many(1000, u'ﬃ');  // LATIN SMALL LIGATURE FFI
  std::u16string upper = ToUpperCase(many);
  EXPECT_EQ(3000u, upper.size());
  EXPECT_EQ(u"FFI", upper.substr(0, 3));
}

TEST(CaseMapping, LoneSurrogatesAreKept) {
  const std::u16string lone = {u'a', 0xD800, u'b', 0xDC00, 0xDBFF};
  EXPECT_EQ(Hex(std::u16string{u'A', 0xD800, u'B', 0xDC00, 0xDBFF}), Hex(ToUpperCase(lone)));
  EXPECT_EQ(Hex(std::u16string{u'a', 0xD800, u'b', 0xDC00, 0xDBFF}), Hex(ToLowerCase(lone)));
}

TEST(CodePointAt, Records) {
  const std::u16string s = {u'a', 0xD83D, 0xDE00, 0xD800, u'b', 0xDC00, 0xDBFF};
  auto check = [&](std::size_t position, char32_t code_point, int count, bool unpaired) {
    CodePointRecord record = CodePointAt(s, position);
    EXPECT_EQ(code_point, record.code_point) << position;
    EXPECT_EQ(count, record.code_unit_count) << position;
    EXPECT_EQ(unpaired, record.is_unpaired_surrogate) << position;
  };
  check(0, u'a', 1, false);
  check(1, 0x1F600, 2, false);  // a pair
  check(2, 0xDE00, 1, true);    // a trailing surrogate alone
  check(3, 0xD800, 1, true);    // leading surrogate before a non-surrogate
  check(4, u'b', 1, false);
  check(5, 0xDC00, 1, true);
  check(6, 0xDBFF, 1, true);    // leading surrogate at the end
  EXPECT_EQ(U'􏿿', CodePointAt(std::u16string{0xDBFF, 0xDFFF}, 0).code_point);
  EXPECT_EQ(U'𐀀', CodePointAt(std::u16string{0xD800, 0xDC00}, 0).code_point);
}

// Test262 built-ins/String/prototype/isWellFormed and toWellFormed.
TEST(WellFormed, IsAndTo) {
  const struct { std::u16string input; bool well_formed; std::u16string to_well_formed; } cases[] = {
      {u"", true, u""},
      {u"abc", true, u"abc"},
      {std::u16string{0xD83D, 0xDE00}, true, std::u16string{0xD83D, 0xDE00}},
      {std::u16string{u'a', 0xD800}, false, u"a�"},
      {std::u16string{0xDC00, u'a'}, false, u"�a"},
      {std::u16string{0xDC00, 0xD800}, false, u"��"},
      {std::u16string{0xD800, 0xD800, 0xDC00}, false, std::u16string{0xFFFD, 0xD800, 0xDC00}},
      {std::u16string{u'a', 0xD800, u'b', 0xDFFF, u'c'}, false, u"a�b�c"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(c.well_formed, IsStringWellFormedUnicode(c.input)) << Hex(c.input);
    EXPECT_EQ(Hex(c.to_well_formed), Hex(ToWellFormed(c.input))) << Hex(c.input);
    EXPECT_TRUE(IsStringWellFormedUnicode(ToWellFormed(c.input)));
  }
}

TEST(Normalize, FormNames) {
  EXPECT_EQ(NormalizationForm::kNFC, NormalizationFormFromString(u"NFC"));
  EXPECT_EQ(NormalizationForm::kNFD, NormalizationFormFromString(u"NFD"));
  EXPECT_EQ(NormalizationForm::kNFKC, NormalizationFormFromString(u"NFKC"));
  EXPECT_EQ(NormalizationForm::kNFKD, NormalizationFormFromString(u"NFKD"));
  // Test262 form-is-not-valid-throws.js: anything else is a RangeError.
  for (const char16_t* bad : {u"nfc", u"NFC1", u"", u"NFKC ", u" NFD", u"null", u"undefined"}) {
    EXPECT_FALSE(NormalizationFormFromString(bad).has_value());
  }
}

// Test262 normalize/return-normalized-string.js.
TEST(Normalize, Test262) {
  const std::u16string s = u"ẛ̣";
  EXPECT_EQ(Hex(u"ẛ̣"), Hex(Normalize(s, NormalizationForm::kNFC)));
  EXPECT_EQ(Hex(u"ẛ̣"), Hex(Normalize(s, NormalizationForm::kNFD)));
  EXPECT_EQ(Hex(u"ṩ"), Hex(Normalize(s, NormalizationForm::kNFKC)));
  EXPECT_EQ(Hex(u"ṩ"), Hex(Normalize(s, NormalizationForm::kNFKD)));
  const std::u16string t = u"Å⫝̸क़Ω̈́";
  EXPECT_EQ(Hex(u"Å⫝̸क़Ω̈́"), Hex(Normalize(t, NormalizationForm::kNFC)));
  EXPECT_EQ(Hex(u"Å⫝̸क़Ω̈́"), Hex(Normalize(t, NormalizationForm::kNFD)));
  EXPECT_EQ(Hex(u"Å⫝̸क़Ω̈́"), Hex(Normalize(t, NormalizationForm::kNFKC)));
  EXPECT_EQ(Hex(u"Å⫝̸क़Ω̈́"), Hex(Normalize(t, NormalizationForm::kNFKD)));
}

TEST(Normalize, MoreCases) {
  EXPECT_EQ(u"", Normalize(u"", NormalizationForm::kNFC));
  EXPECT_EQ(u"é", Normalize(u"é", NormalizationForm::kNFC));
  EXPECT_EQ(u"é", Normalize(u"é", NormalizationForm::kNFD));
  EXPECT_EQ(u"fi", Normalize(u"ﬁ", NormalizationForm::kNFKC));
  EXPECT_EQ(u"ﬁ", Normalize(u"ﬁ", NormalizationForm::kNFC));
  EXPECT_EQ(u"가", Normalize(u"가", NormalizationForm::kNFC));
  // Lone surrogates pass through.
  const std::u16string lone = {u'e', 0xD800, 0x0301, 0xDC00};
  EXPECT_EQ(Hex(lone), Hex(Normalize(lone, NormalizationForm::kNFD)));
}

TEST(LocaleCompare, Test262CanonicalEquivalence) {
  const std::u16string pairs[][2] = {
    {std::u16string{0x006F, 0x0308}, std::u16string{0x00F6}},
    {std::u16string{0x00E4, 0x0323}, std::u16string{0x0061, 0x0323, 0x0308}},
    {std::u16string{0x0061, 0x0308, 0x0323}, std::u16string{0x0061, 0x0323, 0x0308}},
    {std::u16string{0x1EA1, 0x0308}, std::u16string{0x0061, 0x0323, 0x0308}},
    {std::u16string{0x00E4, 0x0306}, std::u16string{0x0061, 0x0308, 0x0306}},
    {std::u16string{0x0103, 0x0308}, std::u16string{0x0061, 0x0306, 0x0308}},
    {std::u16string{0x1111, 0x1171, 0x11B6}, std::u16string{0xD4DB}},
    {std::u16string{0x212B}, std::u16string{0x00C5}},
    {std::u16string{0x212B}, std::u16string{0x0041, 0x030A}},
    {std::u16string{0x0078, 0x031B, 0x0323}, std::u16string{0x0078, 0x0323, 0x031B}},
    {std::u16string{0x1EF1}, std::u16string{0x1EE5, 0x031B}},
    {std::u16string{0x1EF1}, std::u16string{0x0075, 0x031B, 0x0323}},
    {std::u16string{0x1EF1}, std::u16string{0x01B0, 0x0323}},
    {std::u16string{0x1EF1}, std::u16string{0x0075, 0x0323, 0x031B}},
    {std::u16string{0x00C7}, std::u16string{0x0043, 0x0327}},
    {std::u16string{0x0071, 0x0307, 0x0323}, std::u16string{0x0071, 0x0323, 0x0307}},
    {std::u16string{0xAC00}, std::u16string{0x1100, 0x1161}},
    {std::u16string{0x212B}, std::u16string{0x0041, 0x030A}},
    {std::u16string{0x2126}, std::u16string{0x03A9}},
    {std::u16string{0x00C5}, std::u16string{0x0041, 0x030A}},
    {std::u16string{0x00F4}, std::u16string{0x006F, 0x0302}},
    {std::u16string{0x1E69}, std::u16string{0x0073, 0x0323, 0x0307}},
    {std::u16string{0x1E0B, 0x0323}, std::u16string{0x0064, 0x0323, 0x0307}},
    {std::u16string{0x1E0B, 0x0323}, std::u16string{0x1E0D, 0x0307}},
    {std::u16string{0x0071, 0x0307, 0x0323}, std::u16string{0x0071, 0x0323, 0x0307}},
  };
  for (const auto& pair : pairs) {
    EXPECT_EQ(0, LocaleCompare(pair[0], pair[1])) << Hex(pair[0]) << "vs " << Hex(pair[1]);
    EXPECT_EQ(0, LocaleCompare(pair[1], pair[0]));
  }
  // The spec's own examples (22.1.3.12, the second note).
  EXPECT_EQ(0, LocaleCompare(u"Å", u"Å"));
  EXPECT_EQ(0, LocaleCompare(u"Ω", u"Ω"));
  EXPECT_EQ(0, LocaleCompare(u"ṩ", u"ṩ"));
  EXPECT_EQ(0, LocaleCompare(u"ḍ̇", u"ḍ̇"));
  EXPECT_EQ(0, LocaleCompare(u"가", u"가"));
}

TEST(LocaleCompare, OrderLikeV8) {
  const struct { const char16_t* a; const char16_t* b; int expected; } cases[] = {
      {u"a", u"b", -1}, {u"b", u"a", 1}, {u"a", u"a", 0}, {u"a", u"B", -1},
      {u"B", u"a", 1}, {u"a", u"A", -1}, {u"ä", u"b", -1},
      {u"ß", u"ss", 1}, {u"résumé", u"resume", 1},
      {u"résumé", u"Resume", 1}, {u"", u"a", -1}, {u"10", u"9", -1},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(c.expected, LocaleCompare(c.a, c.b));
  }
  // Test262 S15.5.4.9_A1_T1-ish: a String compares equal to itself.
  EXPECT_EQ(0, LocaleCompare(u"undefined", u"undefined"));
}

}  // namespace
}  // namespace async_runtime::builtins
