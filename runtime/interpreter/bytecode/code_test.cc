#include "runtime/interpreter/bytecode/code.h"

#include <gtest/gtest.h>

#include "runtime/heap/heap.h"

namespace async_runtime::interpreter::bytecode {
namespace {

TEST(CodeTest, OperandCountsFollowTheOpcodeTable) {
  EXPECT_STREQ(InfoOf(Op::kLdaUndefined).name, "LdaUndefined");
  EXPECT_EQ(InfoOf(Op::kLdaUndefined).operand_count, 0);
  EXPECT_EQ(InfoOf(Op::kLdaEnv).operand_count, 3);
  EXPECT_EQ(InfoOf(Op::kCall).operand_count, 4);
  EXPECT_EQ(InfoOf(Op::kCall).operands[0], OperandKind::kReg);
  EXPECT_EQ(InfoOf(Op::kCall).operands[3], OperandKind::kImm);
  EXPECT_EQ(InfoOf(Op::kJump).operands[0], OperandKind::kJump);
}

TEST(CodeTest, DisassemblesHandBuiltCode) {
  heap::Heap heap;
  Code* code = heap.Allocate<Code>();
  heap::Handle<Code> rooted(heap, code);
  code->constants.push_back(Value::Number(2.5));
  code->instructions = {static_cast<uint32_t>(Op::kLdaConst), 0, static_cast<uint32_t>(Op::kStar), 3,
                        static_cast<uint32_t>(Op::kLdaSmi), static_cast<uint32_t>(-7),
                        static_cast<uint32_t>(Op::kJumpIfTrue), 0, static_cast<uint32_t>(Op::kReturn)};
  code->handlers.push_back({2, 6, 8, 1});
  EXPECT_EQ(Disassemble(*code),
            "  0000: LdaConst [0 2.5]\n"
            "  0002: Star r3\n"
            "  0004: LdaSmi -7\n"
            "  0006: JumpIfTrue @0\n"
            "  0008: Return\n"
            "  handler [2, 6) -> @8 r1\n");
}

TEST(CodeTest, FindHandlerPicksTheFirstEnclosingRange) {
  heap::Heap heap;
  heap::Handle<Code> code(heap, heap.Allocate<Code>());
  code->handlers.push_back({4, 8, 20, 0});   // inner
  code->handlers.push_back({0, 12, 30, 1});  // outer
  EXPECT_EQ(code->FindHandler(5)->handler, 20u);
  EXPECT_EQ(code->FindHandler(9)->handler, 30u);
  EXPECT_EQ(code->FindHandler(12), nullptr);
}

TEST(CodeTest, LocationAtFindsTheLastEntryAtOrBeforeTheOffset) {
  heap::Heap heap;
  heap::Handle<Code> code(heap, heap.Allocate<Code>());
  EXPECT_EQ(code->LocationAt(0), nullptr);  // no table
  code->positions = {{2, 1, 5}, {6, 3, 1}, {9, 3, 12}};
  EXPECT_EQ(code->LocationAt(0), nullptr);
  EXPECT_EQ(code->LocationAt(1), nullptr);
  ASSERT_NE(code->LocationAt(2), nullptr);
  EXPECT_EQ(code->LocationAt(2)->column, 5u);
  EXPECT_EQ(code->LocationAt(5)->line, 1u);
  EXPECT_EQ(code->LocationAt(6)->line, 3u);
  EXPECT_EQ(code->LocationAt(6)->column, 1u);
  EXPECT_EQ(code->LocationAt(8)->column, 1u);
  EXPECT_EQ(code->LocationAt(9)->column, 12u);
  EXPECT_EQ(code->LocationAt(1000)->column, 12u);
}

}  // namespace
}  // namespace async_runtime::interpreter::bytecode
