#pragma once

#include <QString>
#include <QStringList>

namespace gd {

// Offline checks of a key before it is stored or used (contract section 5). What is surely a
// paste mistake is fixed and said; what is surely wrong is refused. A key is never judged by its
// prefix or length: key formats change (newer keys do not start with AIza).
struct KeyInspection
{
    QString key;          // the key to use, after the fixes
    QStringList fixes;    // what was fixed, in plain words
    QStringList problems; // why the key cannot be used; empty when it can

    bool usable() const { return problems.isEmpty(); }
};

KeyInspection inspectKey(const QString &raw);

} // namespace gd
