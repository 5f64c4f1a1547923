#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace gd::cli {

// What an option's value (or a positional argument) is, so a completion can offer it.
enum class ValueKind
{
    None,     // a flag: no value
    Text,     // anything: nothing to offer
    File,     // a path
    Scenario, // a simulator scenario name
    CheckIds, // check ids, comma-separated
    Words,    // one of a few fixed words
};

struct OptionDefinition
{
    QCommandLineOption option;
    ValueKind kind = ValueKind::None;
    QStringList words;          // ValueKind::Words
    bool optionalValue = false; // "--simulate [SCENARIO]"; QCommandLineParser cannot parse these
};

struct PositionalDefinition
{
    QString name;
    QString description;
    QString syntax; // as the usage line shows it: "[FILE|-]"
    ValueKind kind = ValueKind::Text;
    QStringList words;
};

// One command as --help, the man page and the shell completions all describe it: the single
// definition the three are generated from, so they cannot drift apart.
struct CommandDefinition
{
    // Every command takes -h/--help, so it is added here, first.
    CommandDefinition(QString name, QString summary, QString description);

    QString name;        // "check"; empty for the desktop face (no command)
    QString summary;     // one line, for the list of commands
    QString description; // the paragraph --help starts with
    QList<OptionDefinition> options;
    QList<PositionalDefinition> positionals;

    // A flag (no value name) becomes ValueKind::None whatever `kind` says.
    CommandDefinition &add(const QCommandLineOption &option, ValueKind kind = ValueKind::Text,
                           const QStringList &words = {});
    CommandDefinition &addPositional(const PositionalDefinition &positional);

    // What --help prints and parse() reads: the description, every option, the positionals.
    void addTo(QCommandLineParser &parser) const;
};

// "--base-url" or "-h": an option's name as typed.
QString dashed(const QString &name);

// "-h, --help", "--base-url <URL>", "--simulate [SCENARIO]": an option as help and man page show
// it.
QString optionSyntax(const OptionDefinition &definition);

// The words a completion offers for a value of this kind (scenario names, check ids).
QStringList valueWords(ValueKind kind, const QStringList &words = {});

} // namespace gd::cli
