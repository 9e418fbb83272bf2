// Vm::RunFrame: the interpreter loop. Iterative: a call to an ECMAScript
// function pushes a Frame and continues in this loop; Return pops it; a
// throw unwinds frame by frame to the nearest handler-table entry.
#include <unordered_set>

#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"
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
  return Value::FromObject(static_cast<GlobalEnvironment*>(env_rec)->global_this());
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
          // 10.4.4.6 CreateUnmappedArgumentsObject (without the callee accessor property, whose
          // %ThrowTypeError% intrinsic does not exist yet).
          heap::Handle<Object> arguments(
              agent.heap(), OrdinaryObjectCreate(agent, realm_->intrinsic(Intrinsic::kObjectPrototype)));
          MUST(DefinePropertyOrThrow(
              agent, arguments, agent.Key(u"length"),
              PropertyDescriptor::Data(Value::Number(static_cast<double>(frame->arguments.size())), true, false,
                                       true)));
          for (uint32_t i = 0; i < frame->arguments.size(); ++i) {
            MUST(CreateDataPropertyOrThrow(agent, arguments, PropertyKey::ArrayIndex(i), frame->arguments[i]));
          }
          // Step 7: ! DefinePropertyOrThrow(obj, %Symbol.iterator%, PropertyDescriptor { [[Value]]:
          // %Array.prototype.values%, [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: true }).
          if (Object* values = realm_->intrinsic(Intrinsic::kArrayPrototypeValues)) {
            MUST(DefinePropertyOrThrow(
                agent, arguments, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator)),
                PropertyDescriptor::Data(Value::FromObject(values), true, false, true)));
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
            VM_TRY(Set(agent, global_environment_->global_object(), PropertyKey::FromString(agent.strings(), name),
                       ACC, false));
            break;
          }
          VM_TRY(env->SetMutableBinding(agent, name, ACC, strict));
          break;
        }
        case Op::kStaGlobalVar:
          // Annex B.3.2.2 step "alt-funcdecl-eval": ? globalEnv.SetMutableBinding(F, fobj, false).
          VM_TRY(global_environment_->SetMutableBinding(agent, NAME(0), ACC, false));
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
        case Op::kAdd:
          if (REG(0).IsInt32() && ACC.IsInt32()) {
            ACC = Value::Number(static_cast<double>(REG(0).AsInt32()) + ACC.AsInt32());
            break;
          }
          ACC = VM_TRY(ApplyStringOrNumericBinaryOperator(agent, REG(0), BinaryOp::kAdd, ACC));
          break;
        case Op::kSub:
          if (REG(0).IsInt32() && ACC.IsInt32()) {
            ACC = Value::Number(static_cast<double>(REG(0).AsInt32()) - ACC.AsInt32());
            break;
          }
          ACC = VM_TRY(ApplyStringOrNumericBinaryOperator(agent, REG(0), BinaryOp::kSubtract, ACC));
          break;
          BINARY_CASE(kMul, kMultiply)
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
        // 13.10.1 Runtime Semantics: Evaluation of RelationalExpression.
        case Op::kLt: {
          auto r = VM_TRY(IsLessThan(agent, REG(0), ACC, true));
          ACC = Value::Boolean(r.value_or(false));
          break;
        }
        case Op::kGt: {
          auto r = VM_TRY(IsLessThan(agent, ACC, REG(0), false));
          ACC = Value::Boolean(r.value_or(false));
          break;
        }
        case Op::kLe: {
          auto r = VM_TRY(IsLessThan(agent, ACC, REG(0), false));
          ACC = Value::Boolean(r.has_value() && !*r);
          break;
        }
        case Op::kGe: {
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
          ACC = Value::Number(-number.AsNumber());
          break;
        }
        case Op::kToNumber: ACC = Value::Number(VM_TRY(ToNumber(agent, ACC))); break;
        case Op::kToNumeric: ACC = VM_TRY(ToNumeric(agent, ACC)); break;
        case Op::kBitNot: {
          Value number = VM_TRY(ToNumeric(agent, ACC));
          ACC = Value::Number(~ToInt32(number.AsNumber()));
          break;
        }
        case Op::kNot: ACC = Value::Boolean(!ToBoolean(ACC)); break;
        case Op::kTypeof: ACC = TypeOf(agent, ACC); break;
        case Op::kInc: ACC = Value::Number(ACC.AsNumber() + 1); break;
        case Op::kDec: ACC = Value::Number(ACC.AsNumber() - 1); break;

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
          // 10.2.2 [[Construct]] step 10: a non-Object result gives thisArgument.
          if (frame->is_construct && !result.IsObject()) result = frame->this_value;
          frames_.pop_back();
          if (frame == entry) return result;
          frame = frame->caller;
          frame->accumulator = result;
          continue;
        }
        case Op::kThrow: thrown = ACC; goto unwind;

        case Op::kGetNamed:
          ACC = VM_TRY(GetV(agent, realm_, REG(0), PropertyKey::FromString(agent.strings(), NAME(1))));
          break;
        case Op::kGetKeyed: {
          if (REG(0).IsNullish()) {
            VM_THROW(ThrowTypeError(agent, u"Cannot read properties of " + DescribeForError(REG(0))));
          }
          PropertyKey key = VM_TRY(ToPropertyKey(agent, ACC));
          ACC = VM_TRY(GetV(agent, realm_, REG(0), key));
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
            // PutValue on a primitive base: [[Set]] with a primitive receiver fails.
            if (strict) VM_THROW(ThrowTypeError(agent, u"Cannot create property on primitive value"));
            break;
          }
          // 6.2.5.6 PutValue step 4.c-d: ? baseObj.[[Set]](name, W, GetThisValue(V)); strict failure throws.
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
          ACC = Value::FromObject(OrdinaryObjectCreate(agent, realm_->intrinsic(Intrinsic::kObjectPrototype)));
          break;
        case Op::kCreateArray: {
          // 13.2.4.2 ArrayLiteral evaluation step 1: ! ArrayCreate(0).
          ACC = Value::FromObject(MUST(ArrayCreate(agent, 0)));
          break;
        }
        case Op::kDefineNamed:
          VM_TRY(CreateDataPropertyOrThrow(agent, REG(0).AsObject(), PropertyKey::FromString(agent.strings(), NAME(1)),
                                           ACC));
          break;
        case Op::kDefineKeyed: {
          PropertyKey key = VM_TRY(ToPropertyKey(agent, REG(1)));
          VM_TRY(CreateDataPropertyOrThrow(agent, REG(0).AsObject(), key, ACC));
          break;
        }
        case Op::kDefineGetter:
        case Op::kDefineSetter: {
          // 15.4.5 MethodDefinitionEvaluation: DefinePropertyOrThrow(object, key,
          // { [[Get]]/[[Set]]: closure, [[Enumerable]]: true, [[Configurable]]: true }).
          PropertyKey key = VM_TRY(ToPropertyKey(agent, REG(1)));
          PropertyDescriptor descriptor;
          if (op == Op::kDefineGetter) {
            descriptor.get = ACC;
          } else {
            descriptor.set = ACC;
          }
          descriptor.enumerable = true;
          descriptor.configurable = true;
          VM_TRY(DefinePropertyOrThrow(agent, REG(0).AsObject(), key, descriptor));
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
            // 10.2.2 [[Construct]] 3. Let thisArgument be ? OrdinaryCreateFromConstructor(newTarget, "%Object.prototype%").
            // 10.1.14 GetPrototypeFromConstructor: ? Get(constructor, "prototype"), else the realm's intrinsic.
            Value prototype = VM_TRY(Get(agent, function, agent.Key(u"prototype")));
            Object* proto = prototype.IsObject() ? prototype.AsObject() : realm_->intrinsic(Intrinsic::kObjectPrototype);
            RootedValue this_argument(agent.heap(), Value::FromObject(OrdinaryObjectCreate(agent, proto)));
            callee_frame = VM_TRY(PrepareCall(function, this_argument, arguments, function));
            callee_frame->is_construct = true;
          } else {
            callee_frame = VM_TRY(PrepareCall(function, REG(1), arguments, nullptr));
          }
          callee_frame->caller = frame;
          frames_.push_back(callee_frame);
          frame = callee_frame;
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
      frames_.pop_back();
      if (frame == entry) return ThrowCompletion(thrown);
      frame = frame->caller;
    }
  }
#undef VM_TRY
#undef VM_THROW
}

}  // namespace async_runtime::interpreter::vm
