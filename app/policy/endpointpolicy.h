#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace gd {

// Contract section 7: the key only ever travels over HTTPS, or over plain HTTP to loopback.
bool isLoopbackHost(const QString &host);

// The reason an endpoint is refused before any byte is sent, or nothing when it may be used.
[[nodiscard]] std::optional<QString> refusalReason(const QUrl &baseUrl);

// Links the app may open: https on Google's own hosts only.
bool isAllowedLink(const QUrl &url);

} // namespace gd
