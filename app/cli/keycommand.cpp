#include "cli.h"
#include "commands.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace gd::cli {

int runKey(const QStringList &arguments)
{
    printErr(u"gemini-doctor: “%1” is not available yet.\n"_s.arg(arguments.value(0)));
    return ExitInternal;
}

} // namespace gd::cli
