#include "commandtable.h"

#include "commands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

class TableText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli)
};

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {u"check"_s, &checkCommand, &runCheck},
        {u"explain"_s, &explainCommand, &runExplain},
        {u"inspect"_s, &inspectCommand, &runInspect},
        {u"key"_s, &keyCommand, &runKey},
        {u"simulate"_s, &simulateCommand, &runSimulate},
        {u"watch"_s, &watchCommand, &runWatch},
        {u"completions"_s, &completionsCommand, &runCompletions},
        {u"manpage"_s, &manpageCommand, &runManpage, true},
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QList<CommandDefinition> visibleDefinitions()
{
    QList<CommandDefinition> definitions;
    for (const Command &command : commands()) {
        if (!command.hidden)
            definitions.append(command.define());
    }
    return definitions;
}

CommandDefinition desktopDefinition()
{
    CommandDefinition desktop(
        QString(), QString(),
        TableText::tr("Tells you in seconds why your Gemini API calls fail and how to fix it. "
                      "Without a command, the desktop app opens."));
    desktop.options.first().option.setDescription(
        TableText::tr("Show this help; COMMAND --help shows a command's help."));
    desktop.options.append(
        {QCommandLineOption(u"simulate"_s,
                            TableText::tr("Open the app in rehearsal mode against the simulator "
                                          "(default scenario: ok)."),
                            TableText::tr("SCENARIO")),
         ValueKind::Scenario,
         {},
         true});
    desktop.add(
        QCommandLineOption(u"exit-after-first-paint"_s,
                           TableText::tr("Exit 0 once the main window has painted (benchmarks).")));
    desktop.add(QCommandLineOption({u"v"_s, u"version"_s}, TableText::tr("Show the version.")));
    return desktop;
}

} // namespace gd::cli
