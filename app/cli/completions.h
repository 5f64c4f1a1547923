#pragma once

#include "commanddefinition.h"

#include <QList>
#include <QString>

namespace gd::cli {

// What a shell completes: the commands a person sees, and the desktop face's own options.
struct CompletionInput
{
    QList<CommandDefinition> commands;
    CommandDefinition desktop;
};

// One script per shell, each generated from the definitions --help prints: commands, options,
// scenario names, check ids, the words of key, and files where a file is expected.
QString bashCompletion(const CompletionInput &input);
QString zshCompletion(const CompletionInput &input);
QString fishCompletion(const CompletionInput &input);

// "a b 'c d'": words a shell reads as written, each in single quotes where it needs them.
QString shellWords(const QStringList &words);

} // namespace gd::cli
