#include "resolvekey.h"

#include "secretstore.h"

#include "privacy/redactor.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// lupdate sees this context; a file-local KeySourceText::tr() helper would hide it.
class KeySourceText
{
    Q_DECLARE_TR_FUNCTIONS(gd::KeySource)
};

ResolvedKey fromText(const QString &raw, const KeySource &source, ResolvedKey resolved)
{
    const KeyInspection inspection = inspectKey(raw);
    Redactor::addSecret(inspection.key);
    resolved.key = inspection.key;
    resolved.source = source;
    resolved.notes += inspection.fixes;
    resolved.problems = inspection.problems;
    return resolved;
}

} // namespace

void resolveKey(SecretStore *store, const QString &profile, const QProcessEnvironment &environment,
                const std::optional<QString> &stdinKey, std::function<void(ResolvedKey)> done)
{
    ResolvedKey base;
    const QString gemini = environment.value(u"GEMINI_API_KEY"_s);
    const QString google = environment.value(u"GOOGLE_API_KEY"_s);
    if (!gemini.trimmed().isEmpty() && !google.trimmed().isEmpty() &&
        gemini.trimmed() != google.trimmed()) {
        base.notes.append(
            KeySourceText::tr("GEMINI_API_KEY and GOOGLE_API_KEY are both set and differ. Gemini "
                              "Doctor prefers GEMINI_API_KEY; some SDKs prefer GOOGLE_API_KEY, so "
                              "your app may be using the other key. Unset one of them."));
    }
    auto fromEnvironment = [gemini, google](ResolvedKey resolved) {
        if (!gemini.trimmed().isEmpty())
            return fromText(gemini, KeySource::environment(u"GEMINI_API_KEY"_s), resolved);
        if (!google.trimmed().isEmpty())
            return fromText(google, KeySource::environment(u"GOOGLE_API_KEY"_s), resolved);
        return resolved;
    };

    if (stdinKey) {
        // The line end that `echo` and a terminal add is not a paste mistake.
        QString line = *stdinKey;
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        const ResolvedKey resolved = fromText(line, KeySource::Kind::Stdin, base);
        QTimer::singleShot(0, [done, resolved] { done(resolved); });
        return;
    }
    if (!store) {
        const ResolvedKey resolved = fromEnvironment(base);
        QTimer::singleShot(0, [done, resolved] { done(resolved); });
        return;
    }
    store->read(
        accountForProfile(profile), [base, done, fromEnvironment](const SecretResult &result) {
            ResolvedKey resolved = base;
            if (result.ok() && !result.secret.isEmpty()) {
                done(fromText(result.secret, KeySource::Kind::Keychain, resolved));
                return;
            }
            if (result.status != SecretStatus::NotFound && result.status != SecretStatus::Ok)
                resolved.keychainFailure = result;
            done(fromEnvironment(resolved));
        });
}

} // namespace gd
