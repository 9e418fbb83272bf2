#include <gtest/gtest.h>

#include "runtime/interpreter/vm/vm_test_support.h"

namespace async_runtime::interpreter::vm::testing {
namespace {

TEST_F(VmTest, DisassembleArithmetic) {
  EXPECT_EQ(vm_.DisassembleScript("var x = 1 + 2;"),
            "  0000: LdaUndefined\n"
            "  0001: Star r0\n"
            "  0003: ResolveName r1, [0 \"x\"]\n"
            "  0006: LdaSmi 1\n"
            "  0008: Star r2\n"
            "  0010: LdaSmi 2\n"
            "  0012: Add r2\n"
            "  0014: StaResolved r1, [0 \"x\"]\n"
            "  0017: Ldar r0\n"
            "  0019: Return\n");
}

TEST_F(VmTest, DisassembleClosureWithLocals) {
  EXPECT_EQ(vm_.DisassembleScript("function f(a) { let b = a; return () => b; }"),
            "  0000: LdaUndefined\n"
            "  0001: Star r0\n"
            "  0003: Ldar r0\n"
            "  0005: Return\n"
            "function f:\n"
            "  0000: LdaArg 0\n"
            "  0002: StaEnvInit 0, 0\n"
            "  0005: LdaEnv 0, 0, [0 \"a\"]\n"
            "  0009: StaEnvInit 0, 1\n"
            "  0012: CreateClosure <function >\n"
            "  0014: Return\n"
            "  0015: LdaUndefined\n"
            "  0016: Return\n"
            "function :\n"
            "  0000: LdaEnv 1, 1, [0 \"b\"]\n"
            "  0004: Return\n"
            "  0005: LdaUndefined\n"
            "  0006: Return\n");
}

TEST_F(VmTest, DisassembleTryCatch) {
  EXPECT_EQ(vm_.DisassembleScript("try { throw 1; } catch (e) { e; }"),
            "  0000: LdaUndefined\n"
            "  0001: Star r0\n"
            "  0003: LdaUndefined\n"
            "  0004: Star r0\n"
            "  0006: SaveEnv r1\n"
            "  0008: LdaSmi 1\n"
            "  0010: Throw\n"
            "  0011: Jump @29\n"
            "  0013: RestoreEnv r1\n"
            "  0015: PushEnv <scope 0>\n"
            "  0017: Ldar r2\n"
            "  0019: StaEnvInit 0, 0\n"
            "  0022: LdaEnv 0, 0, [0 \"e\"]\n"
            "  0026: Star r0\n"
            "  0028: PopEnv\n"
            "  0029: Ldar r0\n"
            "  0031: Return\n"
            "  handler [8, 13) -> @13 r2\n");
}

TEST_F(VmTest, DisassembleLoop) {
  EXPECT_EQ(vm_.DisassembleScript("while (a) b;"),
            "  0000: LdaUndefined\n"
            "  0001: Star r0\n"
            "  0003: LdaUndefined\n"
            "  0004: Star r0\n"
            "  0006: LdaName [0 \"a\"]\n"
            "  0008: JumpIfFalse @16\n"
            "  0010: LdaName [1 \"b\"]\n"
            "  0012: Star r0\n"
            "  0014: Jump @6\n"
            "  0016: Ldar r0\n"
            "  0018: Return\n");
}

TEST_F(VmTest, DisassembleReturnThroughFinally) {
  // The return sets the completion type register (r0) to 2 and its value
  // register (r1), then runs the finally block, whose dispatch returns r1.
  EXPECT_EQ(vm_.DisassembleScript("function f() { try { return 1; } finally { g(); } }"),
            "  0000: LdaUndefined\n"
            "  0001: Star r0\n"
            "  0003: Ldar r0\n"
            "  0005: Return\n"
            "function f:\n"
            "  0000: SaveEnv r2\n"
            "  0002: LdaSmi 1\n"
            "  0004: Star r1\n"
            "  0006: LdaSmi 2\n"
            "  0008: Star r0\n"
            "  0010: Jump @24\n"
            "  0012: LdaSmi 0\n"
            "  0014: Star r0\n"
            "  0016: Jump @24\n"
            "  0018: RestoreEnv r2\n"
            "  0020: LdaSmi 1\n"
            "  0022: Star r0\n"
            "  0024: LdaName [0 \"g\"]\n"
            "  0026: Star r3\n"
            "  0028: LdaUndefined\n"
            "  0029: Star r4\n"
            "  0031: Call r3, r4, r5, 0\n"
            "  0036: LdaSmi 1\n"
            "  0038: Star r3\n"
            "  0040: Ldar r0\n"
            "  0042: StrictEq r3\n"
            "  0044: JumpIfFalse @49\n"
            "  0046: Ldar r1\n"
            "  0048: Throw\n"
            "  0049: LdaSmi 2\n"
            "  0051: Star r3\n"
            "  0053: Ldar r0\n"
            "  0055: StrictEq r3\n"
            "  0057: JumpIfFalse @62\n"
            "  0059: Ldar r1\n"
            "  0061: Return\n"
            "  0062: LdaUndefined\n"
            "  0063: Return\n"
            "  handler [2, 18) -> @18 r1\n");
}

}  // namespace
}  // namespace async_runtime::interpreter::vm::testing
