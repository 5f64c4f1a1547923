#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace gd {

// Google's Gemini API: where every door goes unless the person names another endpoint.
inline QUrl googleApiBaseUrl()
{
    return QUrl(QStringLiteral("https://generativelanguage.googleapis.com"));
}

// Contract section 7: the key only ever travels over HTTPS, or over plain HTTP to loopback.
bool isLoopbackHost(const QString &host);

// The reason an endpoint is refused before any byte is sent, or nothing when it may be used.
[[nodiscard]] std::optional<QString> refusalReason(const QUrl &baseUrl);

// A base URL as it may be kept, shown and used: without user info (user:password@), query
// (?key=...) and fragment, which would be printed, saved or sent next to the key. `removed`
// gets "user_info" and "query" for what was there, so the caller can say it was left out.
[[nodiscard]] QUrl withoutSecrets(const QUrl &baseUrl, QStringList *removed = nullptr);

// {base}/{path} for a request: the base URL's own path kept (a gateway's prefix), its secrets
// never (withoutSecrets). The one place a request URL is joined.
[[nodiscard]] QUrl endpointUrl(const QUrl &baseUrl, const QString &path);

} // namespace gd
