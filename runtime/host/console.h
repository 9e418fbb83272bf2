// Host output functions for the jsrt command line: Test262's host `print`
// (INTERPRETING.md) and a first cut of `console.log` / `console.error`, plus
// the text jsrt prints for an uncaught exception.
//
// Formatting rules:
//  * print(...args): ToString of every argument, joined by single spaces.
//    An abrupt ToString (a Symbol, an object whose toString throws, or an
//    object with no toString/valueOf at all — %Object.prototype% has no
//    methods yet) propagates to the caller, as for any built-in.
//  * console.log/error(...args): primitives as ToString. Objects:
//      - error objects ([[ErrorData]]) as "Name: message";
//      - objects with a callable "toString" or "valueOf" via ToString
//        (a throw from that user code propagates);
//      - otherwise "[object Function]" for callables, "[object Object]" for
//        the rest (arrays too: there is no Array exotic object yet).
//    Symbols print as "Symbol()". No inspection of properties (no
//    `{ a: 1 }` form) in this cut.
#pragma once

#include <ostream>
#include <span>
#include <string>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/realm.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::host {

// The line `print` writes (without the newline).
interpreter::ThrowCompletionOr<std::string> FormatPrintArguments(interpreter::Agent& agent,
                                                                  std::span<const interpreter::Value> arguments);

// One value as console.log shows it (rules above).
interpreter::ThrowCompletionOr<std::string> FormatConsoleValue(interpreter::Agent& agent, interpreter::Value value);

// The line console.log/console.error write (without the newline).
interpreter::ThrowCompletionOr<std::string> FormatConsoleArguments(interpreter::Agent& agent,
                                                                    std::span<const interpreter::Value> arguments);

// The name of an error object: its "name" property when that is a String,
// else its constructor's "name", else the [[ErrorData]] kind ("TypeError").
// Never throws: an abrupt lookup falls back to the next source.
std::string ErrorName(interpreter::Agent& agent, interpreter::Object* error);

// "Uncaught TypeError: message" for error objects (without ": message" when
// the message is empty or missing); "Uncaught <console form>" otherwise.
// Never throws: if formatting the value throws, the form is
// "Uncaught <value that could not be converted to a string>".
std::string DescribeUncaught(interpreter::Agent& agent, interpreter::Value thrown);

// Defines `print` and `console` (with `log` and `error`) on `global_object`
// as writable, configurable, non-enumerable properties. print and
// console.log write to `out`, console.error to `err`; each call writes one
// line and flushes. The streams must outlive the realm.
interpreter::ThrowCompletionOr<void> InstallConsole(interpreter::Agent& agent, interpreter::Realm* realm,
                                                    interpreter::Object* global_object, std::ostream& out,
                                                    std::ostream& err);

}  // namespace async_runtime::host
