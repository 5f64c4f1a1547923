#include "cli.h"
#include "commands.h"
#include "keychainaccess.h"
#include "keyoptions.h"
#include "output.h"
#include "privacy/redactor.h"
#include "secrets/keyhygiene.h"
#include "secrets/keyprofiles.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

// lupdate sees this context; a file-local KeyCommandText::tr() helper would hide it.
class KeyCommandText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::key)
};

SecretResult wait(const std::function<void(SecretCallback)> &job)
{
    SecretResult result;
    QEventLoop loop;
    job([&result, &loop](const SecretResult &finished) {
        result = finished;
        loop.quit();
    });
    loop.exec();
    return result;
}

int keychainFailure(const SecretResult &result)
{
    printErr(KeyCommandText::tr("The keychain is not usable: %1\nDetails (%2): %3\nNothing was "
                                "written anywhere else.\n")
                 .arg(keychainProblemText(result, KeychainFace::CommandLine), result.statusId(),
                      result.detail));
    return ExitUsage;
}

int setKey(SecretStore &store, const QString &profile, bool fromStdin)
{
    QString raw;
    if (!fromStdin && stdinIsTerminal()) {
        raw = readHiddenLine(
            KeyCommandText::tr("Paste your Gemini API key (it will not be shown): "));
    } else {
        const std::optional<QString> piped = readKeyFromStdin();
        if (!piped)
            return ExitUsage;
        raw = *piped;
        while (raw.endsWith(u'\n') || raw.endsWith(u'\r'))
            raw.chop(1);
    }
    const KeyInspection inspection = inspectKey(raw);
    // Masked from here: the store registers it too, but a note or a refusal comes first.
    Redactor::addSecret(inspection.key);
    for (const QString &fix : inspection.fixes)
        printErr(KeyCommandText::tr("note: %1\n").arg(fix));
    if (!inspection.usable()) {
        printErr(KeyCommandText::tr("Not stored: %1\n").arg(inspection.problems.join(u' ')));
        return ExitUsage;
    }
    const SecretResult result = wait([&](SecretCallback done) {
        store.write(accountForProfile(profile), inspection.key, std::move(done));
    });
    if (!result.ok())
        return keychainFailure(result);
    rememberProfile(profile);
    printOut(KeyCommandText::tr("Stored the key %1 in %2 (profile %3).\n")
                 .arg(Redactor::hint(inspection.key), store.location(), profile));
    return ExitOk;
}

int keyStatus(SecretStore &store, const QString &profile, bool json)
{
    const SecretResult result =
        wait([&](SecretCallback done) { store.read(accountForProfile(profile), std::move(done)); });
    const bool stored = result.ok() && !result.secret.isEmpty(); // the store registered it
    if (json) {
        printJson(
            {{u"profile"_s, profile},
             {u"stored"_s, stored},
             {u"keychain"_s, result.statusId()},
             {u"location"_s, store.location()},
             {u"key_hint"_s, stored ? QJsonValue(Redactor::hint(result.secret)) : QJsonValue()},
             {u"profiles"_s, QJsonArray::fromStringList(knownProfiles())}});
    }
    if (!result.ok() && result.status != SecretStatus::NotFound) {
        if (!json)
            return keychainFailure(result);
        return ExitUsage;
    }
    if (!json) {
        if (stored)
            printOut(KeyCommandText::tr("Stored in %1 (profile %2): %3\n")
                         .arg(store.location(), profile, Redactor::hint(result.secret)));
        else
            printOut(KeyCommandText::tr(
                         "No key stored for profile %1. Store one with: gemini-doctor key set\n")
                         .arg(profile));
    }
    return stored ? ExitOk : ExitFailed;
}

int deleteKey(SecretStore &store, const QString &profile)
{
    const SecretResult result = wait(
        [&](SecretCallback done) { store.remove(accountForProfile(profile), std::move(done)); });
    if (result.status == SecretStatus::NotFound) {
        forgetProfile(profile);
        printOut(KeyCommandText::tr("No key was stored for profile %1.\n").arg(profile));
        return ExitOk;
    }
    if (!result.ok())
        return keychainFailure(result);
    forgetProfile(profile);
    printOut(KeyCommandText::tr("Deleted the key of profile %1 from %2.\n")
                 .arg(profile, store.location()));
    return ExitOk;
}

} // namespace

CommandDefinition keyCommand()
{
    CommandDefinition command(
        u"key"_s, KeyCommandText::tr("Store, inspect or delete the API key in the OS keychain"),
        KeyCommandText::tr(
            "Keeps the API key in the OS keychain (service gemini-doctor) and nowhere else.\n"
            "  key set [--stdin]   store a key (a hidden prompt on a terminal, else stdin)\n"
            "  key status          stored or not, where, and the last 4 characters\n"
            "  key delete          remove it"));
    command
        .add(
            QCommandLineOption(u"stdin"_s, KeyCommandText::tr("Read the key from standard input.")))
        .add(QCommandLineOption(u"profile"_s,
                                KeyCommandText::tr("A named key, for several projects."),
                                KeyCommandText::tr("NAME"), u"default"_s))
        .add(QCommandLineOption(u"json"_s, KeyCommandText::tr("status: print one JSON object.")))
        .addPositional({u"action"_s,
                        KeyCommandText::tr("set, status or delete"),
                        u"set|status|delete"_s,
                        ValueKind::Words,
                        {u"set"_s, u"status"_s, u"delete"_s}});
    return command;
}

int runKey(const QStringList &arguments)
{
    QCommandLineParser parser;
    keyCommand().addTo(parser);
    const QString stdinOption = u"stdin"_s;
    const QString profile = u"profile"_s;
    const QString json = u"json"_s;
    if (const auto done = parseOrExit(parser, arguments, u"key"_s))
        return *done;
    const QStringList actions = parser.positionalArguments();
    const QString action = actions.value(0);
    if (actions.size() != 1 || !QStringList{u"set"_s, u"status"_s, u"delete"_s}.contains(action)) {
        printErr(KeyCommandText::tr("Say what to do: gemini-doctor key set|status|delete\n"));
        return ExitUsage;
    }
    const QString profileName = parser.value(profile);
    if (!isValidProfileName(profileName)) {
        printErr(KeyCommandText::tr("A profile name is letters, digits, - and _ (at most 40).\n"));
        return ExitUsage;
    }
    const std::unique_ptr<SecretStore> store = makeKeychainStore();
    if (action == u"set"_s)
        return setKey(*store, profileName, parser.isSet(stdinOption));
    if (action == u"status"_s)
        return keyStatus(*store, profileName, parser.isSet(json));
    return deleteKey(*store, profileName);
}

} // namespace gd::cli
