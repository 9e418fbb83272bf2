// Reading source files for the command line and the module loader.
//
// ReadFileAsync performs the read on a worker thread and delivers the result
// as a task on the event loop's networking source, holding a pending
// operation meanwhile so that run_until_complete waits for it. The callback
// always runs on the loop's thread.
#pragma once

#include <functional>
#include <string>

#include "runtime/async/event_loop.h"
#include "runtime/host/read_file.h"

namespace async_runtime::host {

void ReadFileAsync(async::EventLoop& loop, const std::string& path, std::function<void(FileReadResult)> on_done);

}  // namespace async_runtime::host
