#pragma once

#include <QStringList>

// One function per subcommand; arguments start with the subcommand's name.
namespace gd::cli {

int runExplain(const QStringList &arguments);
int runInspect(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runKey(const QStringList &arguments);
int runSimulate(const QStringList &arguments);
int runWatch(const QStringList &arguments);

} // namespace gd::cli
