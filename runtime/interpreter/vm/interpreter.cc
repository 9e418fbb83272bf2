// Vm::RunFrame: the interpreter loop. Iterative: a call to an ECMAScript
// function pushes a Frame and continues in this loop; Return pops it; a
// throw unwinds frame by frame to the nearest handler-table entry.
#include <algorithm>
#include <unordered_set>

#include "runtime/async/async_function.h"
#include "runtime/async/async_generator.h"
#include "runtime/async/disposable_resources.h"
#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/arguments_object.h"
#include "runtime/interpreter/vm/bigint_operations.h"
#include "runtime/interpreter/vm/classes.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"
#include "runtime/interpreter/vm/property_access.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::interpreter::vm {

namespace {

using bytecode::Op;

// The state of a for-in loop (14.7.5.9 EnumerateObjectProperties, as the
// informal algorithm of 14.7.5.10 For-In Iterator Objects describes it).
class ForInIterator final : public heap::Cell {
 public:
  explicit ForInIterator(Object* object) : object(object) {}
  const char* CellName() const override { return "ForInIterator"; }
  void VisitEdges(heap::Visitor& visitor) override {
    visitor.Visit(object);
    for (const PropertyKey& key : keys) key.Visit(visitor);
    for (const PropertyKey& key : visited) key.Visit(visitor);
  }
  Object* object;  // the object whose own keys are being visited; nullptr when done
  bool object_keys_loaded = false;
  std::vector<PropertyKey> keys;
  size_t index = 0;
  std::unordered_set<PropertyKey, PropertyKeyHash> visited;
};

ThrowCompletionOr<Value> ForInStep(Agent& agent, ForInIterator* iterator) {
  heap::Handle<ForInIterator> rooted(agent.heap(), iterator);
  while (rooted->object != nullptr) {
    if (!rooted->object_keys_loaded) {
      rooted->keys = TRY(rooted->object->OwnPropertyKeys(agent));
      rooted->index = 0;
      rooted->object_keys_loaded = true;
    }
    while (rooted->index < rooted->keys.size()) {
      PropertyKey key = rooted->keys[rooted->index++];
      if (key.is_symbol()) continue;
      if (!rooted->visited.insert(key).second) continue;
      auto descriptor = TRY(rooted->object->GetOwnProperty(agent, key));
      if (!descriptor || !descriptor->enumerable.value_or(false)) continue;
      return key.ToValue(agent.strings());
    }
    rooted->object = TRY(rooted->object->GetPrototypeOf(agent));
    rooted->object_keys_loaded = false;
  }
  return Value::Empty();
}

std::u16string DescribeForError(Value value) {
  if (value.IsString()) return u"\"" + std::u16string(value.AsString()->code_units()) + u"\"";
  if (value.IsUndefined()) return u"undefined";
  if (value.IsNull()) return u"null";
  if (value.IsObject()) return value.AsObject()->IsCallable() ? u"function" : u"object";
  if (value.IsBoolean()) return value.AsBoolean() ? u"true" : u"false";
  return u"value";
}

// 9.4.3 GetThisEnvironment ( )
// https://tc39.es/ecma262/#sec-getthisenvironment
Environment* GetThisEnvironment(Environment* env) {
  // 1. Let env be the running execution context's LexicalEnvironment.
  // 2. Repeat,
  while (true) {
    // a. Let exists be env.HasThisBinding(). b. If exists is true, return env.
    if (env->HasThisBinding()) return env;
    // c. Let outer be env.[[OuterEnv]]. d. Assert: outer is not null. e. Set env to outer.
    env = env->outer();
  }
}

// 9.4.4 ResolveThisBinding ( )
// https://tc39.es/ecma262/#sec-resolvethisbinding
ThrowCompletionOr<Value> ResolveThisBinding(Agent& agent, Environment* lexical_environment) {
  // 1. Let envRec be GetThisEnvironment().
  Environment* env_rec = GetThisEnvironment(lexical_environment);
  // 2. Return ? envRec.GetThisBinding().
  if (auto* function_env = dynamic_cast<FunctionEnvironment*>(env_rec)) return function_env->GetThisBinding(agent);
  if (auto* module_env = dynamic_cast<ModuleEnvironment*>(env_rec)) return module_env->GetThisBinding();
  return Value::FromObject(static_cast<GlobalEnvironment*>(env_rec)->global_this());
}

// The name SetFunctionName (10.2.9) gives for `key` with an optional prefix.
std::u16string FunctionNameForKey(const PropertyKey& key, std::u16string_view prefix) {
  std::u16string name;
  if (key.is_symbol()) {
    if (PrimitiveString* description = key.symbol()->description()) {
      name = u"[" + std::u16string(description->code_units()) + u"]";
    }
  } else {
    name = key.ToDisplayString();
  }
  if (!prefix.empty()) name = std::u16string(prefix) + u" " + name;
  return name;
}

// The FunctionEnvironment GetThisEnvironment finds from `env` (super and
// super() only appear where that is a function's environment).
FunctionEnvironment* GetThisFunctionEnvironment(Environment* env) {
  return dynamic_cast<FunctionEnvironment*>(GetThisEnvironment(env));
}

}  // namespace

