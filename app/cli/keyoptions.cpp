#include "keyoptions.h"

#include "checkoptions.h"
#include "cli.h"
#include "diagnosis/remediationcatalog.h"
#include "input.h"
#include "keychainaccess.h"
#include "output.h"
#include "secrets/resolvekey.h"

#include <QEventLoop>
#include <QFile>

using namespace Qt::StringLiterals;

namespace gd::cli {
std::optional<QString> readKeyFromStdin()
{
    constexpr qint64 kMaxKeyInput = 64 * 1024;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        printErr(CheckText::tr("Cannot read standard input.\n"));
        return std::nullopt;
    }
    const QByteArray raw = readAtMost(input, kMaxKeyInput + 1);
    if (raw.size() > kMaxKeyInput) {
        // Cut, it would be a different "key", sent and stored as if it were the one meant.
        printErr(CheckText::tr("Standard input holds more than 64 KiB: that is not an API key "
                               "(a key is about 40 characters). Nothing was read from it.\n"));
        return std::nullopt;
    }
    return QString::fromUtf8(raw);
}

KeyOptions::KeyOptions()
    : m_keyStdin(u"key-stdin"_s, CheckText::tr("Read the key from standard input."))
    , m_profile(u"profile"_s, CheckText::tr("Keychain profile to read the key from."),
                CheckText::tr("NAME"), u"default"_s)
{}

void KeyOptions::addTo(CommandDefinition &command) const
{
    command.add(m_keyStdin).add(m_profile);
}

std::optional<int> KeyOptions::readKey(const QCommandLineParser &parser, CheckSettings &settings,
                                       QStringList &notes) const
{
    std::optional<QString> stdinKey;
    if (parser.isSet(m_keyStdin)) {
        stdinKey = readKeyFromStdin();
        if (!stdinKey)
            return ExitUsage;
    }
    std::unique_ptr<SecretStore> store = stdinKey ? nullptr : makeKeychainStore();
    ResolvedKey key;
    QEventLoop keyLoop;
    resolveKey(store.get(), parser.value(m_profile), QProcessEnvironment::systemEnvironment(),
               stdinKey, [&key, &keyLoop](const ResolvedKey &resolved) {
                   key = resolved;
                   keyLoop.quit();
               });
    keyLoop.exec();
    for (const QString &note : std::as_const(key.notes))
        printErr(CheckText::tr("note: %1\n").arg(note));
    if (key.keychainFailure && key.source.kind() != KeySource::Kind::Keychain) {
        printErr(CheckText::tr("note: the keychain could not be read: %1\n")
                     .arg(keychainProblemText(*key.keychainFailure, KeychainFace::CommandLine)));
        printErr(CheckText::tr("  details: %1\n").arg(key.keychainFailure->detail));
    }
    if (!key.found()) {
        printErr(
            CheckText::tr("No API key found. Store one with “gemini-doctor key set”, set "
                          "GEMINI_API_KEY, or pipe it in with --key-stdin. Create a key at %1\n")
                .arg(RemediationCatalog::builtIn().link(u"api_keys"_s).url.toString()));
        return ExitUsage;
    }
    if (!key.problems.isEmpty()) {
        printErr(CheckText::tr("The key from %1 cannot be used: %2\n")
                     .arg(key.source.text(), key.problems.join(u' ')));
        return ExitUsage;
    }
    settings.apiKey = key.key;
    settings.keySource = key.source;
    notes = key.notes;
    return std::nullopt;
}

} // namespace gd::cli
