#pragma once

#include "commanddefinition.h"

#include <QStringList>

// Per command: its definition (options, words, for --help, the man page and the completions) and
// its run function, whose arguments start with the command's name.
namespace gd::cli {

CommandDefinition checkCommand();
CommandDefinition explainCommand();
CommandDefinition inspectCommand();
CommandDefinition keyCommand();
CommandDefinition simulateCommand();
CommandDefinition watchCommand();
CommandDefinition completionsCommand();
CommandDefinition manpageCommand();

int runExplain(const QStringList &arguments);
int runInspect(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runKey(const QStringList &arguments);
int runSimulate(const QStringList &arguments);
int runWatch(const QStringList &arguments);
int runCompletions(const QStringList &arguments);
int runManpage(const QStringList &arguments);

} // namespace gd::cli
