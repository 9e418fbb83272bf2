#include "runtime/syntax/token.h"

namespace async_runtime::syntax {

// Names for diagnostics: punctuators are spelled as in the source, other
// tokens are described.
std::string_view TokenTypeName(TokenType type) {
  switch (type) {
    case TokenType::kEndOfInput: return "end of input";
    case TokenType::kInvalid: return "invalid token";
    case TokenType::kIdentifier: return "identifier";
    case TokenType::kPrivateName: return "private name";
    case TokenType::kNumeric: return "number";
    case TokenType::kBigInt: return "BigInt";
    case TokenType::kString: return "string";
    case TokenType::kNoSubstitutionTemplate: return "template";
    case TokenType::kTemplateHead: return "template head";
    case TokenType::kTemplateMiddle: return "template middle";
    case TokenType::kTemplateTail: return "template tail";
    case TokenType::kRegularExpression: return "regular expression";
    case TokenType::kLeftBrace: return "{";
    case TokenType::kRightBrace: return "}";
    case TokenType::kLeftParen: return "(";
    case TokenType::kRightParen: return ")";
    case TokenType::kLeftBracket: return "[";
    case TokenType::kRightBracket: return "]";
    case TokenType::kDot: return ".";
    case TokenType::kEllipsis: return "...";
    case TokenType::kSemicolon: return ";";
    case TokenType::kComma: return ",";
    case TokenType::kLessThan: return "<";
    case TokenType::kGreaterThan: return ">";
    case TokenType::kLessThanEqual: return "<=";
    case TokenType::kGreaterThanEqual: return ">=";
    case TokenType::kEqualEqual: return "==";
    case TokenType::kNotEqual: return "!=";
    case TokenType::kStrictEqual: return "===";
    case TokenType::kStrictNotEqual: return "!==";
    case TokenType::kPlus: return "+";
    case TokenType::kMinus: return "-";
    case TokenType::kStar: return "*";
    case TokenType::kSlash: return "/";
    case TokenType::kPercent: return "%";
    case TokenType::kStarStar: return "**";
    case TokenType::kPlusPlus: return "++";
    case TokenType::kMinusMinus: return "--";
    case TokenType::kShiftLeft: return "<<";
    case TokenType::kShiftRight: return ">>";
    case TokenType::kUnsignedShiftRight: return ">>>";
    case TokenType::kAmpersand: return "&";
    case TokenType::kPipe: return "|";
    case TokenType::kCaret: return "^";
    case TokenType::kBang: return "!";
    case TokenType::kTilde: return "~";
    case TokenType::kAmpersandAmpersand: return "&&";
    case TokenType::kPipePipe: return "||";
    case TokenType::kQuestionQuestion: return "??";
    case TokenType::kQuestion: return "?";
    case TokenType::kQuestionDot: return "?.";
    case TokenType::kColon: return ":";
    case TokenType::kAssign: return "=";
    case TokenType::kPlusAssign: return "+=";
    case TokenType::kMinusAssign: return "-=";
    case TokenType::kStarAssign: return "*=";
    case TokenType::kSlashAssign: return "/=";
    case TokenType::kPercentAssign: return "%=";
    case TokenType::kStarStarAssign: return "**=";
    case TokenType::kShiftLeftAssign: return "<<=";
    case TokenType::kShiftRightAssign: return ">>=";
    case TokenType::kUnsignedShiftRightAssign: return ">>>=";
    case TokenType::kAmpersandAssign: return "&=";
    case TokenType::kPipeAssign: return "|=";
    case TokenType::kCaretAssign: return "^=";
    case TokenType::kAmpersandAmpersandAssign: return "&&=";
    case TokenType::kPipePipeAssign: return "||=";
    case TokenType::kQuestionQuestionAssign: return "?\?=";
    case TokenType::kArrow: return "=>";
    case TokenType::kAt: return "@";
  }
  return "unknown token";
}

}  // namespace async_runtime::syntax
