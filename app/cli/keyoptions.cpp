#include "keyoptions.h"

#include "checkoptions.h"
#include "cli.h"
#include "keychainaccess.h"
#include "output.h"
#include "secrets/keysource.h"

#include <QEventLoop>
#include <QFile>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

std::optional<QString> readKeyFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(input.read(64 * 1024));
}

} // namespace

KeyOptions::KeyOptions()
    : m_keyStdin(u"key-stdin"_s, CheckText::tr("Read the key from standard input."))
    , m_profile(u"profile"_s, CheckText::tr("Keychain profile to read the key from."),
                CheckText::tr("NAME"), u"default"_s)
{}

void KeyOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_keyStdin, m_profile});
}

std::optional<int> KeyOptions::readKey(const QCommandLineParser &parser, CheckSettings &settings,
                                       QStringList &notes) const
{
    std::optional<QString> stdinKey;
    if (parser.isSet(m_keyStdin)) {
        stdinKey = readKeyFromStdin();
        if (!stdinKey) {
            printErr(CheckText::tr("Cannot read standard input.\n"));
            return ExitUsage;
        }
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
    if (!key.keychainProblem.isEmpty() && key.source != u"keychain"_s)
        printErr(
            CheckText::tr("note: the keychain could not be read: %1\n").arg(key.keychainProblem));
    if (!key.found()) {
        printErr(CheckText::tr(
            "No API key found. Store one with “gemini-doctor key set”, set GEMINI_API_KEY, "
            "or pipe it in with --key-stdin. Create a key at "
            "https://aistudio.google.com/api-keys\n"));
        return ExitUsage;
    }
    if (!key.problems.isEmpty()) {
        printErr(CheckText::tr("The key from %1 cannot be used: %2\n")
                     .arg(key.source, key.problems.join(u' ')));
        return ExitUsage;
    }
    settings.apiKey = key.key;
    settings.keySource = key.source;
    notes = key.notes;
    return std::nullopt;
}

} // namespace gd::cli
