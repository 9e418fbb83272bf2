#include "runtime/interpreter/bytecode/code.h"

#include <algorithm>
#include <cstdio>

#include "runtime/interpreter/number_conversions.h"

namespace async_runtime::interpreter::bytecode {

namespace {


constexpr OperandKind kReg = OperandKind::kReg;
constexpr OperandKind kConst = OperandKind::kConst;
constexpr OperandKind kImm = OperandKind::kImm;
constexpr OperandKind kJump = OperandKind::kJump;
constexpr OperandKind kFunc = OperandKind::kFunc;
constexpr OperandKind kScope = OperandKind::kScope;

template <typename... Kinds>
constexpr OpInfo MakeInfo(const char* name, Kinds... kinds) {
  OpInfo info{name, static_cast<uint8_t>(sizeof...(Kinds)), {}};
  OperandKind list[] = {kinds..., OperandKind::kNone};
  for (size_t i = 0; i < sizeof...(Kinds); ++i) info.operands[i] = list[i];
  return info;
}

const OpInfo kInfos[] = {
#define ASYNC_RUNTIME_INFO(name, ...) MakeInfo(#name __VA_OPT__(, ) __VA_ARGS__),
    ASYNC_RUNTIME_OPCODES(ASYNC_RUNTIME_INFO)
#undef ASYNC_RUNTIME_INFO
};

}  // namespace

const OpInfo& InfoOf(Op op) { return kInfos[static_cast<size_t>(op)]; }

void Code::VisitEdges(heap::Visitor& visitor) {
  for (Value constant : constants) constant.Visit(visitor);
  for (Code* function : functions) visitor.Visit(function);
  visitor.Visit(script_or_module);
  auto visit_scope = [&](const ScopeLayout& scope) {
    for (PrimitiveString* name : scope.names) visitor.Visit(name);
  };
  for (const ScopeLayout& scope : scopes) visit_scope(scope);
  visit_scope(function_scope);
  for (PrimitiveString* name : global_var_names) visitor.Visit(name);
  for (auto& [name, index] : global_functions) visitor.Visit(name);
  for (auto& lexical : global_lexicals) visitor.Visit(lexical.name);
  for (PrimitiveString* name : global_annex_b_names) visitor.Visit(name);
  for (const TemplateSite& site : template_sites) site.template_object.Visit(visitor);
}

const HandlerEntry* Code::FindHandler(uint32_t pc) const {
  for (const HandlerEntry& entry : handlers) {
    if (pc >= entry.start && pc < entry.end) return &entry;
  }
  return nullptr;
}

const SourcePosition* Code::LocationAt(uint32_t pc) const {
  auto after = std::upper_bound(positions.begin(), positions.end(), pc,
                                [](uint32_t offset, const SourcePosition& entry) { return offset < entry.pc; });
  if (after == positions.begin()) return nullptr;
  return &*(after - 1);
}

namespace {

std::string ConstantText(const Code& code, uint32_t index) {
  Value value = code.constants[index];
  std::string text = "[" + std::to_string(index) + " ";
  if (value.IsString()) {
    text += "\"" + value.AsString()->ToUtf8() + "\"";
  } else if (value.IsNumber()) {
    text += Utf8FromUtf16(Number::toString(value.AsNumber()));
  } else if (value.IsBigInt()) {
    text += Utf8FromUtf16(value.AsBigInt()->value().ToString(10)) + "n";
  } else {
    text += "?";
  }
  return text + "]";
}

void DisassembleInto(const Code& code, std::string& out) {
  size_t pc = 0;
  while (pc < code.instructions.size()) {
    auto op = static_cast<Op>(code.instructions[pc]);
    const OpInfo& info = InfoOf(op);
    char prefix[16];
    std::snprintf(prefix, sizeof prefix, "  %04zu: ", pc);
    out += prefix;
    out += info.name;
    for (int i = 0; i < info.operand_count; ++i) {
      uint32_t operand = code.instructions[pc + 1 + i];
      out += i == 0 ? " " : ", ";
      switch (info.operands[i]) {
        case OperandKind::kReg: out += "r" + std::to_string(operand); break;
        case OperandKind::kConst: out += ConstantText(code, operand); break;
        case OperandKind::kImm: out += std::to_string(static_cast<int32_t>(operand)); break;
        case OperandKind::kJump: out += "@" + std::to_string(operand); break;
        case OperandKind::kFunc:
          out += "<function " + Utf8FromUtf16(code.functions[operand]->name) + ">";
          break;
        case OperandKind::kScope: out += "<scope " + std::to_string(operand) + ">"; break;
        default: break;
      }
    }
    out += "\n";
    pc += 1 + info.operand_count;
  }
  for (const HandlerEntry& entry : code.handlers) {
    out += "  handler [" + std::to_string(entry.start) + ", " + std::to_string(entry.end) + ") -> @" +
           std::to_string(entry.handler) + " r" + std::to_string(entry.exception_register) + "\n";
  }
  for (const Code* function : code.functions) {
    out += "function " + Utf8FromUtf16(function->name) + ":\n";
    DisassembleInto(*function, out);
  }
}

}  // namespace

std::string Disassemble(const Code& code) {
  std::string out;
  DisassembleInto(code, out);
  return out;
}

}  // namespace async_runtime::interpreter::bytecode
