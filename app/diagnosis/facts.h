#pragma once

#include <QHash>
#include <QString>

namespace gd {

// Facts read from an error, by placeholder name: {"quota_limit": "20", "model":
// "gemini-3.6-flash"}.
using Facts = QHash<QString, QString>;

} // namespace gd
