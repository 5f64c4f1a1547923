#pragma once

#include "commanddefinition.h"

#include <QList>
#include <QStringList>

namespace gd::cli {

// A command: how it is described and how it runs. Every face of the command line (dispatch,
// --help, the man page, the completions) reads this table.
struct Command
{
    QString name;
    CommandDefinition (*define)();
    int (*run)(const QStringList &arguments); // arguments start with the command's name
    bool hidden = false; // a tool of the build (manpage): not listed, documented or completed
};

// The commands, in the order --help lists them.
const QList<Command> &commands();
const Command *findCommand(const QString &name);

// The definitions of the commands a person sees, in that order.
QList<CommandDefinition> visibleDefinitions();

// gemini-doctor without a command: the desktop app and its few options. The desktop face parses
// them itself (ui/desktopapp.cpp); this describes them for --help, the man page and completions.
CommandDefinition desktopDefinition();

} // namespace gd::cli
