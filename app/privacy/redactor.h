#pragma once

#include <QString>

namespace gd {

// The one redactor used by everything that prints, logs or exports. It masks API keys of every
// known format (not only AIza…), ?key= query values, x-goog-api-key and Bearer header values, and
// every secret this process has been given, wherever they appear, echoed server messages included.
class Redactor final
{
public:
    static constexpr QLatin1String kMask = QLatin1String("[REDACTED]");

    // Remembers a secret in use by this process (the API key), so it is masked verbatim even in a
    // format no pattern knows.
    static void addSecret(const QString &secret);
    // The secret is no longer this process's (the person removed the key).
    static void removeSecret(const QString &secret);
    static void forgetSecrets();

    [[nodiscard]] static QString redact(const QString &text);
    [[nodiscard]] static QByteArray redact(const QByteArray &utf8);

    // "…X4aQ": the last four characters, the only part of a key ever shown.
    static QString hint(const QString &key);
};

} // namespace gd
