#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace gd {

// RFC 6901 JSON Pointers: "/contents/1/parts/0" names a place in a JSON document. The findings of
// inspect point into the request with them, and the safe fixes edit through them.
namespace jsonpointer {

// "/a/b~1c" for {"a", "b/c"}: every token escaped (~ as ~0, / as ~1).
[[nodiscard]] QString join(const QStringList &tokens);
// The tokens of a pointer, unescaped; nothing for a string that is not a pointer.
[[nodiscard]] std::optional<QStringList> split(const QString &pointer);
// The value at the pointer; undefined when nothing is there.
[[nodiscard]] QJsonValue get(const QJsonValue &document, const QString &pointer);
// Sets (or, with an undefined value, removes) the value at the pointer; false when its parent
// is not there. Removing from an array shifts the later elements down.
bool set(QJsonValue &document, const QString &pointer, const QJsonValue &value);
// Many edits at once, as if made one by one in an order where no removal moves another edit's
// place (in each array, removals last, highest index first); every container is copied at most
// once. Returns how many were made. The places must not lie inside one another.
int setAll(QJsonValue &document, const QList<std::pair<QString, QJsonValue>> &edits);

} // namespace jsonpointer
} // namespace gd
