#pragma once

#include "keyhygiene.h"
#include "privacy/keysource.h"
#include "secretstore.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gd {

// The key a run uses and where it came from (contract section 4).
struct ResolvedKey
{
    QString key;
    KeySource source;     // stdin, the keychain, GEMINI_API_KEY or GOOGLE_API_KEY; none
    QStringList notes;    // fixes made to the key, warnings about the environment
    QStringList problems; // why the key cannot be used (empty key, space inside...)
    // Set when the keychain could not be read: each face says it in its words
    // (keychainProblemText).
    std::optional<SecretResult> keychainFailure;

    bool found() const { return !source.isNone(); }
};

// Finds the key in order: the key given on standard input; the OS keychain; GEMINI_API_KEY;
// GOOGLE_API_KEY. Warns when both variables are set and differ. `done` is called once, later.
// The key it finds is registered with the redactor here, where it enters the process (a key
// from the keychain already by the store).
void resolveKey(SecretStore *store, const QString &profile, const QProcessEnvironment &environment,
                const std::optional<QString> &stdinKey, std::function<void(ResolvedKey)> done);

} // namespace gd
