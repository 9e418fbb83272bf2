// Unicode identifier properties for the lexer (12.7 Names and Keywords):
// ICU's ID_Start / ID_Continue, brought up to a newer Unicode version than the
// system ICU knows.
//
// The spec asks for "the latest version of the Unicode Standard"; Debian 12's
// ICU 72 implements Unicode 15.0. ID_Start and ID_Continue are stable (a code
// point never leaves them), so the newer sets are ICU's plus the ranges below.
#pragma once

namespace async_runtime::syntax {

// UnicodeIDStart: a code point with the Unicode property ID_Start.
bool IsUnicodeIDStart(char32_t code_point);

// UnicodeIDContinue: a code point with the Unicode property ID_Continue.
bool IsUnicodeIDContinue(char32_t code_point);

}  // namespace async_runtime::syntax