ThrowCompletionOr<Value> Vm::RunFrame(Frame* entry) {
  if (native_depth_ >= options_.max_native_depth) return ThrowStackOverflow();
  struct DepthScope {
    explicit DepthScope(size_t& depth) : depth(depth) { ++depth; }
    ~DepthScope() { --depth; }
    size_t& depth;
  } depth_scope(native_depth_);

  Agent& agent = agent_;
  Frame* frame = entry;
  entry->caller = nullptr;
  frames_.push_back(entry);
  Value thrown;
  // The running execution context's Realm follows the frame that runs; the caller's is restored on exit.
  struct RealmScope {
    Agent& agent;
    Realm* saved;
    ~RealmScope() { agent.set_current_realm(saved); }
  } realm_scope{agent, agent.current_realm()};
  if (frame->realm == nullptr) frame->realm = agent.current_realm();
  agent.set_current_realm(frame->realm);

#define VM_TRY(expression)                                   \
  ({                                                         \
    auto _vm_result = (expression);                          \
    if (_vm_result.is_throw_completion()) [[unlikely]] {     \
      thrown = _vm_result.thrown_value();                    \
      goto unwind;                                           \
    }                                                        \
    _vm_result.release_value();                              \
  })
#define VM_THROW(completion)           \
  do {                                 \
    thrown = (completion).value();     \
    goto unwind;                       \
  } while (0)

  for (;;) {
    {
      const uint32_t* instructions = frame->code->instructions.data();
      const uint32_t pc = frame->pc;
      const Op op = static_cast<Op>(instructions[pc]);
      frame->pc = pc + 1 + bytecode::InfoOf(op).operand_count;
#define OPERAND(i) instructions[pc + 1 + (i)]
#define REG(i) frame->registers[OPERAND(i)]
#define ACC frame->accumulator
#define CONSTANT(i) frame->code->constants[OPERAND(i)]
#define NAME(i) CONSTANT(i).AsString()
      const bool strict = frame->code->strict;

      switch (op) {
        case Op::kLdaUndefined: ACC = Value::Undefined(); break;
        case Op::kLdaNull: ACC = Value::Null(); break;
        case Op::kLdaTrue: ACC = Value::Boolean(true); break;
        case Op::kLdaFalse: ACC = Value::Boolean(false); break;
        case Op::kLdaSmi: ACC = Value::Int32(static_cast<int32_t>(OPERAND(0))); break;
        case Op::kLdaConst: ACC = CONSTANT(0); break;
        case Op::kLdar: ACC = REG(0); break;
        case Op::kStar: REG(0) = ACC; break;
        case Op::kMov: REG(1) = REG(0); break;
        case Op::kLdaArg: {
          uint32_t index = OPERAND(0);
          ACC = index < frame->arguments.size() ? frame->arguments[index] : Value::Undefined();
          break;
        }
        case Op::kLdaThis: ACC = VM_TRY(ResolveThisBinding(agent, frame->environment)); break;
        case Op::kLdaNewTarget: {
          Environment* env = GetThisEnvironment(frame->environment);
          auto* function_env = dynamic_cast<FunctionEnvironment*>(env);
          ACC = function_env ? function_env->new_target() : Value::Undefined();
          break;
        }
        case Op::kLdaCallee: ACC = Value::FromObject(frame->function); break;
        case Op::kCreateArguments: {
          // 10.4.4.6 CreateUnmappedArgumentsObject ( argumentsList ) or
          // 10.4.4.7 CreateMappedArgumentsObject ( func, formals, argumentsList, env ).
          const bytecode::Code* code = frame->code;
          bool mapped = code->mapped_arguments;
          auto* env = static_cast<DeclarativeEnvironment*>(frame->function_environment);
          // 1.-3. obj with [[ParameterMap]] (undefined when unmapped), [[Prototype]] %Object.prototype%.
          heap::Handle<ArgumentsObject> arguments(
              agent.heap(), OrdinaryObjectCreate<ArgumentsObject>(agent, frame->realm->intrinsic(Intrinsic::kObjectPrototype),
                                                                  mapped ? env : nullptr));
          // 4. Perform ! DefinePropertyOrThrow(obj, "length", { 𝔽(len), writable, not enumerable, configurable }).
          MUST(DefinePropertyOrThrow(
              agent, arguments, agent.Key(u"length"),
              PropertyDescriptor::Data(Value::Number(static_cast<double>(frame->arguments.size())), true, false,
                                       true)));
          // 5.-6. For each index < len: ! CreateDataPropertyOrThrow(obj, ! ToString(𝔽(index)), val).
          for (uint32_t i = 0; i < frame->arguments.size(); ++i) {
            MUST(CreateDataPropertyOrThrow(agent, arguments, PropertyKey::ArrayIndex(i), frame->arguments[i]));
          }
          if (mapped) {
            // Mapped 15.-17.: from the last formal down, a name not mapped yet and below len aliases its binding.
            std::vector<int>& slots = arguments->mapped_slots();
            slots.assign(frame->arguments.size(), -1);
            std::vector<uint32_t> mapped_names;
            for (size_t index = code->parameter_slots.size(); index-- > 0;) {
              uint32_t slot = code->parameter_slots[index];
              if (std::find(mapped_names.begin(), mapped_names.end(), slot) != mapped_names.end()) continue;
              mapped_names.push_back(slot);
              if (index < frame->arguments.size()) slots[index] = static_cast<int>(slot);
            }
          }
          // Step 7 / 18: ! DefinePropertyOrThrow(obj, %Symbol.iterator%, PropertyDescriptor { [[Value]]:
          // %Array.prototype.values%, [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: true }).
          if (Object* values = frame->realm->intrinsic(Intrinsic::kArrayPrototypeValues)) {
            MUST(DefinePropertyOrThrow(
                agent, arguments, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator)),
                PropertyDescriptor::Data(Value::FromObject(values), true, false, true)));
          }
          if (mapped) {
            // Mapped 20.: "callee" is func { writable, not enumerable, configurable }.
            MUST(DefinePropertyOrThrow(agent, arguments, agent.Key(u"callee"),
                                       PropertyDescriptor::Data(Value::FromObject(frame->function), true, false, true)));
          } else if (Object* thrower = frame->realm->intrinsic(Intrinsic::kThrowTypeError)) {
            // Unmapped 8.: "callee" is an accessor { [[Get]]: %ThrowTypeError%, [[Set]]: %ThrowTypeError%,
            // [[Enumerable]]: false, [[Configurable]]: false }.
            MUST(DefinePropertyOrThrow(
                agent, arguments, agent.Key(u"callee"),
                PropertyDescriptor::Accessor(Value::FromObject(thrower), Value::FromObject(thrower), false, false)));
          }
          ACC = Value::FromObject(arguments);
          break;
        }
        case Op::kCreateRestArray: {
          // 10.2.11 FunctionDeclarationInstantiation: the rest parameter's
          // CreateArrayFromList (the frame's arguments stay rooted by the frame).
          uint32_t start = OPERAND(0);
          std::span<const Value> rest(frame->arguments);
          rest = start < rest.size() ? rest.subspan(start) : std::span<const Value>();
          ACC = Value::FromObject(CreateArrayFromList(agent, rest));
          break;
        }
        case Op::kRequireObjectCoercible:
          // 7.2.1 RequireObjectCoercible ( argument )
          if (ACC.IsNullish()) {
            VM_THROW(ThrowTypeError(agent, u"Cannot destructure " + DescribeForError(ACC)));
          }
          break;
        case Op::kLdaEnv: {
          Environment* env = frame->environment;
          for (uint32_t hops = OPERAND(0); hops > 0; --hops) env = env->outer();
          Value value = static_cast<DeclarativeEnvironment*>(env)->slot(OPERAND(1));
          if (value.IsEmpty()) {
            VM_THROW(ThrowError(agent, ErrorKind::kReferenceError,
                                u"Cannot access '" + std::u16string(NAME(2)->code_units()) +
                                    u"' before initialization"));
          }
          ACC = value;
          break;
        }
        case Op::kLdaImport: {
          // A module environment's binding that may be indirect (9.1.1.5.1 GetBindingValue).
          Environment* env = frame->environment;
          for (uint32_t hops = OPERAND(0); hops > 0; --hops) env = env->outer();
          ACC = VM_TRY(ModuleEnvironment::ReadSlot(agent, static_cast<DeclarativeEnvironment*>(env), OPERAND(1)));
          break;
        }
        case Op::kStaEnvInit:
        case Op::kStaEnv: {
          Environment* env = frame->environment;
          for (uint32_t hops = OPERAND(0); hops > 0; --hops) env = env->outer();
          Value& slot = static_cast<DeclarativeEnvironment*>(env)->slot(OPERAND(1));
          if (op == Op::kStaEnv && slot.IsEmpty()) {
            VM_THROW(ThrowError(agent, ErrorKind::kReferenceError,
                                u"Cannot access '" + std::u16string(NAME(2)->code_units()) +
                                    u"' before initialization"));
          }
          slot = ACC;
          break;
        }
        case Op::kLdaName: {
          // 9.4.2 ResolveBinding ( name ) then 6.2.5.5 GetValue ( V ).
          PrimitiveString* name = NAME(0);
          Environment* env = VM_TRY(GetIdentifierReference(agent, frame->environment, name));
          if (env == nullptr) {
            VM_THROW(ThrowError(agent, ErrorKind::kReferenceError,
                                std::u16string(name->code_units()) + u" is not defined"));
          }
          ACC = VM_TRY(env->GetBindingValue(agent, name, strict));
          break;
        }
        case Op::kStaName:
        case Op::kInitName: {
          // 6.2.5.6 PutValue ( V, W ) / InitializeReferencedBinding.
          PrimitiveString* name = NAME(0);
          Environment* env = VM_TRY(GetIdentifierReference(agent, frame->environment, name));
          if (op == Op::kInitName) {
            VM_TRY(env->InitializeBinding(agent, name, ACC));
            break;
          }
          if (env == nullptr) {
            // 3.a. If V.[[Strict]] is true, throw a ReferenceError exception.
            if (strict) {
              VM_THROW(ThrowError(agent, ErrorKind::kReferenceError,
                                  std::u16string(name->code_units()) + u" is not defined"));
            }
            // 3.b.-c. Perform ? Set(globalObj, V.[[ReferencedName]], W, false).
            VM_TRY(Set(agent, GlobalEnvOf(frame->realm)->global_object(), PropertyKey::FromString(agent.strings(), name),
                       ACC, false));
            break;
          }
          VM_TRY(env->SetMutableBinding(agent, name, ACC, strict));
          break;
        }
        case Op::kStaGlobalVar:
          // Annex B.3.2.2 / B.3.2.3 step "alt-funcdecl-eval": ? globalEnv.SetMutableBinding(F, fobj, false),
          // globalEnv being the running execution context's VariableEnvironment (a function's for eval code).
          VM_TRY(VariableEnvironmentOf(frame->environment)->SetMutableBinding(agent, NAME(0), ACC, false));
          break;
        case Op::kTypeofName: {
          PrimitiveString* name = NAME(0);
          Environment* env = VM_TRY(GetIdentifierReference(agent, frame->environment, name));
          if (env == nullptr) {
            ACC = agent.InternedString(u"undefined");
            break;
          }
          ACC = VM_TRY(env->GetBindingValue(agent, name, strict));
          ACC = TypeOf(agent, ACC);
          break;
        }
        case Op::kDeleteName: {
          PrimitiveString* name = NAME(0);
          Environment* env = VM_TRY(GetIdentifierReference(agent, frame->environment, name));
          ACC = Value::Boolean(env == nullptr ? true : VM_TRY(env->DeleteBinding(agent, name)));
          break;
        }
        case Op::kResolveName: {
          // 9.4.2 ResolveBinding ( name ): the Reference's [[Base]] kept in a register (undefined when
          // unresolvable), so GetValue and PutValue reach the environment found now even if the binding is
          // deleted or shadowed before they run.
          Environment* env = VM_TRY(GetIdentifierReference(agent, frame->environment, NAME(1)));
          REG(0) = env == nullptr ? Value::Undefined() : Value::FromInternalCell(env);
          break;
        }
        case Op::kLdaResolved: {
          // 6.2.5.5 GetValue ( V ) of a Reference Record made by ResolveName.
          PrimitiveString* name = NAME(1);
          // 3. If IsUnresolvableReference(V) is true, throw a ReferenceError exception.
          if (REG(0).IsUndefined()) {
            VM_THROW(ThrowError(agent, ErrorKind::kReferenceError,
                                std::u16string(name->code_units()) + u" is not defined"));
          }
          // 5. Else, b. Return ? base.GetBindingValue(V.[[ReferencedName]], V.[[Strict]]).
          ACC = VM_TRY(static_cast<Environment*>(REG(0).AsCell())->GetBindingValue(agent, name, strict));
          break;
        }
        case Op::kStaResolved: {
          // 6.2.5.6 PutValue ( V, W ) of a Reference Record made by ResolveName.
          PrimitiveString* name = NAME(1);
          if (REG(0).IsUndefined()) {
            // 3.a. If V.[[Strict]] is true, throw a ReferenceError exception.
            if (strict) {
              VM_THROW(ThrowError(agent, ErrorKind::kReferenceError,
                                  std::u16string(name->code_units()) + u" is not defined"));
            }
            // 3.b.-c. Perform ? Set(globalObj, V.[[ReferencedName]], W, false).
            VM_TRY(Set(agent, GlobalEnvOf(frame->realm)->global_object(),
                       PropertyKey::FromString(agent.strings(), name), ACC, false));
            break;
          }
          // 5. Else, b. Return ? base.SetMutableBinding(V.[[ReferencedName]], W, V.[[Strict]]).
          VM_TRY(static_cast<Environment*>(REG(0).AsCell())->SetMutableBinding(agent, name, ACC, strict));
          break;
        }
        case Op::kLdaWithBaseObject: {
          // 13.3.6.2 EvaluateCall step 1.b: the this value of a call through an environment Reference is
          // refEnv.WithBaseObject() (undefined for an unresolvable one).
          Object* base = REG(0).IsUndefined() ? nullptr : static_cast<Environment*>(REG(0).AsCell())->WithBaseObject();
          ACC = base != nullptr ? Value::FromObject(base) : Value::Undefined();
          break;
        }
        case Op::kThrowReferenceError:
          // A ReferenceError the compiled code throws with this message: `delete super.x` (13.5.1.2 step 4),
          // a call as an assignment target (B.3.9).
          VM_THROW(ThrowError(agent, ErrorKind::kReferenceError, std::u16string(NAME(0)->code_units())));
        case Op::kThrowConstAssign:
          VM_THROW(ThrowTypeError(agent, u"Assignment to constant variable '" +
                                             std::u16string(NAME(0)->code_units()) + u"'"));
        case Op::kPushEnv:
          // 9.1.2.2 NewDeclarativeEnvironment ( E ), with the block's bindings already created.
          frame->environment = agent.Allocate<DeclarativeEnvironment>(frame->environment, frame->code,
                                                                      static_cast<int>(OPERAND(0)));
          break;
        case Op::kPushWithEnv: {
          // 14.11.2 with: Let obj be ? ToObject(? GetValue(val)); NewObjectEnvironment(obj, true, oldEnv).
          Object* object = VM_TRY(ToObject(agent, ACC));
          frame->environment = agent.Allocate<ObjectEnvironment>(frame->environment, object, true);
          break;
        }
        case Op::kPopEnv: frame->environment = frame->environment->outer(); break;
        case Op::kCopyEnv: {
          // 14.7.4.4 CreatePerIterationEnvironment ( perIterationBindings )
          // 1.a.-b. Let lastIterationEnv be the running LexicalEnvironment, outer its [[OuterEnv]].
          auto* last_iteration_env = static_cast<DeclarativeEnvironment*>(frame->environment);
          // 1.d. Let thisIterationEnv be NewDeclarativeEnvironment(outer).
          auto* this_iteration_env = agent.Allocate<DeclarativeEnvironment>(
              last_iteration_env->outer(), last_iteration_env->code(), last_iteration_env->scope_index());
          // 1.e. For each element bn of perIterationBindings: CreateMutableBinding, then
          //      InitializeBinding(bn, ! lastIterationEnv.GetBindingValue(bn, true)).
          this_iteration_env->slots() = last_iteration_env->slots();
          // 1.f. Set the running execution context's LexicalEnvironment to thisIterationEnv.
          frame->environment = this_iteration_env;
          break;
        }
        case Op::kSaveEnv: REG(0) = Value::FromInternalCell(frame->environment); break;
        case Op::kRestoreEnv: frame->environment = static_cast<Environment*>(REG(0).AsCell()); break;

#define BINARY_CASE(opcode, binary_op)                                                              \
  case Op::opcode:                                                                                  \
    ACC = VM_TRY(ApplyStringOrNumericBinaryOperator(agent, REG(0), BinaryOp::binary_op, ACC)); \
    break;
        // Number operands (13.15.3 ApplyStringOrNumericBinaryOperator steps 3-8 with both ToNumeric results
        // Numbers, no ToPrimitive to run): the Number::add / subtract / multiply of 6.1.6.1, IEEE 754 doubles.
        case Op::kAdd:
          if (REG(0).IsInt32() && ACC.IsInt32()) {
            ACC = Value::Number(static_cast<double>(REG(0).AsInt32()) + ACC.AsInt32());
            break;
          }
          if (REG(0).IsNumber() && ACC.IsNumber()) {
            ACC = Value::Number(REG(0).AsNumber() + ACC.AsNumber());
            break;
          }
          ACC = VM_TRY(ApplyStringOrNumericBinaryOperator(agent, REG(0), BinaryOp::kAdd, ACC));
          break;
        case Op::kSub:
          if (REG(0).IsNumber() && ACC.IsNumber()) {
            ACC = Value::Number(REG(0).AsNumber() - ACC.AsNumber());
            break;
          }
          ACC = VM_TRY(ApplyStringOrNumericBinaryOperator(agent, REG(0), BinaryOp::kSubtract, ACC));
          break;
        case Op::kMul:
          if (REG(0).IsNumber() && ACC.IsNumber()) {
            ACC = Value::Number(REG(0).AsNumber() * ACC.AsNumber());
            break;
          }
          ACC = VM_TRY(ApplyStringOrNumericBinaryOperator(agent, REG(0), BinaryOp::kMultiply, ACC));
          break;
          BINARY_CASE(kDiv, kDivide)
          BINARY_CASE(kMod, kRemainder)
          BINARY_CASE(kExp, kExponent)
          BINARY_CASE(kShl, kShiftLeft)
          BINARY_CASE(kSar, kShiftRight)
          BINARY_CASE(kShr, kUnsignedShiftRight)
          BINARY_CASE(kBitAnd, kBitwiseAnd)
          BINARY_CASE(kBitOr, kBitwiseOr)
          BINARY_CASE(kBitXor, kBitwiseXor)
#undef BINARY_CASE
        case Op::kEq: ACC = Value::Boolean(VM_TRY(IsLooselyEqual(agent, REG(0), ACC))); break;
        case Op::kNotEq: ACC = Value::Boolean(!VM_TRY(IsLooselyEqual(agent, REG(0), ACC))); break;
        case Op::kStrictEq: ACC = Value::Boolean(IsStrictlyEqual(REG(0), ACC)); break;
        case Op::kStrictNotEq: ACC = Value::Boolean(!IsStrictlyEqual(REG(0), ACC)); break;
        // 13.10.1 Runtime Semantics: Evaluation of RelationalExpression. Two Numbers: IsLessThan step 4 is
        // Number::lessThan, undefined (false here) for NaN, which is what C++'s comparisons of doubles answer.
        case Op::kLt: {
          if (REG(0).IsNumber() && ACC.IsNumber()) {
            ACC = Value::Boolean(REG(0).AsNumber() < ACC.AsNumber());
            break;
          }
          auto r = VM_TRY(IsLessThan(agent, REG(0), ACC, true));
          ACC = Value::Boolean(r.value_or(false));
          break;
        }
        case Op::kGt: {
          if (REG(0).IsNumber() && ACC.IsNumber()) {
            ACC = Value::Boolean(REG(0).AsNumber() > ACC.AsNumber());
            break;
          }
          auto r = VM_TRY(IsLessThan(agent, ACC, REG(0), false));
          ACC = Value::Boolean(r.value_or(false));
          break;
        }
        case Op::kLe: {
          if (REG(0).IsNumber() && ACC.IsNumber()) {
            ACC = Value::Boolean(REG(0).AsNumber() <= ACC.AsNumber());
            break;
          }
          auto r = VM_TRY(IsLessThan(agent, ACC, REG(0), false));
          ACC = Value::Boolean(r.has_value() && !*r);
          break;
        }
        case Op::kGe: {
          if (REG(0).IsNumber() && ACC.IsNumber()) {
            ACC = Value::Boolean(REG(0).AsNumber() >= ACC.AsNumber());
            break;
          }
          auto r = VM_TRY(IsLessThan(agent, REG(0), ACC, true));
          ACC = Value::Boolean(r.has_value() && !*r);
          break;
        }
        case Op::kInstanceOf: ACC = Value::Boolean(VM_TRY(InstanceofOperator(agent, REG(0), ACC))); break;
        case Op::kIn: {
          if (!ACC.IsObject()) VM_THROW(ThrowTypeError(agent, u"Cannot use 'in' operator to search a non-object"));
          PropertyKey key = VM_TRY(ToPropertyKey(agent, REG(0)));
          ACC = Value::Boolean(VM_TRY(HasProperty(agent, ACC.AsObject(), key)));
          break;
        }
        case Op::kNegate: {
          Value number = VM_TRY(ToNumeric(agent, ACC));
          ACC = NumericUnaryMinus(agent, number);
          break;
        }
        case Op::kToNumber: ACC = Value::Number(VM_TRY(ToNumber(agent, ACC))); break;
        case Op::kToNumeric: ACC = VM_TRY(ToNumeric(agent, ACC)); break;
        case Op::kBitNot: {
          Value number = VM_TRY(ToNumeric(agent, ACC));
          ACC = NumericBitwiseNot(agent, number);
          break;
        }
        case Op::kNot: ACC = Value::Boolean(!ToBoolean(ACC)); break;
        case Op::kTypeof: ACC = TypeOf(agent, ACC); break;
        case Op::kInc: ACC = NumericIncrement(agent, ACC); break;
        case Op::kDec: ACC = NumericDecrement(agent, ACC); break;

        case Op::kJump: frame->pc = OPERAND(0); break;
        case Op::kJumpIfTrue:
          if (ToBoolean(ACC)) frame->pc = OPERAND(0);
          break;
        case Op::kJumpIfFalse:
          if (!ToBoolean(ACC)) frame->pc = OPERAND(0);
          break;
        case Op::kJumpIfNullish:
          if (ACC.IsNullish()) frame->pc = OPERAND(0);
          break;
        case Op::kJumpIfNotNullish:
          if (!ACC.IsNullish()) frame->pc = OPERAND(0);
          break;
        case Op::kJumpIfUndefined:
          if (ACC.IsUndefined()) frame->pc = OPERAND(0);
          break;
        case Op::kJumpIfNotUndefined:
          if (!ACC.IsUndefined()) frame->pc = OPERAND(0);
          break;
        case Op::kJumpIfEmpty:
          if (ACC.IsEmpty()) frame->pc = OPERAND(0);
          break;

        case Op::kReturn: {
          Value result = ACC;
          // 10.2.2 [[Construct]] steps 10-12: a non-Object result gives the this binding. Those steps run
          // after the body has left its execution context: their TypeError is thrown in the caller, out of
          // reach of the constructor's own catch blocks.
          if (frame->is_construct) {
            // Step 11 restored callerContext: its Realm creates the errors of steps 12.c and 14.
            agent.set_current_realm(frame == entry ? realm_scope.saved : frame->caller->realm);
            ThrowCompletionOr<Value> constructed = ConstructResult(frame, result);
            agent.set_current_realm(frame->realm);
            if (constructed.is_throw_completion()) {
              thrown = constructed.thrown_value();
              frames_.pop_back();
              if (frame == entry) return ThrowCompletion(thrown);
              frame = frame->caller;
              agent.set_current_realm(frame->realm);
              goto unwind;
            }
            result = constructed.release_value();
          }
          if (frame->is_async_function) {
            // 27.10.5.2 AsyncBlockStart 1.e-f: the body returned: resolve the promise. The caller (at the
            // first await it was already given the promise) receives the promise.
            heap::Handle<Frame> async_frame(agent.heap(), frame);
            async::AsyncBlockComplete(agent, frame->async_resolve, frame->async_reject, false, result);
            frame = async_frame.get();
            result = frame->async_promise;
          }
          if (frame->async_generator != nullptr) {
            // 27.9.3.2 AsyncGeneratorStart 4.e-l: the body returned. (Always resumed by a job or a
            // prototype method: the frame is the entry.)
            frames_.pop_back();
            CompleteAsyncGeneratorBody(frame, false, result);
            return Value::Undefined();
          }
          frames_.pop_back();
          if (frame == entry) return result;
          frame = frame->caller;
          agent.set_current_realm(frame->realm);
          frame->accumulator = result;
          continue;
        }
        case Op::kThrow: thrown = ACC; goto unwind;

        case Op::kGetNamed: {
          PropertyKey key = PropertyKey::FromString(agent.strings(), NAME(1));
          // 7.3.3 GetV: on an Object, O.[[Get]](P, V) (GetFast: without Property Descriptors when ordinary).
          ACC = REG(0).IsObject() ? VM_TRY(GetFast(agent, REG(0).AsObject(), key, REG(0)))
                                  : VM_TRY(GetV(agent, frame->realm, REG(0), key));
          break;
        }
        case Op::kGetKeyed: {
          if (REG(0).IsNullish()) {
            VM_THROW(ThrowTypeError(agent, u"Cannot read properties of " + DescribeForError(REG(0))));
          }
          PropertyKey key = VM_TRY(ToPropertyKey(agent, ACC));
          ACC = REG(0).IsObject() ? VM_TRY(GetFast(agent, REG(0).AsObject(), key, REG(0)))
                                  : VM_TRY(GetV(agent, frame->realm, REG(0), key));
          break;
        }
        case Op::kSetNamed:
        case Op::kSetKeyed: {
          Value base = REG(0);
          if (base.IsNullish()) {
            VM_THROW(ThrowTypeError(agent, u"Cannot set properties of " + DescribeForError(base)));
          }
          PropertyKey key = op == Op::kSetNamed ? PropertyKey::FromString(agent.strings(), NAME(1))
                                                : VM_TRY(ToPropertyKey(agent, REG(1)));
          if (!base.IsObject()) {
            // 6.2.5.6 PutValue step 4: ? ToObject(V.[[Base]]).[[Set]](name, W, base). The wrapper is not
            // allocated: its own properties (a String's indices and length) are non-writable, so [[Set]]
            // fails on them; any other lookup starts at its prototype (setters and proxies there run with the
            // primitive as receiver; a data property or none fails, the receiver not being an Object).
            bool own_string_property =
                base.IsString() && ((key.is_array_index() && key.array_index() < base.AsString()->length()) ||
                                    key == agent.Key(u"length"));
            bool succeeded = false;
            if (!own_string_property) {
              Intrinsic prototype_name = base.IsBoolean()  ? Intrinsic::kBooleanPrototype
                                         : base.IsNumber() ? Intrinsic::kNumberPrototype
                                         : base.IsString() ? Intrinsic::kStringPrototype
                                         : base.IsSymbol() ? Intrinsic::kSymbolPrototype
                                                           : Intrinsic::kBigIntPrototype;
              Object* prototype = frame->realm->intrinsic(prototype_name);
              if (prototype == nullptr) prototype = frame->realm->intrinsic(Intrinsic::kObjectPrototype);
              succeeded = VM_TRY(prototype->Set(agent, key, ACC, base));
            }
            if (!succeeded && strict) VM_THROW(ThrowTypeError(agent, u"Cannot create property on primitive value"));
            break;
          }
          // 6.2.5.6 PutValue step 4.c-d: ? baseObj.[[Set]](name, W, GetThisValue(V)); strict failure throws.
          // (Fast path: an own writable data property of a plain object; [[Set]] stores W and succeeds.)
          if (TrySetOwnDataPropertyFast(base.AsObject(), key, ACC)) break;
          bool succeeded = VM_TRY(base.AsObject()->Set(agent, key, ACC, base));
          if (!succeeded && strict) {
            VM_THROW(ThrowTypeError(agent, u"Cannot assign to read only property '" + key.ToDisplayString() + u"'"));
          }
          break;
        }
        case Op::kDeleteNamed:
        case Op::kDeleteKeyed: {
          // 13.5.1.2 Runtime Semantics: Evaluation of `delete`.
          PropertyKey key = op == Op::kDeleteNamed ? PropertyKey::FromString(agent.strings(), NAME(1))
                                                   : VM_TRY(ToPropertyKey(agent, ACC));
          Object* object = VM_TRY(ToObject(agent, REG(0)));
          bool delete_status = VM_TRY(object->Delete(agent, key));
          if (!delete_status && strict) {
            VM_THROW(ThrowTypeError(agent, u"Cannot delete property '" + key.ToDisplayString() + u"'"));
          }
          ACC = Value::Boolean(delete_status);
          break;
        }
        case Op::kCreateObject:
          ACC = Value::FromObject(OrdinaryObjectCreate(agent, frame->realm->intrinsic(Intrinsic::kObjectPrototype)));
          break;
        case Op::kCreateArray: {
          // 13.2.4.2 ArrayLiteral evaluation step 1: ! ArrayCreate(0).
          ACC = Value::FromObject(MUST(ArrayCreate(agent, 0)));
          break;
        }
        case Op::kDefineNamed: {
          PropertyKey key = PropertyKey::FromString(agent.strings(), NAME(1));
          // (Fast path: a new property of a plain extensible object, e.g. an object literal's.)
          if (TryAddDataPropertyFast(agent, REG(0).AsObject(), key, ACC)) break;
          VM_TRY(CreateDataPropertyOrThrow(agent, REG(0).AsObject(), key, ACC));
          break;
        }
        case Op::kDefineKeyed: {
          PropertyKey key = VM_TRY(ToPropertyKey(agent, REG(1)));
          VM_TRY(CreateDataPropertyOrThrow(agent, REG(0).AsObject(), key, ACC));
          break;
        }
        case Op::kToString: ACC = VM_TRY(ToString(agent, ACC)); break;
        case Op::kSetProto:
          if (ACC.IsObject() || ACC.IsNull()) {
            VM_TRY(REG(0).AsObject()->SetPrototypeOf(agent, ACC.IsNull() ? nullptr : ACC.AsObject()));
          }
          break;
        case Op::kArrayPush:
        case Op::kArrayHole: {
          Object* array = REG(0).AsObject();
          PropertyKey length_key = agent.Key(u"length");
          double length = array->GetOwnPropertyFromStorage(length_key)->value->AsNumber();
          if (op == Op::kArrayPush) {
            VM_TRY(CreateDataPropertyOrThrow(agent, array, PropertyKey::ArrayIndex(static_cast<uint32_t>(length)),
                                             ACC));
          }
          VM_TRY(Set(agent, REG(0).AsObject(), length_key, Value::Number(length + 1), true));
          break;
        }
        case Op::kCreateClosure:
          ACC = Value::FromObject(InstantiateFunction(frame->code->functions[OPERAND(0)], frame->environment));
          break;
        case Op::kImportCall: {
          // 13.3.10.1 Evaluation of ImportCall: Return ? EvaluateImportCall(AssignmentExpression [, options]):
          // steps 3-6 (the specifier in the register, the options value in the accumulator) ran before.
          if (!options_.import_call) VM_THROW(ThrowTypeError(agent, u"import() is not available"));
          ACC = VM_TRY(options_.import_call(agent, REG(0), ACC));
          break;
        }
        case Op::kImportMeta: {
          // 13.3.12.1 Evaluation of ImportMeta : import . meta
          // 1. Let module be GetActiveScriptOrModule(). 2. Assert: module is a Source Text Module Record.
          auto* module = static_cast<ScriptOrModule*>(frame->code->script_or_module);
          if (module == nullptr || !module->IsModuleRecord() || !options_.import_meta) {
            VM_THROW(ThrowTypeError(agent, u"import.meta is not available"));
          }
          ACC = VM_TRY(options_.import_meta(agent, static_cast<ModuleRecord*>(module)));
          break;
        }
        case Op::kCallDirectEval: {
          // 13.3.6.1 step 6: if SameValue(func, %eval%) is true, a direct eval of the first argument
          // (19.2.1.1 PerformEval with strictCaller and direct true); otherwise an ordinary call.
          Object* eval_function = frame->realm->intrinsic(Intrinsic::kEval);
          if (eval_function != nullptr && REG(0).IsObject() && REG(0).AsObject() == eval_function) {
            Value x = OPERAND(3) > 0 ? frame->registers[OPERAND(2)] : Value::Undefined();
            ACC = VM_TRY(PerformDirectEval(x, frame));
            break;
          }
          if (!IsCallable(REG(0))) {
            VM_THROW(ThrowTypeError(agent, DescribeForError(REG(0)) + u" is not a function"));
          }
          ACC = VM_TRY(Call(agent, REG(0), REG(1),
                            std::span<const Value>(frame->registers.data() + OPERAND(2), OPERAND(3))));
          break;
        }
        case Op::kCall:
        case Op::kConstruct: {
          // 13.3.6.2 EvaluateCall / 13.3.5.1.1 EvaluateNew, after the arguments are evaluated.
          bool is_construct = op == Op::kConstruct;
          Value callee = REG(0);
          uint32_t first = is_construct ? OPERAND(1) : OPERAND(2);
          uint32_t count = is_construct ? OPERAND(2) : OPERAND(3);
          std::span<const Value> arguments(frame->registers.data() + first, count);
          if (is_construct ? !IsConstructor(callee) : !IsCallable(callee)) {
            VM_THROW(ThrowTypeError(agent, DescribeForError(callee) +
                                               (is_construct ? u" is not a constructor" : u" is not a function")));
          }
          auto* function = dynamic_cast<ECMAScriptFunctionObject*>(callee.AsObject());
          if (function == nullptr) {
            // A native function: native recursion is fine here (it is bounded by
            // max_native_depth if it calls back into JS).
            if (is_construct) {
              Object* result = VM_TRY(static_cast<FunctionObject*>(callee.AsObject())
                                          ->Construct(agent, arguments, callee.AsObject()));
              ACC = Value::FromObject(result);
            } else {
              ACC = VM_TRY(static_cast<FunctionObject*>(callee.AsObject())->Call(agent, REG(1), arguments));
            }
            break;
          }
          Frame* callee_frame;
          if (is_construct) {
            callee_frame = VM_TRY(PrepareConstruct(function, arguments, function));
          } else {
            callee_frame = VM_TRY(PrepareCall(function, REG(1), arguments, nullptr));
            if (function->code()->is_async && !function->code()->is_generator) PrepareAsyncFunctionFrame(callee_frame);
          }
          callee_frame->caller = frame;
          frames_.push_back(callee_frame);
          frame = callee_frame;
          agent.set_current_realm(frame->realm);
          continue;
        }
        case Op::kForInPrepare: {
          // 14.7.5.6 ForIn/OfHeadEvaluation: undefined/null give an iterator with nothing to visit.
          Object* object = nullptr;
          if (!ACC.IsNullish()) object = VM_TRY(ToObject(agent, ACC));
          ACC = Value::FromInternalCell(agent.Allocate<ForInIterator>(object));
          break;
        }
        case Op::kForInNext:
          ACC = VM_TRY(ForInStep(agent, static_cast<ForInIterator*>(REG(0).AsCell())));
          break;
        case Op::kToPropertyKey: {
          PropertyKey key = VM_TRY(ToPropertyKey(agent, ACC));
          ACC = key.ToValue(agent.strings());
          break;
        }
        case Op::kGetIterator: {
          // 7.4.4 GetIterator ( obj, sync ): the record lives in three registers
          // (iterator, next method, done flag).
          IteratorRecord record = VM_TRY(GetIterator(agent, ACC, IteratorKind::kSync));
          Value* registers = &REG(0);
          registers[0] = Value::FromObject(record.iterator());
          registers[1] = record.next_method();
          registers[2] = Value::Boolean(false);
          break;
        }
        case Op::kIteratorStepValue: {
          // 7.4.10 IteratorStepValue. Operand 1: what a finished iterator gives —
          // 0: ~empty~ (loops test it), 1: undefined (destructuring).
          uint32_t base = OPERAND(0);
          Value done_result = OPERAND(1) == 0 ? Value::Empty() : Value::Undefined();
          if (frame->registers[base + 2].AsBoolean()) {
            ACC = done_result;
            break;
          }
          IteratorRecord record(agent.heap(), frame->registers[base].AsObject(), frame->registers[base + 1]);
          // Any abrupt completion of the step leaves [[Done]] true, so no IteratorClose follows.
          frame->registers[base + 2] = Value::Boolean(true);
          std::optional<Value> value = VM_TRY(IteratorStepValue(agent, record));
          if (!value) {
            ACC = done_result;
            break;
          }
          frame->registers[base + 2] = Value::Boolean(false);
          ACC = *value;
          break;
        }
        case Op::kIteratorClose:
        case Op::kIteratorCloseOnThrow: {
          // 7.4.11 IteratorClose ( iteratorRecord, completion ) when [[Done]] is false. The
          // accumulator (the return value, or the exception) is the completion's value and is kept.
          uint32_t base = OPERAND(0);
          if (frame->registers[base + 2].AsBoolean()) break;
          frame->registers[base + 2] = Value::Boolean(true);
          IteratorRecord record(agent.heap(), frame->registers[base].AsObject(), frame->registers[base + 1]);
          RootedValue completion_value(agent.heap(), ACC);
          if (op == Op::kIteratorClose) {
            VM_TRY(IteratorClose(agent, record, Value::Undefined()));
          } else {
            // A throw completion: errors from return() are dropped in favour of it.
            (void)IteratorClose(agent, record, ThrowCompletion(completion_value.get()));
          }
          ACC = completion_value.get();
          break;
        }
        case Op::kCallSpread:
        case Op::kCallDirectEvalSpread:
        case Op::kConstructSpread: {
          bool is_construct = op == Op::kConstructSpread;
          Value callee = REG(0);
          Value array = is_construct ? REG(1) : REG(2);
          std::vector<Value> list = VM_TRY(CreateListFromArrayLike(agent, array));
          if (op == Op::kCallDirectEvalSpread) {
            // 13.3.6.1 step 6 with a spread argument list: a direct eval of its first element, if any.
            Object* eval_function = frame->realm->intrinsic(Intrinsic::kEval);
            if (eval_function != nullptr && callee.IsObject() && callee.AsObject() == eval_function) {
              Value x = list.empty() ? Value::Undefined() : list[0];
              ACC = VM_TRY(PerformDirectEval(x, frame));
              break;
            }
          }
          if (is_construct ? !IsConstructor(callee) : !IsCallable(callee)) {
            VM_THROW(ThrowTypeError(agent, DescribeForError(callee) +
                                               (is_construct ? u" is not a constructor" : u" is not a function")));
          }
          // The values stay reachable from the argument array in its register.
          if (is_construct) {
            ACC = Value::FromObject(VM_TRY(Construct(agent, callee.AsObject(), list, callee.AsObject())));
          } else {
            ACC = VM_TRY(Call(agent, callee, REG(1), list));
          }
          break;
        }
        case Op::kCopyDataProperties: {
          // 7.3.25 CopyDataProperties ( target, source, excludedItems ), source in the accumulator.
          std::vector<PropertyKey> excluded;
          for (uint32_t i = 0; i < OPERAND(2); ++i) {
            excluded.push_back(PropertyKey::FromValue(agent.strings(), frame->registers[OPERAND(1) + i]));
          }
          VM_TRY(CopyDataProperties(agent, REG(0).AsObject(), ACC, excluded));
          break;
        }
        case Op::kGeneratorStart: {
          // 15.5.2 EvaluateGeneratorBody 2.-5.: G = ? OrdinaryCreateFromConstructor(functionObject,
          // "%GeneratorPrototype%", ...); GeneratorStart(G, FunctionBody); return G. The frame, left at
          // the next instruction, is G.[[GeneratorContext]].
          Value prototype = VM_TRY(Get(agent, frame->function, agent.Key(u"prototype")));
          Object* proto = prototype.IsObject() ? prototype.AsObject() : nullptr;
          if (proto == nullptr) {
            Realm* function_realm = frame->function->realm();
            proto = function_realm->intrinsic(Intrinsic::kGeneratorPrototype);
            if (proto == nullptr) proto = function_realm->intrinsic(Intrinsic::kObjectPrototype);
          }
          Value generator;
          if (frame->code->is_async) {
            // 15.6.2 EvaluateAsyncGeneratorBody 2.-5.: gen = ? OrdinaryCreateFromConstructor(functionObject,
            // "%AsyncGeneratorPrototype%", ...); [[AsyncGeneratorState]] suspended-start; AsyncGeneratorStart(gen,
            // FunctionBody): the frame is gen.[[AsyncGeneratorContext]] and its Generator component is gen.
            if (!prototype.IsObject()) {
              Realm* function_realm = frame->function->realm();
              proto = function_realm->intrinsic(Intrinsic::kAsyncGeneratorPrototype);
              if (proto == nullptr) proto = function_realm->intrinsic(Intrinsic::kObjectPrototype);
            }
            auto* async_generator = OrdinaryObjectCreate<async::AsyncGeneratorObject>(agent, proto, frame);
            frame->async_generator = async_generator;
            generator = Value::FromObject(async_generator);
          } else {
            generator = Value::FromObject(OrdinaryObjectCreate<GeneratorObject>(agent, proto, frame));
          }
          frames_.pop_back();
          if (frame == entry) return generator;
          frame = frame->caller;
          agent.set_current_realm(frame->realm);
          frame->accumulator = generator;
          continue;
        }
        case Op::kYield: {
          // 27.8.3.6 GeneratorYield: suspend the running frame; ResumeGenerator sees `suspended`.
          // A generator frame always runs as the entry frame of its RunFrame.
          frame->suspended = true;
          frame->yield_raw = OPERAND(0) != 0;
          frames_.pop_back();
          return ACC;
        }
        case Op::kAwait: {
          // 27.10.5.3 Await ( value ): steps 1-7 (a throw from PromiseResolve is thrown here) ...
          VM_TRY(async::Await(agent, frame, ACC, &Vm::ResumeAsyncContext));
          // 8. ... RunCallerContext: suspend the frame. Started inline by a call, it gives its caller the
          //    promise (EvaluateAsyncFunctionBody step 5); resumed by a job, it returns to the job.
          frame->suspended = true;
          frames_.pop_back();
          Value promise = frame->async_promise;
          if (frame == entry) return promise;
          frame = frame->caller;
          agent.set_current_realm(frame->realm);
          frame->accumulator = promise;
          continue;
        }
        case Op::kAwaitOrSkip: {
          // Await(value) whose completion is ignored (AsyncIteratorClose with a throw completion): a throw
          // from PromiseResolve skips the wait; a rejection resumes normally at the next instruction.
          ThrowCompletionOr<void> awaited = async::Await(agent, frame, ACC, &Vm::ResumeAsyncContext);
          if (awaited.is_throw_completion()) {
            frame->pc = OPERAND(0);
            break;
          }
          frame->suspended = true;
          frames_.pop_back();
          Value promise = frame->async_promise;
          if (frame == entry) return promise;
          frame = frame->caller;
          agent.set_current_realm(frame->realm);
          frame->accumulator = promise;
          continue;
        }
        case Op::kGetAsyncIterator: {
          // 7.4.4 GetIterator ( obj, async ): the record in three registers, as for GetIterator.
          if (!options_.get_async_iterator) VM_THROW(ThrowTypeError(agent, u"async iteration is not available"));
          IteratorRecord record = VM_TRY(options_.get_async_iterator(agent, ACC));
          Value* registers = &REG(0);
          registers[0] = Value::FromObject(record.iterator());
          registers[1] = record.next_method();
          registers[2] = Value::Boolean(false);
          break;
        }
        case Op::kAsyncYieldStarCall: {
          // 15.5.5 yield* (genKind async), step 7, before the Await: forward received (mode register, value in
          // the accumulator) to the inner iterator's next, throw or return.
          uint32_t base = OPERAND(0);
          auto mode = static_cast<ResumeMode>(REG(1).AsNumber());
          heap::Handle<Object> iterator(agent.heap(), frame->registers[base].AsObject());
          RootedValue received(agent.heap(), ACC);
          Value argument = received.get();
          if (mode == ResumeMode::kNext) {
            // a.i. Let innerResult be ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]], « received.[[Value]] »).
            ACC = VM_TRY(Call(agent, frame->registers[base + 1], Value::FromObject(iterator),
                              std::span<const Value>(&argument, 1)));
          } else if (mode == ResumeMode::kThrow) {
            // b.i. Let throw be ? GetMethod(iterator, "throw").
            Value throw_method = VM_TRY(GetMethod(agent, iterator, agent.Key(u"throw")));
            // b.iii. No throw method: close the iterator, then throw a TypeError (the no-throw path).
            if (throw_method.IsUndefined()) {
              frame->pc = OPERAND(2);
              break;
            }
            // b.ii.1. Let innerResult be ? Call(throw, iterator, « received.[[Value]] »).
            RootedValue rooted_throw(agent.heap(), throw_method);
            ACC = VM_TRY(Call(agent, rooted_throw, Value::FromObject(iterator), std::span<const Value>(&argument, 1)));
          } else {
            // c.ii. Let return be ? GetMethod(iterator, "return").
            Value return_method = VM_TRY(GetMethod(agent, iterator, agent.Key(u"return")));
            // c.iii. If return is undefined: Await(received.[[Value]]) and return it (the no-return path).
            if (return_method.IsUndefined()) {
              ACC = received.get();
              frame->pc = OPERAND(3);
              break;
            }
            // c.iv. Let innerReturnResult be ? Call(return, iterator, « received.[[Value]] »).
            RootedValue rooted_return(agent.heap(), return_method);
            ACC = VM_TRY(Call(agent, rooted_return, Value::FromObject(iterator), std::span<const Value>(&argument, 1)));
          }
          break;
        }
        case Op::kYieldStarResult: {
          // 15.5.5 yield*, after the (awaited) inner result: if innerResult is not an Object, throw a TypeError
          // exception; let done be ? IteratorComplete(innerResult); if done, the value ends the yield* (mode
          // return: as a return completion); else the value to yield is ? IteratorValue(innerResult).
          auto mode = static_cast<ResumeMode>(REG(0).AsNumber());
          if (!ACC.IsObject()) VM_THROW(ThrowTypeError(agent, u"Iterator result is not an object"));
          heap::Handle<Object> inner_result(agent.heap(), ACC.AsObject());
          bool done = VM_TRY(IteratorComplete(agent, inner_result));
          ACC = VM_TRY(IteratorValue(agent, inner_result));
          if (done) frame->pc = mode == ResumeMode::kReturn ? OPERAND(2) : OPERAND(1);
          break;
        }
        case Op::kAsyncYieldStarResumption:
          // received = Completion(AsyncGeneratorYield(...)): a normal or throw resumption loops with it as is;
          // a return resumption falls through to be awaited (AsyncGeneratorUnwrapYieldResumption).
          REG(0) = Value::Int32(frame->resume_mode);
          if (frame->resume_mode != static_cast<uint8_t>(ResumeMode::kReturn)) frame->pc = OPERAND(1);
          break;
        case Op::kAwaitedReturnMode:
          // AsyncGeneratorUnwrapYieldResumption 2.-5.: received is the awaited value as a return completion, or
          // the rejection as a throw completion.
          REG(0) = Value::Int32(static_cast<int32_t>(
              frame->resume_mode == static_cast<uint8_t>(ResumeMode::kThrow) ? ResumeMode::kThrow : ResumeMode::kReturn));
          frame->pc = OPERAND(1);
          break;
        case Op::kAsyncIteratorCloseCall:
        case Op::kAsyncIteratorCloseOnThrowCall: {
          // 7.4.15 AsyncIteratorClose ( iteratorRecord, completion ), up to the Await (skipped when [[Done]] is
          // already true: nothing to close):
          // 1.-2. iterator; innerResult = Completion(GetMethod(iterator, "return")).
          // 3.a-b. If return is undefined, return ? completion (skip). 3.c. innerResult = Call(return, iterator).
          // 4.-5. For a normal completion a throw from either is thrown; for a throw completion (OnThrow) it is
          //       dropped in favour of the completion, which the code after the skip rethrows.
          const bool completion_is_throw = op == Op::kAsyncIteratorCloseOnThrowCall;
          uint32_t base = OPERAND(0);
          if (frame->registers[base + 2].AsBoolean()) {
            frame->pc = OPERAND(1);
            break;
          }
          frame->registers[base + 2] = Value::Boolean(true);
          heap::Handle<Object> iterator(agent.heap(), frame->registers[base].AsObject());
          ThrowCompletionOr<Value> return_method = GetMethod(agent, iterator, agent.Key(u"return"));
          if (return_method.is_throw_completion() && !completion_is_throw) VM_THROW(return_method.throw_completion());
          if (return_method.is_throw_completion() || return_method.value().IsUndefined()) {
            frame->pc = OPERAND(1);
            break;
          }
          RootedValue rooted_return(agent.heap(), return_method.value());
          ThrowCompletionOr<Value> inner_result = Call(agent, rooted_return, Value::FromObject(iterator), {});
          if (inner_result.is_throw_completion()) {
            if (!completion_is_throw) VM_THROW(inner_result.throw_completion());
            frame->pc = OPERAND(1);
            break;
          }
          ACC = inner_result.value();
          break;
        }
        case Op::kThrowIfNotObject:
          // AsyncIteratorClose 6.: If innerResult.[[Value]] is not an Object, throw a TypeError exception.
          if (!ACC.IsObject()) VM_THROW(ThrowTypeError(agent, u"Iterator result is not an object"));
          break;
        case Op::kThrowYieldStarNoThrow:
          // 15.5.5 yield* b.iii.6: Throw a TypeError exception (the iterator has no throw method).
          VM_THROW(ThrowTypeError(agent, u"The iterator does not provide a 'throw' method"));
        case Op::kAsyncIteratorNext: {
          // 14.7.5.7 ForIn/OfBodyEvaluation step 6.a: Let nextResult be ? Call(iteratorRecord.[[NextMethod]],
          // iteratorRecord.[[Iterator]]). ([[Done]] is true until a value is obtained: an error of the iterator
          // itself does not close it.)
          uint32_t base = OPERAND(0);
          frame->registers[base + 2] = Value::Boolean(true);
          ACC = VM_TRY(Call(agent, frame->registers[base + 1], frame->registers[base], {}));
          break;
        }
        case Op::kAsyncIteratorStepResult: {
          // 6.c. If nextResult is not an Object, throw a TypeError exception.
          uint32_t base = OPERAND(0);
          if (!ACC.IsObject()) VM_THROW(ThrowTypeError(agent, u"Iterator result is not an object"));
          heap::Handle<Object> next_result(agent.heap(), ACC.AsObject());
          // 6.d. Let done be ? IteratorComplete(nextResult).
          bool done = VM_TRY(IteratorComplete(agent, next_result));
          // 6.e. If done is true, return V.
          if (done) {
            frame->pc = OPERAND(1);
            break;
          }
          // 6.f. Let nextValue be ? IteratorValue(nextResult).
          ACC = VM_TRY(IteratorValue(agent, next_result));
          frame->registers[base + 2] = Value::Boolean(false);
          break;
        }
        case Op::kCreateDisposableStack:
          // A scope's [[DisposableResourceStack]]: a new empty List.
          ACC = Value::FromInternalCell(agent.Allocate<async::DisposableResourceStack>());
          break;
        case Op::kAddDisposableResource:
          // 7.5.2 AddDisposableResource ( disposableResourceStack, value, kind ), value in the accumulator.
          VM_TRY(async::AddDisposableResource(agent, static_cast<async::DisposableResourceStack*>(REG(0).AsCell()), ACC,
                                              OPERAND(1) == 0 ? async::DisposeKind::kSyncDispose
                                                              : async::DisposeKind::kAsyncDispose));
          break;
        case Op::kDisposeResources: {
          // 7.5.5 DisposeResources ( disposableResourceStack, completion ): the completion is the finally
          // block's (type and value registers); a disposal error makes it a throw completion.
          bool was_throw = REG(1).IsIdenticalTo(Value::Int32(bytecode::kCompletionTypeThrow));
          async::DisposalCompletion completion = async::DisposeResources(
              agent, static_cast<async::DisposableResourceStack*>(REG(0).AsCell()),
              async::DisposalCompletion{was_throw, REG(2)});
          if (completion.is_throw) {
            REG(1) = Value::Int32(bytecode::kCompletionTypeThrow);
            REG(2) = completion.value;
          }
          break;
        }
        case Op::kNextAsyncDisposal: {
          // 7.5.5 DisposeResources for await using: dispose until the next Await (its value in the accumulator),
          // or jump when done.
          bool was_throw = REG(1).IsIdenticalTo(Value::Int32(bytecode::kCompletionTypeThrow));
          async::DisposalCompletion completion{was_throw, REG(2)};
          Value to_await;
          bool awaits = async::NextAsyncDisposal(agent, static_cast<async::DisposableResourceStack*>(REG(0).AsCell()),
                                                 completion, to_await);
          if (completion.is_throw) {
            REG(1) = Value::Int32(bytecode::kCompletionTypeThrow);
            REG(2) = completion.value;
          }
          if (!awaits) {
            frame->pc = OPERAND(3);
            break;
          }
          ACC = to_await;
          break;
        }
        case Op::kAsyncDisposalAwaited: {
          // After DisposeResources' Await: a rejected dispose result is a disposal error.
          bool was_throw = REG(1).IsIdenticalTo(Value::Int32(bytecode::kCompletionTypeThrow));
          async::DisposalCompletion completion{was_throw, REG(2)};
          async::AsyncDisposalAwaited(agent, static_cast<async::DisposableResourceStack*>(REG(0).AsCell()), completion,
                                      frame->resume_mode == static_cast<uint8_t>(ResumeMode::kThrow), ACC);
          if (completion.is_throw) {
            REG(1) = Value::Int32(bytecode::kCompletionTypeThrow);
            REG(2) = completion.value;
          }
          break;
        }
        case Op::kAsyncGeneratorYield: {
          // 27.9.3.8 AsyncGeneratorYield ( arg ), with arg (already awaited) in the accumulator.
          // 1.-4. genContext is this frame; gen its Generator component.
          heap::Handle<async::AsyncGeneratorObject> gen(
              agent.heap(), static_cast<async::AsyncGeneratorObject*>(frame->async_generator));
          // 5. Let completion be NormalCompletion(arg).
          // 6.-8. previousRealm: the Realm of the context that resumed this one.
          // 9. Perform AsyncGeneratorCompleteStep(gen, completion, false, previousRealm).
          async::AsyncGeneratorCompleteStep(agent, gen, false, ACC, false, frame->resumer_realm);
          // 10. Let queue be gen.[[AsyncGeneratorQueue]].
          // 11. If queue is not empty, then
          if (!gen->queue().empty()) {
            // a. NOTE: Execution continues without suspending the generator.
            // b. Let toYield be the first element of queue.
            // c. Let resumptionValue be Completion(toYield.[[Completion]]).
            // d. Return ? AsyncGeneratorUnwrapYieldResumption(resumptionValue): the next instructions.
            const async::AsyncGeneratorRequest& to_yield = gen->queue().front();
            frame->resume_mode = static_cast<uint8_t>(to_yield.completion_type);
            ACC = to_yield.completion_value;
            break;
          }
          // 12. Set gen.[[AsyncGeneratorState]] to suspended-yield.
          gen->set_state(async::AsyncGeneratorObject::State::kSuspendedYield);
          // 13. Let resumptionValue be Completion(RunCallerContext(undefined)): suspend; AsyncGeneratorResume
          //     resumes the frame with the completion (14., the unwrapping, is the next instructions).
          frame->suspended = true;
          frames_.pop_back();
          return Value::Undefined();
        }
        case Op::kResumeDispatch:
          // After a yield: the resumption's completion. Normal: its value is the yield's value.
          if (frame->resume_mode == static_cast<uint8_t>(ResumeMode::kThrow)) {
            thrown = ACC;
            goto unwind;
          }
          if (frame->resume_mode == static_cast<uint8_t>(ResumeMode::kReturn)) frame->pc = OPERAND(0);
          break;
        case Op::kGetResumeMode: REG(0) = Value::Int32(frame->resume_mode); break;
        case Op::kYieldStarStep: {
          // 15.5.5 yield* step 8: forward `received` (mode register, value in the accumulator).
          uint32_t base = OPERAND(0);
          auto mode = static_cast<ResumeMode>(REG(1).AsNumber());
          IteratorRecord record(agent.heap(), frame->registers[base].AsObject(), frame->registers[base + 1]);
          RootedValue received(agent.heap(), ACC);
          Value iterator = Value::FromObject(record.iterator());
          Value inner_result;
          if (mode == ResumeMode::kNext) {
            // a. If received is a normal completion: innerResult = ? Call(iteratorRecord.[[NextMethod]], ...).
            Value argument = received.get();
            inner_result = VM_TRY(Call(agent, record.next_method(), iterator, std::span<const Value>(&argument, 1)));
          } else if (mode == ResumeMode::kThrow) {
            // b. Else if received is a throw completion: let throw be ? GetMethod(iterator, "throw").
            Value throw_method = VM_TRY(GetMethod(agent, record.iterator(), agent.Key(u"throw")));
            if (throw_method.IsUndefined()) {
              // iii. NOTE: no throw method: close the iterator, then throw a TypeError.
              VM_TRY(IteratorClose(agent, record, Value::Undefined()));
              VM_THROW(ThrowTypeError(agent, u"The iterator does not provide a 'throw' method"));
            }
            Value argument = received.get();
            inner_result = VM_TRY(Call(agent, throw_method, iterator, std::span<const Value>(&argument, 1)));
          } else {
            // c. Else (a return completion): let return be ? GetMethod(iterator, "return").
            Value return_method = VM_TRY(GetMethod(agent, record.iterator(), agent.Key(u"return")));
            // iii. If return is undefined, then return ReturnCompletion(received.[[Value]]).
            if (return_method.IsUndefined()) {
              ACC = received.get();
              frame->pc = OPERAND(3);
              break;
            }
            Value argument = received.get();
            inner_result = VM_TRY(Call(agent, return_method, iterator, std::span<const Value>(&argument, 1)));
          }
          // If innerResult is not an Object, throw a TypeError exception.
          if (!inner_result.IsObject()) VM_THROW(ThrowTypeError(agent, u"Iterator result is not an object"));
          heap::Handle<Object> result_object(agent.heap(), inner_result.AsObject());
          // Let done be ? IteratorComplete(innerResult).
          bool done = VM_TRY(IteratorComplete(agent, result_object));
          if (done) {
            // If done is true: return ? IteratorValue(innerResult) (a ReturnCompletion for mode return).
            ACC = VM_TRY(IteratorValue(agent, result_object));
            frame->pc = mode == ResumeMode::kReturn ? OPERAND(3) : OPERAND(2);
            break;
          }
          ACC = Value::FromObject(result_object);
          break;
        }
        case Op::kCreateRegExp: {
          // 13.2.7.3 Evaluation of RegularExpressionLiteral: RegExpCreate(pattern, flags), provided by the
          // RegExp built-ins through the agent.
          Agent::RegExpLiteralFactory factory = agent.regexp_literal_factory();
          if (factory == nullptr) {
            VM_THROW(ThrowError(agent, ErrorKind::kSyntaxError, u"RegExp is not available in this realm"));
          }
          std::u16string pattern(NAME(0)->code_units());
          std::u16string flags(NAME(1)->code_units());
          ACC = VM_TRY(factory(agent, pattern, flags));
          break;
        }
        case Op::kGetTemplateObject: {
          // 13.2.8.4 GetTemplateObject ( templateLiteral ): one frozen template object per site (cached
          // on the Code, which is its Parse Node's compiled form in this realm).
          bytecode::Code::TemplateSite& site = frame->code->template_sites[OPERAND(0)];
          if (!site.template_object.IsEmpty()) {
            ACC = site.template_object;
            break;
          }
          heap::Handle<bytecode::Code> code(agent.heap(), frame->code);
          uint32_t site_index = OPERAND(0);
          // 4.-8. rawStrings, cookedStrings, count; template = ! ArrayCreate(count); rawObj = ! ArrayCreate(count).
          size_t count = site.raw.size();
          heap::Handle<Object> template_object(agent.heap(), MUST(ArrayCreate(agent, static_cast<double>(count))));
          heap::Handle<Object> raw_object(agent.heap(), MUST(ArrayCreate(agent, static_cast<double>(count))));
          // 9.-10. For each index: template[prop] = cooked, rawObj[prop] = raw, { writable: false,
          //        enumerable: true, configurable: false }.
          for (size_t index = 0; index < count; ++index) {
            const auto& cooked = code->template_sites[site_index].cooked[index];
            RootedValue cooked_value(agent.heap(), cooked ? MakeString(agent, *cooked) : Value::Undefined());
            MUST(DefinePropertyOrThrow(agent, template_object, PropertyKey::ArrayIndex(static_cast<uint32_t>(index)),
                                       PropertyDescriptor::Data(cooked_value, false, true, false)));
            RootedValue raw_value(agent.heap(), MakeString(agent, code->template_sites[site_index].raw[index]));
            MUST(DefinePropertyOrThrow(agent, raw_object, PropertyKey::ArrayIndex(static_cast<uint32_t>(index)),
                                       PropertyDescriptor::Data(raw_value, false, true, false)));
          }
          // 11. Perform ! SetIntegrityLevel(rawObj, frozen).
          MUST(SetIntegrityLevel(agent, raw_object, IntegrityLevel::kFrozen));
          // 12. Perform ! DefinePropertyOrThrow(template, "raw", { rawObj, writable: false, enumerable: false,
          //     configurable: false }).
          MUST(DefinePropertyOrThrow(agent, template_object, agent.Key(u"raw"),
                                     PropertyDescriptor::Data(Value::FromObject(raw_object), false, false, false)));
          // 13. Perform ! SetIntegrityLevel(template, frozen).
          MUST(SetIntegrityLevel(agent, template_object, IntegrityLevel::kFrozen));
          // 14. Append the Record { [[Site]]: templateLiteral, [[Array]]: template } to realm.[[TemplateMap]].
          code->template_sites[site_index].template_object = Value::FromObject(template_object);
          // 15. Return template.
          ACC = Value::FromObject(template_object);
          break;
        }
        case Op::kCreatePrivateName:
          // 15.7.14 ClassDefinitionEvaluation step 5.b: a new Private Name whose [[Description]] is "#x".
          ACC = Value::FromInternalCell(agent.Allocate<PrivateName>(NAME(0)));
          break;
        case Op::kCreateClass: {
          // 15.7.14 ClassDefinitionEvaluation steps 6-18 (the superclass, when operand 2 says there is one, is
          // in the register of operand 1; the prototype object is written to the next register).
          Realm* realm = frame->realm;
          Object* proto_parent = realm->intrinsic(Intrinsic::kObjectPrototype);
          Object* constructor_parent = realm->intrinsic(Intrinsic::kFunctionPrototype);
          if (OPERAND(2) != 0) {
            Value superclass = REG(1);
            if (superclass.IsNull()) {
              // 8.e. If superclass is null, then protoParent is null and constructorParent is %Function.prototype%.
              proto_parent = nullptr;
            } else if (!IsConstructor(superclass)) {
              // 8.f. Else if IsConstructor(superclass) is false, throw a TypeError exception.
              VM_THROW(ThrowTypeError(agent, u"Class extends value " + DescribeForError(superclass) +
                                                 u" is not a constructor or null"));
            } else {
              // 8.g. Let protoParent be ? Get(superclass, "prototype").
              Value parent = VM_TRY(Get(agent, superclass.AsObject(), agent.Key(u"prototype")));
              // If protoParent is neither an Object nor null, throw a TypeError exception.
              if (!parent.IsObject() && !parent.IsNull()) {
                VM_THROW(ThrowTypeError(agent, u"Class extends value does not have valid prototype property"));
              }
              proto_parent = parent.IsNull() ? nullptr : parent.AsObject();
              constructor_parent = REG(1).AsObject();
            }
          }
          // 9. Let proto be OrdinaryObjectCreate(protoParent).
          heap::Handle<Object> proto(agent.heap(), OrdinaryObjectCreate(agent, proto_parent));
          // 14.-18. F = the constructor (OrdinaryFunctionCreate(constructorParent, ...)), MakeClassConstructor(F),
          //         SetFunctionName(F, className), MakeConstructor(F, false, proto), derived [[ConstructorKind]].
          heap::Handle<ECMAScriptFunctionObject> f(
              agent.heap(), InstantiateFunction(frame->code->functions[OPERAND(0)], frame->environment));
          f->set_prototype(agent, constructor_parent);
          f->set_is_constructor(true);
          f->set_home_object(proto);
          MUST(DefinePropertyOrThrow(agent, f, agent.Key(u"prototype"),
                                     PropertyDescriptor::Data(Value::FromObject(proto), false, false, false)));
          // 19. Perform CreateMethodProperty(proto, "constructor", F).
          MUST(DefinePropertyOrThrow(agent, proto, agent.Key(u"constructor"),
                                     PropertyDescriptor::Data(Value::FromObject(f), true, false, true)));
          frame->registers[OPERAND(1) + 1] = Value::FromObject(proto);
          ACC = Value::FromObject(f);
          break;
        }
        case Op::kDefineMethod: {
          // 15.4.4 DefineMethod / 15.4.5 MethodDefinitionEvaluation for methods and accessors on `home`
          // (register 0) under the key in register 1. Flags: bits 0-1 method/getter/setter, bit 2
          // enumerable (object literals), bit 3 name the function from the key at run time.
          uint32_t flags = OPERAND(2);
          heap::Handle<Object> home(agent.heap(), REG(0).AsObject());
          heap::Handle<ECMAScriptFunctionObject> closure(agent.heap(),
                                                         static_cast<ECMAScriptFunctionObject*>(ACC.AsObject()));
          PropertyKey key = PropertyKey::FromValue(agent.strings(), REG(1));
          closure->set_home_object(home);
          uint32_t kind = flags & 3;
          if (flags & 8) {
            RootedValue name(agent.heap(), MakeString(agent, FunctionNameForKey(key, kind == 1   ? u"get"
                                                                                     : kind == 2 ? u"set"
                                                                                                 : u"")));
            MUST(DefinePropertyOrThrow(agent, closure, agent.Key(u"name"),
                                       PropertyDescriptor::Data(name, false, false, true)));
          }
          bool enumerable = (flags & 4) != 0;
          PropertyDescriptor descriptor;
          if (kind == 0) {
            descriptor = PropertyDescriptor::Data(Value::FromObject(closure), true, enumerable, true);
          } else {
            if (kind == 1) descriptor.get = Value::FromObject(closure);
            if (kind == 2) descriptor.set = Value::FromObject(closure);
            descriptor.enumerable = enumerable;
            descriptor.configurable = true;
          }
          VM_TRY(DefinePropertyOrThrow(agent, home, key, descriptor));
          ACC = Value::FromObject(closure);
          break;
        }
        case Op::kNameFunctionFromKey: {
          // 13.2.5.5 PropertyDefinitionEvaluation, PropertyDefinition : PropertyName : AssignmentExpression with
          // a key known only at run time: NamedEvaluation of the anonymous function definition in the
          // accumulator with the key in the register (SetFunctionName, 10.2.9). A class whose static
          // elements defined its own "name" keeps it.
          heap::Handle<Object> function(agent.heap(), ACC.AsObject());
          PropertyKey name_key = agent.Key(u"name");
          std::optional<PropertyDescriptor> own = VM_TRY(function->GetOwnProperty(agent, name_key));
          if (own && own->value && own->value->IsString() && own->value->AsString()->length() == 0) {
            RootedValue name(agent.heap(),
                             MakeString(agent, FunctionNameForKey(PropertyKey::FromValue(agent.strings(), REG(0)), u"")));
            MUST(DefinePropertyOrThrow(agent, function, name_key, PropertyDescriptor::Data(name, false, false, true)));
          }
          break;
        }
        case Op::kDefinePrivateMethod: {
          // 15.7.x ClassElementEvaluation of a private method or accessor: a PrivateElement in
          // F.[[PrivateMethods]] (instance) or added to F itself (static). Operands: F, home, name, flags
          // (bits 0-1 method/getter/setter, bit 2 static). A getter and a setter share one element.
          uint32_t flags = OPERAND(3);
          auto* f = static_cast<ECMAScriptFunctionObject*>(REG(0).AsObject());
          auto* closure = static_cast<ECMAScriptFunctionObject*>(ACC.AsObject());
          closure->set_home_object(REG(1).AsObject());
          auto* name = static_cast<PrivateName*>(REG(2).AsCell());
          uint32_t kind = flags & 3;
          PrivateElement element{name, kind == 0 ? PrivateElement::Kind::kMethod : PrivateElement::Kind::kAccessor,
                                 kind == 0 ? ACC : Value::Undefined(), kind == 1 ? ACC : Value::Undefined(),
                                 kind == 2 ? ACC : Value::Undefined()};
          std::vector<PrivateElement>& list = (flags & 4) ? f->private_elements() : f->private_methods();
          auto existing = std::find_if(list.begin(), list.end(),
                                       [&](const PrivateElement& e) { return e.key == name; });
          if (existing != list.end() && existing->kind == PrivateElement::Kind::kAccessor && kind != 0) {
            if (kind == 1) existing->get = ACC;
            if (kind == 2) existing->set = ACC;
          } else {
            list.push_back(element);
          }
          break;
        }
        case Op::kDefineClassField: {
          // ClassFieldDefinitionEvaluation / ClassStaticBlockDefinitionEvaluation: record the field (name in
          // register 2, initializer function or undefined in the accumulator) in F.[[Fields]] or, for static
          // fields and blocks (flags bit 0 / bit 1), in F's static elements.
          uint32_t flags = OPERAND(3);
          auto* f = static_cast<ECMAScriptFunctionObject*>(REG(0).AsObject());
          Object* initializer = nullptr;
          if (ACC.IsObject()) {
            initializer = ACC.AsObject();
            static_cast<ECMAScriptFunctionObject*>(initializer)->set_home_object(REG(1).AsObject());
          }
          ClassElementDefinition definition{REG(2), initializer, (flags & 2) != 0};
          if (flags & 3) {
            f->static_elements().push_back(definition);
          } else {
            f->fields().push_back(definition);
          }
          break;
        }
        case Op::kRunStaticElements: {
          // 15.7.14 steps 31-32: For each element of staticElements: DefineField(F, element), or
          // Call(element.[[BodyFunction]], F) for a static block.
          heap::Handle<ECMAScriptFunctionObject> f(agent.heap(),
                                                   static_cast<ECMAScriptFunctionObject*>(REG(0).AsObject()));
          for (size_t i = 0; i < f->static_elements().size(); ++i) {
            ClassElementDefinition element = f->static_elements()[i];
            if (element.is_static_block) {
              VM_TRY(Call(agent, Value::FromObject(element.initializer), Value::FromObject(f), {}));
            } else {
              VM_TRY(DefineField(agent, f, element));
            }
          }
          f->static_elements().clear();
          break;
        }
        case Op::kLdaSuperConstructor: {
          // 13.3.7.2 GetSuperConstructor ( ): the [[GetPrototypeOf]] of the active function.
          FunctionEnvironment* env = GetThisFunctionEnvironment(frame->environment);
          Object* super_constructor = VM_TRY(env->function_object()->GetPrototypeOf(agent));
          ACC = super_constructor ? Value::FromObject(super_constructor) : Value::Null();
          break;
        }
        case Op::kSuperCall:
        case Op::kSuperCallSpread:
        case Op::kSuperCallForward: {
          // 13.3.7.1 SuperCall : super Arguments, after GetSuperConstructor and ArgumentListEvaluation.
          FunctionEnvironment* env = GetThisFunctionEnvironment(frame->environment);
          Value func;
          std::vector<Value> spread;
          std::span<const Value> arguments;
          if (op == Op::kSuperCallForward) {
            // The default derived constructor: constructor(...args) { super(...args); } without iterating.
            Object* super_constructor = VM_TRY(env->function_object()->GetPrototypeOf(agent));
            func = super_constructor ? Value::FromObject(super_constructor) : Value::Null();
            arguments = std::span<const Value>(frame->arguments);
          } else if (op == Op::kSuperCallSpread) {
            func = REG(0);
            spread = VM_TRY(CreateListFromArrayLike(agent, REG(1)));
            arguments = spread;
          } else {
            func = REG(0);
            arguments = std::span<const Value>(frame->registers.data() + OPERAND(1), OPERAND(2));
          }
          // 5. If IsConstructor(func) is false, throw a TypeError exception.
          if (!IsConstructor(func)) VM_THROW(ThrowTypeError(agent, u"Super constructor is not a constructor"));
          // 1. Let newTarget be GetNewTarget(). 6. Let result be ? Construct(func, argList, newTarget).
          heap::Handle<FunctionEnvironment> this_er(agent.heap(), env);
          RootedValue result(agent.heap(), Value::FromObject(VM_TRY(
                                               Construct(agent, func.AsObject(), arguments, env->new_target().AsObject()))));
          // 7. Let thisER be GetThisEnvironment(). 8. Perform ? thisER.BindThisValue(result).
          VM_TRY(this_er->BindThisValue(agent, result));
          // 9. Let F be thisER.[[FunctionObject]]. 10. Perform ? InitializeInstanceElements(result, F).
          VM_TRY(InitializeInstanceElements(result->AsObject(),
                                            static_cast<ECMAScriptFunctionObject*>(this_er->function_object())));
          // 11. Return result.
          ACC = result.get();
          break;
        }
        case Op::kLdaSuperBase: {
          // 9.1.1.3.5 GetSuperBase ( ): home.[[GetPrototypeOf]]() of the [[HomeObject]].
          FunctionEnvironment* env = GetThisFunctionEnvironment(frame->environment);
          auto* function = env ? dynamic_cast<ECMAScriptFunctionObject*>(env->function_object()) : nullptr;
          Object* home = function ? function->home_object() : nullptr;
          if (home == nullptr) {
            ACC = Value::Undefined();
            break;
          }
          Object* base = VM_TRY(home->GetPrototypeOf(agent));
          ACC = base ? Value::FromObject(base) : Value::Null();
          break;
        }
        case Op::kGetSuper: {
          // 6.2.5.5 GetValue of a Super Reference: a. Let baseObj be ? ToObject(V.[[Base]]). c. The key:
          // ? ToPropertyKey(V.[[ReferencedName]]). d. Return ? baseObj.[[Get]](key, GetThisValue(V)).
          heap::Handle<Object> base(agent.heap(), VM_TRY(ToObject(agent, REG(0))));
          PropertyKey key = VM_TRY(ToPropertyKey(agent, ACC));
          ACC = VM_TRY(base->Get(agent, key, REG(1)));
          break;
        }
        case Op::kSetSuper: {
          // PutValue of a Super Reference: ? ToObject(base).[[Set]](key, value, actualThis); false throws
          // in strict code.
          // 6.2.5.6 PutValue: a. Let baseObj be ? ToObject(V.[[Base]]). b. The key: ? ToPropertyKey(name).
          RootedValue value(agent.heap(), ACC);
          heap::Handle<Object> base(agent.heap(), VM_TRY(ToObject(agent, REG(0))));
          PropertyKey key = VM_TRY(ToPropertyKey(agent, REG(2)));
          bool succeeded = VM_TRY(base->Set(agent, key, value, REG(1)));
          if (!succeeded && strict) {
            VM_THROW(ThrowTypeError(agent, u"Cannot assign to property '" + key.ToDisplayString() + u"'"));
          }
          ACC = value.get();
          break;
        }
        case Op::kGetPrivate: {
          // GetValue of a Private Reference: ? PrivateGet(? ToObject(base), name).
          auto* name = static_cast<PrivateName*>(ACC.AsCell());
          Object* base = VM_TRY(ToObject(agent, REG(0)));
          ACC = VM_TRY(PrivateGet(agent, base, name));
          break;
        }
        case Op::kSetPrivate: {
          auto* name = static_cast<PrivateName*>(REG(1).AsCell());
          Object* base = VM_TRY(ToObject(agent, REG(0)));
          VM_TRY(PrivateSet(agent, base, name, ACC));
          break;
        }
        case Op::kHasPrivate: {
          // 13.10.1 RelationalExpression : PrivateIdentifier in ShiftExpression: 4. If rVal is not an Object,
          // throw a TypeError exception. 7. If PrivateElementFind(rVal, privateName) is empty, return false.
          if (!REG(0).IsObject()) VM_THROW(ThrowTypeError(agent, u"Cannot use 'in' operator to search for a private field in a non-object"));
          ACC = Value::Boolean(PrivateElementFind(REG(0).AsObject(), static_cast<PrivateName*>(ACC.AsCell())) != nullptr);
          break;
        }
        case Op::kNop: break;
        case Op::kCount: break;
      }
      continue;
#undef OPERAND
#undef REG
#undef ACC
#undef CONSTANT
#undef NAME
    }
  unwind:
    // Find the innermost handler in this frame, else pop the frame and look
    // in its caller; leaving the entry frame returns the throw completion.
    // The first frame that sees a throw records where it happened; the
    // frames it unwinds through, and an outer RunFrame reached through
    // native code, see it already in flight.
    if (!throw_in_flight_ || !throw_value_.IsIdenticalTo(thrown)) RecordThrowSite(frame, thrown);
    while (true) {
      const bytecode::HandlerEntry* handler = frame->code->FindHandler(frame->pc - 1);
      if (handler != nullptr) {
        throw_in_flight_ = false;
        frame->registers[handler->exception_register] = thrown;
        frame->accumulator = thrown;
        frame->pc = handler->handler;
        break;
      }
      if (frame->async_generator != nullptr) {
        // 27.9.3.2 AsyncGeneratorStart 4.e-l: the body threw.
        throw_in_flight_ = false;
        frames_.pop_back();
        CompleteAsyncGeneratorBody(frame, true, thrown);
        return Value::Undefined();
      }
      if (frame->is_async_function) {
        // 27.10.5.2 AsyncBlockStart 1.g: the body threw: reject the promise; the caller (or the job that
        // resumed the frame) carries on normally with the promise.
        throw_in_flight_ = false;
        heap::Handle<Frame> async_frame(agent.heap(), frame);
        async::AsyncBlockComplete(agent, frame->async_resolve, frame->async_reject, true, thrown);
        frame = async_frame.get();
        frames_.pop_back();
        Value promise = frame->async_promise;
        if (frame == entry) return promise;
        frame = frame->caller;
        agent.set_current_realm(frame->realm);
        frame->accumulator = promise;
        break;
      }
      frames_.pop_back();
      if (frame == entry) return ThrowCompletion(thrown);
      frame = frame->caller;
      agent.set_current_realm(frame->realm);
    }
  }
#undef VM_TRY
#undef VM_THROW
}

}  // namespace async_runtime::interpreter::vm
