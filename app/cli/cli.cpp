#include "cli.h"

#include "commandtable.h"
#include "diagnosis/modelknowledge.h"
#include "output.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd::cli {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli)
};

namespace {

// Lines of "  NAME   text", the text column after the longest name.
QString columns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &row : rows)
        text += u"  "_s + row.first.leftJustified(width + 2) + row.second + u'\n';
    return text;
}

// Built from the command table, as the man page and the completions are.
QString topLevelHelp()
{
    const CommandDefinition desktop = desktopDefinition();
    QList<std::pair<QString, QString>> commandRows;
    for (const CommandDefinition &command : visibleDefinitions())
        commandRows.append({command.name, command.summary});
    QList<std::pair<QString, QString>> optionRows;
    for (const OptionDefinition &option : desktop.options)
        optionRows.append({optionSyntax(option), option.option.description()});
    return CliText::tr("Usage: gemini-doctor [OPTIONS]\n"
                       "       gemini-doctor <command> [OPTIONS]\n") +
           u'\n' + desktop.description + u"\n\n"_s +
           CliText::tr("Commands (headless, no display needed):") + u'\n' + columns(commandRows) +
           u'\n' + CliText::tr("Desktop options:") + u'\n' + columns(optionRows);
}

} // namespace

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments,
                               const QString &command)
{
    if (!parser.parse(arguments)) {
        printErr(parser.errorText() + u'\n');
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        // Qt names the program by the path it was started with ("./build/app/gemini-doctor").
        QString help = parser.helpText();
        const qsizetype lineEnd = help.indexOf(u'\n');
        const QString program = QCoreApplication::arguments().value(0);
        QString usage = help.left(lineEnd);
        usage.replace(program, u"gemini-doctor "_s + command);
        printOut(usage + help.mid(lineEnd));
        return ExitOk;
    }
    return std::nullopt;
}

int run(const QStringList &arguments)
{
    const QStringList rest = arguments.mid(1);
    const Command *command = rest.isEmpty() ? nullptr : findCommand(rest.constFirst());
    if (command)
        return command->run(rest);
    if (rest.contains(u"-v"_s) || rest.contains(u"--version"_s)) {
        printOut(u"gemini-doctor "_s + QCoreApplication::applicationVersion() + u'\n' +
                 CliText::tr("model data of %1 (%n models)\n", nullptr,
                             int(ModelKnowledge::builtIn().models().size()))
                     .arg(ModelKnowledge::builtIn().asOf().toString(Qt::ISODate)));
        return ExitOk;
    }
    if (rest.contains(u"-h"_s) || rest.contains(u"--help"_s)) {
        printOut(topLevelHelp());
        return ExitOk;
    }
    printErr(topLevelHelp());
    return ExitUsage;
}

} // namespace gd::cli
