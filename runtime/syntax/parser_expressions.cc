// Expressions (ECMA-262 clause 13), their cover grammars and patterns
// (13.15.5 destructuring assignment, 14.3.3 binding patterns).
#include "runtime/regexp/regexp_syntax.h"
#include "runtime/syntax/parser_internal.h"

namespace async_runtime::syntax {

bool IsAlwaysReservedWord(Keyword k) { return k > Keyword::kAwait && k < Keyword::kYield; }

bool IsStrictReservedWord(Keyword k) { return k >= Keyword::kLet && k <= Keyword::kPublic; }

namespace {
bool IsBareArrow(const Expression* e) { return e->kind == NodeKind::kArrowFunction && !e->parenthesized; }
}  // namespace

// ---------------------------------------------------------------------------
// Identifiers (13.1 with its early errors)
// ---------------------------------------------------------------------------

bool Parser::IsIdentifierToken(const Token& token) const {
  return token.type == TokenType::kIdentifier && !IsAlwaysReservedWord(token.keyword);
}

// 13.1.1 Static Semantics: Early Errors for IdentifierReference / LabelIdentifier.
void Parser::CheckIdentifierReference(const Token& token) {
  if (token.type != TokenType::kIdentifier) Unexpected();
  Keyword k = token.keyword;
  std::string name = Utf16ToUtf8(token.value);
  if (IsAlwaysReservedWord(k)) FailAt(token, "Unexpected reserved word '" + name + "'");
  if (k == Keyword::kYield && (yield_keyword_ || strict_)) {
    FailAt(token, strict_ ? "Unexpected strict mode reserved word 'yield'" : "'yield' is not a valid identifier here");
  }
  if (k == Keyword::kAwait) {
    if (is_module_) FailAt(token, "'await' is a reserved word in module code");
    if (await_keyword_) FailAt(token, "'await' is not a valid identifier here");
    if (function_->is_static_block) FailAt(token, "'await' is not allowed in class static blocks");
    ++await_identifier_count_;
  }
  if (strict_ && IsStrictReservedWord(k)) FailAt(token, "Unexpected strict mode reserved word '" + name + "'");
}

void Parser::CheckLabelIdentifier(const Token& token) { CheckIdentifierReference(token); }

void Parser::CheckStrictBindingName(const std::u16string& name, const SourceRange& range) {
  if (name == u"eval" || name == u"arguments") Fail(range, "Unexpected eval or arguments in strict mode");
}

// 13.1.1 BindingIdentifier early errors.
void Parser::CheckBindingIdentifier(const Token& token) {
  CheckIdentifierReference(token);
  if (strict_) CheckStrictBindingName(token.value, token.range);
}

Identifier* Parser::MakeIdentifier(const Token& token) {
  auto* id = New<Identifier>();
  id->name = token.value;
  id->range = token.range;
  return id;
}

Identifier* Parser::ParseIdentifierReference() {
  CheckIdentifierReference(tok_);
  auto* id = New<Identifier>();
  id->name = std::move(tok_.value);  // tok_ is consumed below
  id->range = tok_.range;
  NoteIdentifierReference(id->name, id->range);
  Advance();
  return id;
}

Identifier* Parser::ParseBindingIdentifier() {
  if (!Is(TokenType::kIdentifier)) Unexpected();
  CheckBindingIdentifier(tok_);
  Identifier* id = MakeIdentifier(tok_);
  Advance();
  return id;
}

// `arguments` in class field initializers and static blocks is an early error
// (ContainsArguments, 15.7.1); elsewhere the function records the use.
void Parser::NoteIdentifierReference(const std::u16string& name, const SourceRange& range) {
  if (name != u"arguments") return;
  for (FunctionContext* f = function_; f; f = f->outer) {
    if (f->is_field_initializer || f->is_static_block) Fail(range, "'arguments' is not allowed in class field initializer or static initialization block");
    if (f->node) f->node->uses_arguments = true;
    if (!f->is_arrow) break;
  }
}

// ---------------------------------------------------------------------------
// Expression, AssignmentExpression (13.15), YieldExpression (15.5)
// ---------------------------------------------------------------------------

void Parser::ThrowCoverErrors(const CoverErrors& errors) {
  if (errors.initialized_name) Fail(*errors.initialized_name, "Invalid shorthand property initializer");
  if (errors.duplicate_proto) Fail(*errors.duplicate_proto, "Duplicate __proto__ fields are not allowed in object literals");
}

Expression* Parser::ParseExpression(bool in, CoverErrors* cover) {
  SourceLocation start = Start();
  Expression* first = ParseAssignment(in, cover);
  if (!Is(TokenType::kComma)) return first;
  if (cover) ThrowCoverErrors(*cover);
  auto* sequence = New<SequenceExpression>();
  sequence->expressions.push_back(first);
  while (Eat(TokenType::kComma)) sequence->expressions.push_back(ParseAssignment(in));
  return Finish(sequence, start);
}

namespace {
std::optional<AssignmentOperator> CompoundAssignmentOperator(TokenType type) {
  switch (type) {
    case TokenType::kStarStarAssign: return AssignmentOperator::kExponent;
    case TokenType::kStarAssign: return AssignmentOperator::kMultiply;
    case TokenType::kSlashAssign: return AssignmentOperator::kDivide;
    case TokenType::kPercentAssign: return AssignmentOperator::kRemainder;
    case TokenType::kPlusAssign: return AssignmentOperator::kAdd;
    case TokenType::kMinusAssign: return AssignmentOperator::kSubtract;
    case TokenType::kShiftLeftAssign: return AssignmentOperator::kShiftLeft;
    case TokenType::kShiftRightAssign: return AssignmentOperator::kShiftRight;
    case TokenType::kUnsignedShiftRightAssign: return AssignmentOperator::kUnsignedShiftRight;
    case TokenType::kAmpersandAssign: return AssignmentOperator::kBitwiseAnd;
    case TokenType::kCaretAssign: return AssignmentOperator::kBitwiseXor;
    case TokenType::kPipeAssign: return AssignmentOperator::kBitwiseOr;
    case TokenType::kAmpersandAmpersandAssign: return AssignmentOperator::kLogicalAnd;
    case TokenType::kPipePipeAssign: return AssignmentOperator::kLogicalOr;
    case TokenType::kQuestionQuestionAssign: return AssignmentOperator::kCoalesce;
    default: return std::nullopt;
  }
}
}  // namespace

Expression* Parser::ParseAssignment(bool in, CoverErrors* cover) {
  DepthGuard guard(this);
  if (IsKw(Keyword::kYield) && yield_keyword_) return ParseYield(in);
  SourceLocation start = Start();
  uint32_t saved_arrow_start = arrow_start_offset_;
  bool saved_in = in_allowed_;
  arrow_start_offset_ = start.offset;
  in_allowed_ = in;
  CoverErrors local;
  Expression* left = ParseConditional(in, &local);
  arrow_start_offset_ = saved_arrow_start;
  in_allowed_ = saved_in;
  if (IsBareArrow(left)) return left;
  const bool is_literal = (left->kind == NodeKind::kObjectLiteral || left->kind == NodeKind::kArrayLiteral) &&
                          !left->parenthesized;
  if (Is(TokenType::kAssign)) {
    Node* target;
    if (is_literal) {
      target = ExpressionToPattern(left, false);
    } else {
      ThrowCoverErrors(local);
      CheckSimpleAssignmentTarget(left, "Invalid left-hand side in assignment");
      target = left;
    }
    Advance();
    auto* node = New<AssignmentExpression>();
    node->op = AssignmentOperator::kAssign;
    node->target = target;
    node->value = ParseAssignment(in);
    return Finish(node, start);
  }
  if (auto op = CompoundAssignmentOperator(tok_.type)) {
    ThrowCoverErrors(local);
    const bool logical = *op == AssignmentOperator::kLogicalAnd || *op == AssignmentOperator::kLogicalOr ||
                         *op == AssignmentOperator::kCoalesce;
    CheckSimpleAssignmentTarget(left, "Invalid left-hand side in assignment", !logical);
    Advance();
    auto* node = New<AssignmentExpression>();
    node->op = *op;
    node->target = left;
    node->value = ParseAssignment(in);
    return Finish(node, start);
  }
  if (cover && is_literal) {
    cover->MergeFrom(local);
  } else {
    ThrowCoverErrors(local);
  }
  return left;
}

// 15.5 YieldExpression
Expression* Parser::ParseYield(bool in) {
  SourceLocation start = Start();
  if (in_parameters_) FailAt(tok_, "Yield expression not allowed in formal parameter");
  Advance();
  ++yield_count_;
  auto* node = New<YieldExpression>();
  if (!tok_.newline_before) {
    if (Eat(TokenType::kStar)) {
      node->delegate = true;
      node->argument = ParseAssignment(in);
    } else {
      switch (tok_.type) {
        case TokenType::kRightParen: case TokenType::kRightBracket: case TokenType::kRightBrace:
        case TokenType::kComma: case TokenType::kSemicolon: case TokenType::kColon:
        case TokenType::kEndOfInput: case TokenType::kQuestion: case TokenType::kArrow:
          break;
        default:
          if (IsKw(Keyword::kIn) || IsKw(Keyword::kOf)) break;
          node->argument = ParseAssignment(in);
      }
    }
  }
  return Finish(node, start);
}

// 13.14 ConditionalExpression
Expression* Parser::ParseConditional(bool in, CoverErrors* cover) {
  SourceLocation start = Start();
  Expression* test = ParseBinary(0, in, cover);
  if (IsBareArrow(test) || !Is(TokenType::kQuestion)) return test;
  Advance();
  auto* node = New<ConditionalExpression>();
  node->test = test;
  node->consequent = ParseAssignment(true);
  Expect(TokenType::kColon);
  node->alternate = ParseAssignment(in);
  return Finish(node, start);
}

namespace {
// Binary operator precedence, lowest 1 (`??`) to highest 12 (`**`); 0 = not a binary operator.
constexpr int kCoalescePrecedence = 1;
constexpr int kBitwiseOrPrecedence = 4;
constexpr int kRelationalPrecedence = 8;
constexpr int kExponentPrecedence = 12;

int BinaryPrecedence(const Token& token, bool in) {
  switch (token.type) {
    case TokenType::kQuestionQuestion: return 1;
    case TokenType::kPipePipe: return 2;
    case TokenType::kAmpersandAmpersand: return 3;
    case TokenType::kPipe: return 4;
    case TokenType::kCaret: return 5;
    case TokenType::kAmpersand: return 6;
    case TokenType::kEqualEqual: case TokenType::kNotEqual:
    case TokenType::kStrictEqual: case TokenType::kStrictNotEqual: return 7;
    case TokenType::kLessThan: case TokenType::kGreaterThan:
    case TokenType::kLessThanEqual: case TokenType::kGreaterThanEqual: return 8;
    case TokenType::kShiftLeft: case TokenType::kShiftRight: case TokenType::kUnsignedShiftRight: return 9;
    case TokenType::kPlus: case TokenType::kMinus: return 10;
    case TokenType::kStar: case TokenType::kSlash: case TokenType::kPercent: return 11;
    case TokenType::kStarStar: return 12;
    case TokenType::kIdentifier:
      if (token.IsKeyword(Keyword::kInstanceof)) return 8;
      if (token.IsKeyword(Keyword::kIn) && in) return 8;
      return 0;
    default: return 0;
  }
}

BinaryOperator ToBinaryOperator(const Token& token) {
  switch (token.type) {
    case TokenType::kPipe: return BinaryOperator::kBitwiseOr;
    case TokenType::kCaret: return BinaryOperator::kBitwiseXor;
    case TokenType::kAmpersand: return BinaryOperator::kBitwiseAnd;
    case TokenType::kEqualEqual: return BinaryOperator::kEqual;
    case TokenType::kNotEqual: return BinaryOperator::kNotEqual;
    case TokenType::kStrictEqual: return BinaryOperator::kStrictEqual;
    case TokenType::kStrictNotEqual: return BinaryOperator::kStrictNotEqual;
    case TokenType::kLessThan: return BinaryOperator::kLessThan;
    case TokenType::kGreaterThan: return BinaryOperator::kGreaterThan;
    case TokenType::kLessThanEqual: return BinaryOperator::kLessThanEqual;
    case TokenType::kGreaterThanEqual: return BinaryOperator::kGreaterThanEqual;
    case TokenType::kShiftLeft: return BinaryOperator::kShiftLeft;
    case TokenType::kShiftRight: return BinaryOperator::kShiftRight;
    case TokenType::kUnsignedShiftRight: return BinaryOperator::kUnsignedShiftRight;
    case TokenType::kPlus: return BinaryOperator::kAdd;
    case TokenType::kMinus: return BinaryOperator::kSubtract;
    case TokenType::kStar: return BinaryOperator::kMultiply;
    case TokenType::kSlash: return BinaryOperator::kDivide;
    case TokenType::kPercent: return BinaryOperator::kRemainder;
    case TokenType::kStarStar: return BinaryOperator::kExponent;
    default: return token.IsKeyword(Keyword::kIn) ? BinaryOperator::kIn : BinaryOperator::kInstanceof;
  }
}

bool IsUnparenthesizedLogical(const Expression* e, LogicalOperator op) {
  return e->kind == NodeKind::kLogical && !e->parenthesized && static_cast<const LogicalExpression*>(e)->op == op;
}
}  // namespace

// 13.6-13.13 binary operators by precedence climbing, with the
// ExponentiationExpression and CoalesceExpression restrictions.
Expression* Parser::ParseBinary(int min_precedence, bool in, CoverErrors* cover) {
  DepthGuard guard(this);
  SourceLocation start = Start();
  Expression* left;
  if (Is(TokenType::kPrivateName)) {
    // RelationalExpression : PrivateIdentifier `in` ShiftExpression
    if (min_precedence > kRelationalPrecedence || !in) Unexpected();
    auto* name = New<PrivateIdentifier>();
    name->name = tok_.value;
    name->range = tok_.range;
    ReferencePrivateName(name->name, name->range);
    Advance();
    if (!IsKw(Keyword::kIn)) Unexpected();
    left = name;
  } else {
    left = ParseUnary(cover);
    if (IsBareArrow(left)) return left;
  }
  for (;;) {
    int precedence = BinaryPrecedence(tok_, in);
    if (precedence == 0 || precedence < min_precedence) break;
    if (left->kind == NodeKind::kPrivateIdentifier && !IsKw(Keyword::kIn)) Unexpected();
    Token op;  // only type, keyword and range are needed (no string copies)
    op.type = tok_.type;
    op.keyword = tok_.keyword;
    op.range = tok_.range;
    if (op.type == TokenType::kStarStar) {
      // 13.6.1: `-a ** b` is an error; UpdateExpression only on the left.
      if ((left->kind == NodeKind::kUnary || left->kind == NodeKind::kAwait) && !left->parenthesized) {
        FailAt(op, "Unary operator used immediately before exponentiation expression; parentheses required");
      }
    }
    if (op.type == TokenType::kQuestionQuestion &&
        (IsUnparenthesizedLogical(left, LogicalOperator::kAnd) || IsUnparenthesizedLogical(left, LogicalOperator::kOr))) {
      FailAt(op, "Cannot mix ?? with || or && without parentheses");
    }
    if ((op.type == TokenType::kPipePipe || op.type == TokenType::kAmpersandAmpersand) &&
        IsUnparenthesizedLogical(left, LogicalOperator::kCoalesce)) {
      FailAt(op, "Cannot mix ?? with || or && without parentheses");
    }
    Advance();
    Expression* right;
    if (op.type == TokenType::kStarStar) {
      right = ParseBinary(kExponentPrecedence, in, nullptr);  // right-associative
    } else if (op.type == TokenType::kQuestionQuestion) {
      right = ParseBinary(kBitwiseOrPrecedence, in, nullptr);
    } else {
      right = ParseBinary(precedence + 1, in, nullptr);
    }
    if (op.type == TokenType::kPipePipe || op.type == TokenType::kAmpersandAmpersand ||
        op.type == TokenType::kQuestionQuestion) {
      auto* node = New<LogicalExpression>();
      node->op = op.type == TokenType::kPipePipe           ? LogicalOperator::kOr
                 : op.type == TokenType::kAmpersandAmpersand ? LogicalOperator::kAnd
                                                             : LogicalOperator::kCoalesce;
      node->left = left;
      node->right = right;
      left = Finish(node, start);
    } else {
      auto* node = New<BinaryExpression>();
      node->op = ToBinaryOperator(op);
      node->left = left;
      node->right = right;
      left = Finish(node, start);
    }
  }
  if (left->kind == NodeKind::kPrivateIdentifier) Unexpected();
  return left;
}

// 13.5 Unary operators, 15.8 AwaitExpression, 13.4 prefix update.
Expression* Parser::ParseUnary(CoverErrors* cover) {
  DepthGuard guard(this);
  SourceLocation start = Start();
  std::optional<UnaryOperator> op;
  switch (tok_.type) {
    case TokenType::kPlus: op = UnaryOperator::kPlus; break;
    case TokenType::kMinus: op = UnaryOperator::kMinus; break;
    case TokenType::kTilde: op = UnaryOperator::kBitwiseNot; break;
    case TokenType::kBang: op = UnaryOperator::kLogicalNot; break;
    case TokenType::kIdentifier:
      if (IsKw(Keyword::kDelete)) op = UnaryOperator::kDelete;
      else if (IsKw(Keyword::kVoid)) op = UnaryOperator::kVoid;
      else if (IsKw(Keyword::kTypeof)) op = UnaryOperator::kTypeof;
      break;
    default: break;
  }
  if (op) {
    Advance();
    auto* node = New<UnaryExpression>();
    node->op = *op;
    node->operand = ParseUnary(nullptr);
    if (*op == UnaryOperator::kDelete) {
      Expression* operand = node->operand;
      if (strict_ && operand->kind == NodeKind::kIdentifier) Fail(operand->range, "Delete of an unqualified identifier in strict mode");
      Expression* inner = operand;
      if (inner->kind == NodeKind::kOptionalChain) inner = static_cast<OptionalChain*>(inner)->expression;
      if (inner->kind == NodeKind::kMember && static_cast<MemberExpression*>(inner)->member_kind == MemberKind::kPrivate) {
        Fail(operand->range, "Private fields can not be deleted");
      }
    }
    return Finish(node, start);
  }
  if (Is(TokenType::kPlusPlus) || Is(TokenType::kMinusMinus)) {
    bool increment = Is(TokenType::kPlusPlus);
    Advance();
    auto* node = New<UpdateExpression>();
    node->increment = increment;
    node->prefix = true;
    node->operand = ParseUnary(nullptr);
    CheckSimpleAssignmentTarget(node->operand, "Invalid left-hand side expression in prefix operation");
    return Finish(node, start);
  }
  if (IsKw(Keyword::kAwait) && await_keyword_) {
    for (FunctionContext* f = function_; f; f = f->outer) {
      if (f->is_static_block) FailAt(tok_, "'await' is not allowed in class static blocks");
      if (f->is_field_initializer) FailAt(tok_, "'await' is not allowed in class field initializers");
      if (!f->is_arrow || f->node->is_async) break;
    }
    if (in_parameters_) FailAt(tok_, "'await' expressions are not allowed in formal parameters");
    Advance();
    ++await_count_;
    if (!function_->node) program_->has_top_level_await = true;
    auto* node = New<AwaitExpression>();
    node->argument = ParseUnary(nullptr);
    return Finish(node, start);
  }
  return ParseUpdate(cover);
}

// 13.4 postfix UpdateExpression
Expression* Parser::ParseUpdate(CoverErrors* cover) {
  SourceLocation start = Start();
  Expression* expr = ParseLeftHandSide(cover);
  if (IsBareArrow(expr)) return expr;
  if ((Is(TokenType::kPlusPlus) || Is(TokenType::kMinusMinus)) && !tok_.newline_before) {
    CheckSimpleAssignmentTarget(expr, "Invalid left-hand side expression in postfix operation");
    auto* node = New<UpdateExpression>();
    node->increment = Is(TokenType::kPlusPlus);
    node->prefix = false;
    node->operand = expr;
    Advance();
    return Finish(node, start);
  }
  return expr;
}

bool Parser::IsValidSimpleAssignmentTarget(Expression* expr, bool web_compat_call) {
  switch (expr->kind) {
    case NodeKind::kCall:
      // 13.15.1 AssignmentTargetType: web-compat for sloppy-mode calls
      // (a ReferenceError at run time, not an early error).
      return web_compat_call && !strict_;
    case NodeKind::kIdentifier: {
      const std::u16string& name = static_cast<Identifier*>(expr)->name;
      return !(strict_ && (name == u"eval" || name == u"arguments"));
    }
    case NodeKind::kMember:
    case NodeKind::kSuperMember:
      return true;
    default:
      return false;
  }
}

void Parser::CheckSimpleAssignmentTarget(Expression* expr, const char* what, bool web_compat_call) {
  if (!IsValidSimpleAssignmentTarget(expr, web_compat_call)) Fail(expr->range, what);
}

// 13.3 Left-hand-side expressions
Expression* Parser::ParseLeftHandSide(CoverErrors* cover) {
  SourceLocation start = Start();
  Expression* expr = ParseMemberOrNew(cover);
  if (IsBareArrow(expr)) return expr;
  return ParseTails(expr, start, true, cover);
}

Expression* Parser::ParseMemberOrNew(CoverErrors* cover) {
  DepthGuard guard(this);
  SourceLocation start = Start();
  if (IsKw(Keyword::kNew)) {
    Token new_token = tok_;
    Advance();
    if (Is(TokenType::kDot)) {
      Advance();
      if (!IsKw(Keyword::kTarget)) Unexpected();
      bool allowed = false;
      for (FunctionContext* f = function_; f; f = f->outer) {
        if (!f->is_arrow) {
          allowed = f->allow_new_target;
          if (f->node) f->node->uses_new_target = true;
          break;
        }
      }
      if (!allowed) FailAt(new_token, "new.target expression is not allowed here");
      Advance();
      return ParseTails(Finish(New<NewTarget>(), start), start, false, nullptr);
    }
    if (IsKw(Keyword::kImport) && PeekToken().Is(TokenType::kLeftParen)) FailAt(tok_, "Cannot use new with import");
    Expression* callee = ParseMemberOrNew(nullptr);
    if (Is(TokenType::kQuestionDot)) FailAt(tok_, "Invalid optional chain from new expression");
    if (IsBareArrow(callee)) Fail(callee->range, "Invalid arrow function after new");
    auto* node = New<NewExpression>();
    node->callee = callee;
    if (Is(TokenType::kLeftParen)) node->arguments = ParseArguments(nullptr);
    return ParseTails(Finish(node, start), start, false, nullptr);
  }
  Expression* expr = ParsePrimary(cover);
  if (IsBareArrow(expr)) return expr;
  return ParseTails(expr, start, false, cover);
}

Expression* Parser::ParseTails(Expression* expr, SourceLocation start, bool allow_calls, CoverErrors* cover) {
  bool in_chain = false;
  for (;;) {
    switch (tok_.type) {
      case TokenType::kDot:
      case TokenType::kQuestionDot: {
        bool optional = Is(TokenType::kQuestionDot);
        if (optional) {
          if (!allow_calls) return expr;  // ParseLeftHandSide continues the chain
          in_chain = true;
        }
        Advance();
        if (optional && Is(TokenType::kLeftParen)) {
          auto* call = New<CallExpression>();
          call->callee = expr;
          call->optional = true;
          call->arguments = ParseArguments(nullptr);
          expr = Finish(call, start);
          break;
        }
        if (optional && Is(TokenType::kLeftBracket)) {
          Advance();
          auto* member = New<MemberExpression>();
          member->object = expr;
          member->member_kind = MemberKind::kComputed;
          member->property = ParseExpression(true);
          member->optional = true;
          Expect(TokenType::kRightBracket);
          expr = Finish(member, start);
          break;
        }
        auto* member = New<MemberExpression>();
        member->object = expr;
        member->optional = optional;
        if (Is(TokenType::kPrivateName)) {
          member->member_kind = MemberKind::kPrivate;
          member->name = tok_.value;
          ReferencePrivateName(tok_.value, tok_.range);
        } else if (Is(TokenType::kIdentifier)) {
          member->member_kind = MemberKind::kNamed;
          member->name = std::move(tok_.value);  // tok_ is consumed below
        } else if (optional && (Is(TokenType::kNoSubstitutionTemplate) || Is(TokenType::kTemplateHead))) {
          FailAt(tok_, "Invalid tagged template on optional chain");
        } else {
          Unexpected();
        }
        Advance();
        expr = Finish(member, start);
        break;
      }
      case TokenType::kLeftBracket: {
        Advance();
        auto* member = New<MemberExpression>();
        member->object = expr;
        member->member_kind = MemberKind::kComputed;
        member->property = ParseExpression(true);
        Expect(TokenType::kRightBracket);
        expr = Finish(member, start);
        break;
      }
      case TokenType::kNoSubstitutionTemplate:
      case TokenType::kTemplateHead: {
        if (in_chain) FailAt(tok_, "Invalid tagged template on optional chain");
        auto* tagged = New<TaggedTemplate>();
        tagged->tag = expr;
        tagged->quasi = static_cast<TemplateLiteral*>(ParseTemplateLiteral(true));
        expr = Finish(tagged, start);
        break;
      }
      case TokenType::kLeftParen: {
        if (!allow_calls) return expr;
        // CoverCallExpressionAndAsyncArrowHead: `async (...) =>`
        bool maybe_async_arrow = expr->kind == NodeKind::kIdentifier && !expr->parenthesized &&
                                 static_cast<Identifier*>(expr)->name == u"async" &&
                                 expr->range.start.offset == arrow_start_offset_ && !tok_.newline_before &&
                                 expr->range.end.offset - expr->range.start.offset == 5;
        if (maybe_async_arrow) {
          uint32_t yield_before = yield_count_, await_before = await_count_,
                   await_identifier_before = await_identifier_count_;
          CoverErrors arguments_cover;
          std::vector<Expression*> arguments = ParseArguments(&arguments_cover);
          if (Is(TokenType::kArrow) && !tok_.newline_before) {
            Node* rest = nullptr;
            if (!arguments.empty() && arguments.back()->kind == NodeKind::kSpreadElement) {
              Expression* argument = static_cast<SpreadElement*>(arguments.back())->argument;
              arguments.pop_back();
              if (last_arguments_trailing_comma_) Fail(argument->range, "Rest parameter must be last formal parameter");
              if (argument->kind == NodeKind::kAssignment && !argument->parenthesized) Fail(argument->range, "Rest parameter may not have a default initializer");
              rest = ExpressionToPattern(argument, true);
            }
            for (Expression* a : arguments) {
              if (a->kind == NodeKind::kSpreadElement) Fail(a->range, "Rest parameter must be last formal parameter");
            }
            await_identifier_before_arrow_ = await_identifier_before;
            return ParseArrowFunction(arguments, rest, true, start, yield_before, await_before);
          }
          ThrowCoverErrors(arguments_cover);
          auto* call = New<CallExpression>();
          call->callee = expr;
          call->arguments = std::move(arguments);
          expr = Finish(call, start);
          break;
        }
        auto* call = New<CallExpression>();
        call->callee = expr;
        call->arguments = ParseArguments(nullptr);
        if (expr->kind == NodeKind::kIdentifier && !expr->parenthesized &&
            static_cast<Identifier*>(expr)->name == u"eval") {
          call->direct_eval_candidate = true;
          for (FunctionContext* f = function_; f; f = f->outer) {
            if (f->node) f->node->has_direct_eval = true;
          }
          for (ScopeInfo* s = scope_; s; s = s->parent) s->scope->has_direct_eval = true;
        }
        expr = Finish(call, start);
        break;
      }
      default:
        if (in_chain) {
          auto* chain = New<OptionalChain>();
          chain->expression = expr;
          return Finish(chain, start);
        }
        return expr;
    }
  }
}

std::vector<Expression*> Parser::ParseArguments(CoverErrors* cover) {
  DepthGuard guard(this);
  Expect(TokenType::kLeftParen);
  std::vector<Expression*> arguments;
  last_arguments_trailing_comma_ = false;
  bool trailing = false;
  while (!Is(TokenType::kRightParen)) {
    trailing = false;
    if (Is(TokenType::kEllipsis)) {
      SourceLocation start = Start();
      Advance();
      auto* spread = New<SpreadElement>();
      spread->argument = ParseAssignment(true, cover);
      arguments.push_back(Finish(spread, start));
    } else {
      arguments.push_back(ParseAssignment(true, cover));
    }
    if (!Eat(TokenType::kComma)) break;
    trailing = true;
  }
  Expect(TokenType::kRightParen);
  last_arguments_trailing_comma_ = trailing;
  return arguments;
}

// ---------------------------------------------------------------------------
// Primary expressions (13.2)
// ---------------------------------------------------------------------------

Expression* Parser::ParsePrimary(CoverErrors* cover) {
  SourceLocation start = Start();
  switch (tok_.type) {
    case TokenType::kIdentifier: {
      if (!tok_.escaped) {
        switch (tok_.keyword) {
          case Keyword::kThis: {
            Advance();
            for (FunctionContext* f = function_; f; f = f->outer) {
              if (f->node) f->node->uses_this = true;
              if (!f->is_arrow) break;
            }
            return Finish(New<ThisExpression>(), start);
          }
          case Keyword::kNull:
            Advance();
            return Finish(New<NullLiteral>(), start);
          case Keyword::kTrue:
          case Keyword::kFalse: {
            auto* node = New<BooleanLiteral>();
            node->value = IsKw(Keyword::kTrue);
            Advance();
            return Finish(node, start);
          }
          case Keyword::kFunction:
            return ParseFunctionExpression(false, start);
          case Keyword::kClass: {
            auto* node = New<ClassExpression>();
            node->class_node = ParseClass(false, true, start);
            return Finish(node, start);
          }
          case Keyword::kSuper:
            return ParseSuper();
          case Keyword::kImport:
            return ParseImportExpression();
          case Keyword::kNew:
            return ParseMemberOrNew(cover);
          case Keyword::kAsync: {
            Token next = PeekToken();
            if (next.newline_before) break;
            if (next.IsKeyword(Keyword::kFunction)) {
              Advance();
              return ParseFunctionExpression(true, start);
            }
            if (next.Is(TokenType::kIdentifier) && start.offset == arrow_start_offset_ && [&] {
                  Lexer::State state = lexer_.Save();
                  lexer_.Next();
                  Token arrow = lexer_.Next();
                  lexer_.Restore(state);
                  return arrow.Is(TokenType::kArrow);
                }()) {
              // AsyncArrowFunction : async [no LineTerminator here] AsyncArrowBindingIdentifier =>
              Advance();
              bool saved_await = await_keyword_;
              await_keyword_ = true;
              Identifier* param = ParseBindingIdentifier();
              await_keyword_ = saved_await;
              if (!Is(TokenType::kArrow) || tok_.newline_before) Unexpected();
              await_identifier_before_arrow_ = await_identifier_count_;
              return ParseArrowFunction({param}, nullptr, true, start, yield_count_, await_count_);
            }
            break;
          }
          default:
            break;
        }
      }
      uint32_t yield_before = yield_count_, await_before = await_count_;
      Identifier* id = ParseIdentifierReference();
      if (Is(TokenType::kArrow)) {
        if (tok_.newline_before || start.offset != arrow_start_offset_) Unexpected();
        await_identifier_before_arrow_ = await_identifier_count_;
        return ParseArrowFunction({id}, nullptr, false, start, yield_before, await_before);
      }
      return id;
    }
    case TokenType::kNumeric:
    case TokenType::kString:
    case TokenType::kBigInt:
      return ParseNumericOrString();
    case TokenType::kNoSubstitutionTemplate:
    case TokenType::kTemplateHead:
      return ParseTemplateLiteral(false);
    case TokenType::kSlash:
    case TokenType::kSlashAssign:
      return ParseRegExpLiteral();
    case TokenType::kLeftParen:
      return ParseParenthesized(cover);
    case TokenType::kLeftBracket:
      return ParseArrayLiteral(cover);
    case TokenType::kLeftBrace:
      return ParseObjectLiteral(cover);
    default:
      Unexpected();
  }
}

Expression* Parser::ParseNumericOrString() {
  SourceLocation start = Start();
  if (tok_.legacy_octal && strict_) {
    FailAt(tok_, Is(TokenType::kString) ? "Octal escape sequences are not allowed in strict mode"
                                        : "Octal literals are not allowed in strict mode");
  }
  Expression* result;
  if (Is(TokenType::kNumeric)) {
    auto* node = New<NumericLiteral>();
    node->value = tok_.number;
    result = node;
  } else if (Is(TokenType::kBigInt)) {
    auto* node = New<BigIntLiteral>();
    node->digits = tok_.value;
    result = node;
  } else {
    auto* node = New<StringLiteral>();
    node->value = tok_.value;
    result = node;
  }
  Advance();
  return Finish(result, start);
}

// 13.2.7.1 RegularExpressionLiteral early errors: valid flags and pattern.
Expression* Parser::ParseRegExpLiteral() {
  SourceLocation start = Start();
  tok_ = lexer_.RescanSlashAsRegExp(tok_);
  if (tok_.type == TokenType::kInvalid) FailAt(tok_, tok_.error_message);
  auto* node = New<RegExpLiteral>();
  node->pattern = tok_.value;
  node->flags = tok_.regexp_flags;
  std::optional<regexp::RegExpFlags> flags = regexp::ParseFlags(node->flags);
  if (!flags) FailAt(tok_, "Invalid regular expression flags");
  if (auto error = regexp::ValidatePattern(node->pattern, *flags)) {
    SourceLocation location = tok_.range.start;
    location.offset += 1 + error->offset;
    location.column += 1 + error->offset;
    Fail({location, location}, "Invalid regular expression: /" + Utf16ToUtf8(node->pattern) + "/: " + error->message);
  }
  Advance();
  return Finish(node, start);
}

// 13.2.8 Template literals. `}` ending a substitution is rescanned as a
// TemplateMiddle/TemplateTail.
Expression* Parser::ParseTemplateLiteral(bool tagged) {
  DepthGuard guard(this);
  SourceLocation start = Start();
  auto* node = New<TemplateLiteral>();
  auto add_quasi = [&] {
    if (!tagged && !tok_.cooked) FailAt(tok_, "Invalid escape sequence in template literal");
    node->cooked.push_back(tok_.cooked);
    node->raw.push_back(tok_.raw);
  };
  add_quasi();
  if (Is(TokenType::kNoSubstitutionTemplate)) {
    Advance();
    return Finish(node, start);
  }
  for (;;) {
    Advance();
    node->expressions.push_back(ParseExpression(true));
    if (!Is(TokenType::kRightBrace)) Unexpected();
    tok_ = lexer_.RescanTemplateContinuation(tok_);
    if (tok_.type == TokenType::kInvalid) FailAt(tok_, tok_.error_message);
    add_quasi();
    if (Is(TokenType::kTemplateTail)) break;
    if (!Is(TokenType::kTemplateMiddle)) Unexpected();
  }
  Advance();
  return Finish(node, start);
}

// CoverParenthesizedExpressionAndArrowParameterList (13.2.1 / 15.3)
Expression* Parser::ParseParenthesized(CoverErrors* cover) {
  DepthGuard guard(this);
  SourceLocation start = Start();
  Advance();
  uint32_t yield_before = yield_count_, await_before = await_count_,
           await_identifier_before = await_identifier_count_;
  CoverErrors local;
  std::vector<Expression*> items;
  Node* rest = nullptr;
  bool trailing_comma = false;
  SourceRange first_invalid{};
  while (!Is(TokenType::kRightParen)) {
    if (Is(TokenType::kEllipsis)) {
      first_invalid = tok_.range;
      Advance();
      rest = ParseBindingTarget();
      if (!Is(TokenType::kRightParen)) FailAt(tok_, "Rest parameter must be last formal parameter");
      break;
    }
    items.push_back(ParseAssignment(true, &local));
    if (!Eat(TokenType::kComma)) break;
    if (Is(TokenType::kRightParen)) {
      trailing_comma = true;
      first_invalid = tok_.range;
    }
  }
  SourceRange close = tok_.range;
  Expect(TokenType::kRightParen);
  if (Is(TokenType::kArrow) && !tok_.newline_before) {
    if (start.offset != arrow_start_offset_) FailAt(tok_, "Malformed arrow function parameter list");
    await_identifier_before_arrow_ = await_identifier_before;
    return ParseArrowFunction(std::move(items), rest, false, start, yield_before, await_before);
  }
  if (items.empty()) Fail(close, "Unexpected token ')'");
  if (rest || trailing_comma) Fail(first_invalid, "Unexpected token");
  ThrowCoverErrors(local);  // a parenthesized expression is never a pattern
  Expression* expr;
  if (items.size() == 1) {
    expr = items[0];
  } else {
    auto* sequence = New<SequenceExpression>();
    sequence->expressions = std::move(items);
    sequence->range = {sequence->expressions.front()->range.start, sequence->expressions.back()->range.end};
    expr = sequence;
  }
  expr->parenthesized = true;
  return expr;
}

// 13.2.4 Array initializer (also the cover for ArrayAssignmentPattern)
Expression* Parser::ParseArrayLiteral(CoverErrors* cover) {
  DepthGuard guard(this);
  SourceLocation start = Start();
  Advance();
  auto* node = New<ArrayLiteral>();
  CoverErrors local;
  while (!Is(TokenType::kRightBracket)) {
    if (Is(TokenType::kComma)) {
      Advance();
      node->elements.push_back(nullptr);
      continue;
    }
    if (Is(TokenType::kEllipsis)) {
      SourceLocation spread_start = Start();
      Advance();
      auto* spread = New<SpreadElement>();
      spread->argument = ParseAssignment(true, &local);
      node->elements.push_back(Finish(spread, spread_start));
      if (Is(TokenType::kComma)) trailing_comma_after_spread_.insert(node);
    } else {
      node->elements.push_back(ParseAssignment(true, &local));
    }
    if (!Is(TokenType::kRightBracket)) Expect(TokenType::kComma);
  }
  Advance();
  if (cover) cover->MergeFrom(local);
  else ThrowCoverErrors(local);
  return Finish(node, start);
}

// PropertyName / ClassElementName
Expression* Parser::ParsePropertyName(bool* computed, std::u16string* static_name, bool allow_private) {
  SourceLocation start = Start();
  *computed = false;
  static_name->clear();
  switch (tok_.type) {
    case TokenType::kIdentifier: {
      *static_name = tok_.value;
      auto* id = New<Identifier>();
      id->name = std::move(tok_.value);  // tok_ is consumed below
      id->range = tok_.range;
      Advance();
      return id;
    }
    case TokenType::kString:
      *static_name = tok_.value;
      return ParseNumericOrString();
    case TokenType::kNumeric:
    case TokenType::kBigInt:
      return ParseNumericOrString();
    case TokenType::kLeftBracket: {
      Advance();
      *computed = true;
      Expression* key = ParseAssignment(true);
      Expect(TokenType::kRightBracket);
      return key;
    }
    case TokenType::kPrivateName:
      if (allow_private) {
        auto* name = New<PrivateIdentifier>();
        name->name = tok_.value;
        *static_name = u"#" + tok_.value;
        Advance();
        return Finish(name, start);
      }
      Unexpected();
    default:
      Unexpected();
  }
}

namespace {
bool IsPropertyNameTerminator(const Token& t) {
  return t.Is(TokenType::kLeftParen) || t.Is(TokenType::kComma) || t.Is(TokenType::kColon) ||
         t.Is(TokenType::kRightBrace) || t.Is(TokenType::kAssign);
}
}  // namespace

// 13.2.5 Object initializer (also the cover for ObjectAssignmentPattern)
Expression* Parser::ParseObjectLiteral(CoverErrors* cover) {
  DepthGuard guard(this);
  SourceLocation start = Start();
  Advance();
  auto* node = New<ObjectLiteral>();
  CoverErrors local;
  bool has_proto = false;
  while (!Is(TokenType::kRightBrace)) {
    Property property;
    SourceLocation property_start = Start();
    if (Is(TokenType::kEllipsis)) {
      Advance();
      property.kind = PropertyKind::kSpread;
      property.value = ParseAssignment(true, &local);
      property.range = {property_start, prev_end_};
      node->properties.push_back(property);
      if (Is(TokenType::kComma)) trailing_comma_after_spread_.insert(node);
      if (!Eat(TokenType::kComma)) break;
      continue;
    }
    bool is_async = false, is_generator = false, is_getter = false, is_setter = false;
    if ((IsKw(Keyword::kAsync) || IsKw(Keyword::kGet) || IsKw(Keyword::kSet))) {
      Token next = PeekToken();
      if (!IsPropertyNameTerminator(next) && !(IsKw(Keyword::kAsync) && next.newline_before)) {
        is_async = IsKw(Keyword::kAsync);
        is_getter = IsKw(Keyword::kGet);
        is_setter = IsKw(Keyword::kSet);
        Advance();
        if (is_async && Eat(TokenType::kStar)) is_generator = true;
      }
    } else if (Eat(TokenType::kStar)) {
      is_generator = true;
    }
    Token key_token = tok_;
    std::u16string static_name;
    property.key = ParsePropertyName(&property.computed, &static_name);
    if (is_async || is_generator || is_getter || is_setter || Is(TokenType::kLeftParen)) {
      FunctionKind kind = is_getter ? FunctionKind::kGetter : is_setter ? FunctionKind::kSetter : FunctionKind::kMethod;
      FunctionNode* fn = ParseMethod(kind, is_async, is_generator, property_start);
      if (!property.computed) fn->inferred_name = static_name;
      auto* value = New<FunctionExpression>();
      value->function = fn;
      value->range = fn->range;
      property.value = value;
      property.kind = is_getter ? PropertyKind::kGetter : is_setter ? PropertyKind::kSetter : PropertyKind::kMethod;
    } else if (Eat(TokenType::kColon)) {
      property.value = ParseAssignment(true, &local);
      if (!property.computed && static_name == u"__proto__" && key_token.type != TokenType::kNumeric) {
        property.kind = PropertyKind::kProto;
        if (has_proto && !local.duplicate_proto) local.duplicate_proto = key_token.range;
        has_proto = true;
      }
    } else {
      // Shorthand `a` or CoverInitializedName `a = 1`.
      if (key_token.type != TokenType::kIdentifier) Unexpected();
      CheckIdentifierReference(key_token);
      property.shorthand = true;
      Identifier* id = MakeIdentifier(key_token);
      NoteIdentifierReference(id->name, id->range);
      if (Is(TokenType::kAssign)) {
        if (!local.initialized_name) local.initialized_name = tok_.range;
        Advance();
        auto* assign = New<AssignmentExpression>();
        assign->target = id;
        assign->value = ParseAssignment(true);
        property.value = Finish(assign, property_start);
      } else {
        property.value = id;
      }
    }
    property.range = {property_start, prev_end_};
    node->properties.push_back(property);
    if (!Eat(TokenType::kComma)) break;
  }
  Expect(TokenType::kRightBrace);
  if (cover) cover->MergeFrom(local);
  else ThrowCoverErrors(local);
  return Finish(node, start);
}

// 13.3.7 super
Expression* Parser::ParseSuper() {
  SourceLocation start = Start();
  Token super_token = tok_;
  Advance();
  FunctionContext* home = function_;
  while (home && home->is_arrow) home = home->outer;
  auto mark = [&](bool call) {
    for (FunctionContext* f = function_; f; f = f->outer) {
      if (f->node) (call ? f->node->uses_super_call : f->node->uses_super_property) = true;
      if (f->node) f->node->uses_this = true;
      if (!f->is_arrow) break;
    }
  };
  if (Is(TokenType::kLeftParen)) {
    if (!home || !home->allow_super_call) FailAt(super_token, "'super' keyword unexpected here");
    mark(true);
    auto* node = New<SuperCall>();
    node->arguments = ParseArguments(nullptr);
    return Finish(node, start);
  }
  if (!home || !home->allow_super_property) FailAt(super_token, "'super' keyword unexpected here");
  mark(false);
  auto* node = New<SuperMember>();
  if (Eat(TokenType::kDot)) {
    if (!Is(TokenType::kIdentifier)) Unexpected();
    node->name = tok_.value;
    Advance();
  } else if (Eat(TokenType::kLeftBracket)) {
    node->computed = true;
    node->property = ParseExpression(true);
    Expect(TokenType::kRightBracket);
  } else {
    FailAt(super_token, "'super' keyword unexpected here");
  }
  return Finish(node, start);
}

// ImportCall (13.3.10) and ImportMeta (13.3.12)
Expression* Parser::ParseImportExpression() {
  SourceLocation start = Start();
  Token import_token = tok_;
  Advance();
  if (Eat(TokenType::kDot)) {
    if (!IsKw(Keyword::kMeta)) Unexpected();
    if (!is_module_) FailAt(import_token, "Cannot use 'import.meta' outside a module");
    Advance();
    return Finish(New<ImportMeta>(), start);
  }
  if (!Is(TokenType::kLeftParen)) Unexpected();
  Advance();
  auto* node = New<ImportCall>();
  if (Is(TokenType::kRightParen)) Unexpected();
  node->specifier = ParseAssignment(true);
  if (Eat(TokenType::kComma) && !Is(TokenType::kRightParen)) {
    node->options = ParseAssignment(true);
    Eat(TokenType::kComma);
  }
  Expect(TokenType::kRightParen);
  return Finish(node, start);
}

// ---------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------

namespace {
bool IsLiteralOrPattern(const Node* n) {
  return n->kind == NodeKind::kObjectPattern || n->kind == NodeKind::kArrayPattern;
}
}  // namespace

// Reinterprets an ObjectLiteral/ArrayLiteral (or, for arrow parameters, any
// cover element) as an AssignmentPattern (binding = false, 13.15.5) or a
// binding pattern (binding = true, arrow parameters).
Node* Parser::ExpressionToPattern(Expression* expr, bool binding) {
  DepthGuard guard(this);
  auto element = [&](Expression* e) -> Node* {
    if (e->kind == NodeKind::kAssignment && !e->parenthesized) {
      auto* assign = static_cast<AssignmentExpression*>(e);
      if (assign->op != AssignmentOperator::kAssign) Fail(e->range, "Invalid destructuring assignment target");
      auto* target = New<AssignmentTarget>();
      Node* inner = assign->target;
      if (!binding && inner->kind == NodeKind::kIdentifier && strict_) {
        CheckStrictBindingName(static_cast<Identifier*>(inner)->name, inner->range);
      }
      if (binding) {
        if (IsLiteralOrPattern(inner)) {
          std::vector<Identifier*> names;
          // Re-validate an assignment pattern as a binding pattern.
          std::vector<Node*> stack{inner};
          while (!stack.empty()) {
            Node* n = stack.back();
            stack.pop_back();
            switch (n->kind) {
              case NodeKind::kIdentifier:
                if (strict_) CheckStrictBindingName(static_cast<Identifier*>(n)->name, n->range);
                break;
              case NodeKind::kObjectPattern: {
                auto* p = static_cast<ObjectPattern*>(n);
                for (auto& prop : p->properties) stack.push_back(prop.value);
                if (p->rest) stack.push_back(p->rest);
                break;
              }
              case NodeKind::kArrayPattern: {
                auto* p = static_cast<ArrayPattern*>(n);
                for (Node* el : p->elements) if (el) stack.push_back(el);
                if (p->rest) stack.push_back(p->rest);
                break;
              }
              case NodeKind::kAssignmentTarget:
                stack.push_back(static_cast<AssignmentTarget*>(n)->target);
                break;
              default:
                Fail(n->range, "Invalid destructuring target in parameters");
            }
          }
        } else {
          inner = ExpressionToPattern(static_cast<Expression*>(inner), true);
        }
      }
      target->target = inner;
      target->initializer = assign->value;
      target->range = e->range;
      return target;
    }
    return ExpressionToPattern(e, binding);
  };
  switch (expr->kind) {
    case NodeKind::kIdentifier: {
      auto* id = static_cast<Identifier*>(expr);
      if (binding && expr->parenthesized) Fail(expr->range, "Invalid destructuring target");
      if (strict_ && (id->name == u"eval" || id->name == u"arguments")) Fail(expr->range, "Unexpected eval or arguments in strict mode");
      return expr;
    }
    case NodeKind::kMember:
    case NodeKind::kSuperMember:
      if (binding) Fail(expr->range, "Invalid destructuring target in parameters");
      return expr;
    case NodeKind::kObjectLiteral: {
      if (expr->parenthesized) Fail(expr->range, "Invalid destructuring assignment target");
      auto* object = static_cast<ObjectLiteral*>(expr);
      auto* pattern = New<ObjectPattern>();
      pattern->range = expr->range;
      for (size_t i = 0; i < object->properties.size(); ++i) {
        Property& p = object->properties[i];
        if (p.kind == PropertyKind::kSpread) {
          if (i + 1 != object->properties.size() || trailing_comma_after_spread_.count(object)) {
            Fail(p.range, "Rest element must be last element");
          }
          Expression* argument = p.value;
          if (argument->kind != NodeKind::kIdentifier && (binding || !IsValidSimpleAssignmentTarget(argument, false))) {
            Fail(argument->range, "Invalid rest element");
          }
          pattern->rest = ExpressionToPattern(argument, binding);
          continue;
        }
        if (p.kind != PropertyKind::kInit && p.kind != PropertyKind::kProto) Fail(p.range, "Invalid destructuring assignment target");
        PatternProperty property;
        property.key = p.key;
        property.computed = p.computed;
        property.shorthand = p.shorthand;
        property.range = p.range;
        property.value = element(p.value);
        pattern->properties.push_back(property);
      }
      return pattern;
    }
    case NodeKind::kArrayLiteral: {
      if (expr->parenthesized) Fail(expr->range, "Invalid destructuring assignment target");
      auto* array = static_cast<ArrayLiteral*>(expr);
      auto* pattern = New<ArrayPattern>();
      pattern->range = expr->range;
      for (size_t i = 0; i < array->elements.size(); ++i) {
        Expression* e = array->elements[i];
        if (e && e->kind == NodeKind::kSpreadElement) {
          if (i + 1 != array->elements.size() || trailing_comma_after_spread_.count(array)) {
            Fail(e->range, "Rest element must be last element");
          }
          Expression* argument = static_cast<SpreadElement*>(e)->argument;
          if (argument->kind == NodeKind::kAssignment && !argument->parenthesized) Fail(argument->range, "Rest element may not have a default initializer");
          pattern->rest = ExpressionToPattern(argument, binding);
          continue;
        }
        pattern->elements.push_back(e ? element(e) : nullptr);
      }
      return pattern;
    }
    case NodeKind::kAssignment:
      if (binding && !expr->parenthesized) return element(expr);
      [[fallthrough]];
    default:
      Fail(expr->range, binding ? "Invalid destructuring target in parameters" : "Invalid destructuring assignment target");
  }
}

Node* Parser::ParseBindingTarget() {
  if (Is(TokenType::kLeftBracket) || Is(TokenType::kLeftBrace)) return ParseBindingPattern();
  return ParseBindingIdentifier();
}

Node* Parser::ParseBindingElement() {
  SourceLocation start = Start();
  Node* target = ParseBindingTarget();
  if (!Is(TokenType::kAssign)) return target;
  Advance();
  auto* element = New<AssignmentTarget>();
  element->target = target;
  element->initializer = ParseAssignment(true);
  return Finish(element, start);
}

// 14.3.3 ObjectBindingPattern / ArrayBindingPattern
Node* Parser::ParseBindingPattern() {
  DepthGuard guard(this);
  SourceLocation start = Start();
  if (Eat(TokenType::kLeftBracket)) {
    auto* pattern = New<ArrayPattern>();
    while (!Is(TokenType::kRightBracket)) {
      if (Eat(TokenType::kComma)) {
        pattern->elements.push_back(nullptr);
        continue;
      }
      if (Eat(TokenType::kEllipsis)) {
        pattern->rest = ParseBindingTarget();
        if (!Is(TokenType::kRightBracket)) FailAt(tok_, "Rest element must be last element");
        break;
      }
      pattern->elements.push_back(ParseBindingElement());
      if (!Is(TokenType::kRightBracket)) Expect(TokenType::kComma);
    }
    Expect(TokenType::kRightBracket);
    return Finish(pattern, start);
  }
  Expect(TokenType::kLeftBrace);
  auto* pattern = New<ObjectPattern>();
  while (!Is(TokenType::kRightBrace)) {
    SourceLocation property_start = Start();
    if (Eat(TokenType::kEllipsis)) {
      pattern->rest = ParseBindingIdentifier();
      if (!Is(TokenType::kRightBrace)) FailAt(tok_, "Rest element must be last element");
      break;
    }
    PatternProperty property;
    Token key_token = tok_;
    std::u16string static_name;
    property.key = ParsePropertyName(&property.computed, &static_name);
    if (Eat(TokenType::kColon)) {
      property.value = ParseBindingElement();
    } else {
      // SingleNameBinding
      if (key_token.type != TokenType::kIdentifier) Unexpected();
      CheckBindingIdentifier(key_token);
      property.shorthand = true;
      Identifier* id = MakeIdentifier(key_token);
      if (Eat(TokenType::kAssign)) {
        auto* element = New<AssignmentTarget>();
        element->target = id;
        element->initializer = ParseAssignment(true);
        property.value = Finish(element, property_start);
      } else {
        property.value = id;
      }
    }
    property.range = {property_start, prev_end_};
    pattern->properties.push_back(property);
    if (!Eat(TokenType::kComma)) break;
  }
  Expect(TokenType::kRightBrace);
  return Finish(pattern, start);
}

void Parser::CollectBoundNames(Node* node, std::vector<Identifier*>& out) {
  if (node && node->kind == NodeKind::kIdentifier) {  // the common case, without a work list
    out.push_back(static_cast<Identifier*>(node));
    return;
  }
  std::vector<Node*> stack{node};
  while (!stack.empty()) {
    Node* n = stack.back();
    stack.pop_back();
    if (!n) continue;
    switch (n->kind) {
      case NodeKind::kIdentifier:
        out.push_back(static_cast<Identifier*>(n));
        break;
      case NodeKind::kObjectPattern: {
        auto* p = static_cast<ObjectPattern*>(n);
        if (p->rest) stack.push_back(p->rest);
        for (auto it = p->properties.rbegin(); it != p->properties.rend(); ++it) stack.push_back(it->value);
        break;
      }
      case NodeKind::kArrayPattern: {
        auto* p = static_cast<ArrayPattern*>(n);
        if (p->rest) stack.push_back(p->rest);
        for (auto it = p->elements.rbegin(); it != p->elements.rend(); ++it) stack.push_back(*it);
        break;
      }
      case NodeKind::kAssignmentTarget:
        stack.push_back(static_cast<AssignmentTarget*>(n)->target);
        break;
      default:
        break;
    }
  }
}

}  // namespace async_runtime::syntax
