#pragma once

#include <QString>

namespace gd::cli {

// gemini-doctor(1) in roff, in the language of the translations installed: every command and
// option from the same definitions --help prints, then the exit codes, the environment, the
// files, the watch service and examples. The build writes it with `gemini-doctor manpage`.
QString manPage();

} // namespace gd::cli
