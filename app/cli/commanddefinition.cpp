#include "commanddefinition.h"

#include "checks/checkrunner.h"
#include "scenarios/scenario.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

class DefinitionText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli)
};

} // namespace

CommandDefinition::CommandDefinition(QString name_, QString summary_, QString description_)
    : name(std::move(name_)), summary(std::move(summary_)), description(std::move(description_))
{
    // Qt's addHelpOption() would also offer --help-all, about Qt's options, which mean nothing
    // here.
    add(QCommandLineOption({u"h"_s, u"help"_s}, DefinitionText::tr("Show this help.")));
}

CommandDefinition &CommandDefinition::add(const QCommandLineOption &option, ValueKind kind,
                                          const QStringList &words)
{
    options.append({option, option.valueName().isEmpty() ? ValueKind::None : kind, words, false});
    return *this;
}

CommandDefinition &CommandDefinition::addPositional(const PositionalDefinition &positional)
{
    positionals.append(positional);
    return *this;
}

void CommandDefinition::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description);
    for (const OptionDefinition &definition : options)
        parser.addOption(definition.option);
    for (const PositionalDefinition &positional : positionals)
        parser.addPositionalArgument(positional.name, positional.description, positional.syntax);
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

QString optionSyntax(const OptionDefinition &definition)
{
    QStringList names;
    for (const QString &name : definition.option.names())
        names.append(dashed(name));
    QString text = names.join(u", "_s);
    const QString value = definition.option.valueName();
    if (definition.optionalValue)
        text += u" ["_s + value + u']';
    else if (!value.isEmpty())
        text += u" <"_s + value + u'>';
    return text;
}

QStringList valueWords(ValueKind kind, const QStringList &words)
{
    switch (kind) {
    case ValueKind::Scenario: {
        QStringList names;
        for (const Scenario &scenario : allScenarios())
            names.append(scenario.name());
        return names;
    }
    case ValueKind::CheckIds: {
        // The checks of a run against Google; "connect" is what "tls" is called for plain HTTP to
        // loopback (the simulator), and --checks takes both.
        QStringList ids = CheckRunner::checkIdsFor(CheckSettings());
        if (!ids.contains(u"connect"_s))
            ids.append(u"connect"_s);
        return ids;
    }
    case ValueKind::Words:
        return words;
    case ValueKind::None:
    case ValueKind::Text:
    case ValueKind::File:
        break;
    }
    return {};
}

} // namespace gd::cli
