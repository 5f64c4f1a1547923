#include "cli.h"
#include "commands.h"
#include "commandtable.h"
#include "completions.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

class CompletionsText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::completions)
};

} // namespace

CommandDefinition completionsCommand()
{
    CommandDefinition command(
        u"completions"_s, CompletionsText::tr("Print the shell completion for bash, zsh or fish"),
        CompletionsText::tr("Prints the completion script for a shell: commands, options, "
                            "scenario names, check ids and files. The package installs them where "
                            "each shell looks; to load bash's by hand: source <(gemini-doctor "
                            "completions bash)"));
    command.addPositional({u"shell"_s,
                           CompletionsText::tr("bash, zsh or fish"),
                           u"bash|zsh|fish"_s,
                           ValueKind::Words,
                           {u"bash"_s, u"zsh"_s, u"fish"_s}});
    return command;
}

int runCompletions(const QStringList &arguments)
{
    QCommandLineParser parser;
    completionsCommand().addTo(parser);
    if (const auto done = parseOrExit(parser, arguments, u"completions"_s))
        return *done;
    const QStringList shells = parser.positionalArguments();
    const CompletionInput input{visibleDefinitions(), desktopDefinition()};
    const QString shell = shells.value(0);
    if (shells.size() == 1 && shell == u"bash"_s)
        printOut(bashCompletion(input));
    else if (shells.size() == 1 && shell == u"zsh"_s)
        printOut(zshCompletion(input));
    else if (shells.size() == 1 && shell == u"fish"_s)
        printOut(fishCompletion(input));
    else {
        printErr(CompletionsText::tr("Say which shell: gemini-doctor completions bash|zsh|fish\n"));
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace gd::cli
