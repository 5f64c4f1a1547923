#include "jsonpointer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace gd::jsonpointer {
namespace {

QString escaped(QString token)
{
    return token.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

QString unescaped(QString token)
{
    return token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
}

// An array index as RFC 6901 writes it: digits, no leading zero.
std::optional<qsizetype> indexOf(const QString &token, qsizetype size)
{
    bool ok = false;
    const qsizetype index = token.toLongLong(&ok);
    if (!ok || index < 0 || index >= size || (token.size() > 1 && token.startsWith(u'0')))
        return std::nullopt;
    return index;
}

struct Edit
{
    QStringList tokens;
    QJsonValue value; // undefined: remove
};

// Makes the edits below `node`, each at tokens[depth...]. Every container is taken out of its
// parent before it is edited and put back once, so it is copied at most once however many edits
// it holds: a fix in each of 20,000 turns is linear, not quadratic. In an array, removals come
// last and from the highest index, so the other edits' indices still hold.
int setBelow(QJsonValue &node, const QList<const Edit *> &edits, qsizetype depth)
{
    QHash<QString, QList<const Edit *>> deeper;
    QStringList order; // the children in the order the edits name them
    QList<const Edit *> here;
    for (const Edit *edit : edits) {
        if (edit->tokens.size() == depth + 1) {
            here.append(edit);
            continue;
        }
        const QString &token = edit->tokens.at(depth);
        if (!deeper.contains(token))
            order.append(token);
        deeper[token].append(edit);
    }
    int made = 0;
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        node = QJsonValue(); // `object` alone holds it now: edits need no copy
        for (const QString &token : std::as_const(order)) {
            QJsonValue child = object.take(token);
            if (child.isUndefined())
                continue;
            made += setBelow(child, deeper.value(token), depth + 1);
            object.insert(token, child);
        }
        for (const Edit *edit : std::as_const(here)) {
            const QString &token = edit->tokens.at(depth);
            if (edit->value.isUndefined()) {
                if (object.contains(token)) {
                    object.remove(token);
                    ++made;
                }
            } else {
                object.insert(token, edit->value);
                ++made;
            }
        }
        node = object;
    } else if (node.isArray()) {
        QJsonArray array = node.toArray();
        node = QJsonValue();
        for (const QString &token : std::as_const(order)) {
            const auto index = indexOf(token, array.size());
            if (!index)
                continue;
            QJsonValue child = array.at(*index);
            array.replace(*index, QJsonValue()); // `child` alone holds it while it is edited
            made += setBelow(child, deeper.value(token), depth + 1);
            array.replace(*index, child);
        }
        QList<qsizetype> removals;
        for (const Edit *edit : std::as_const(here)) {
            const auto index = indexOf(edit->tokens.at(depth), array.size());
            if (!index)
                continue;
            if (edit->value.isUndefined()) {
                removals.append(*index);
            } else {
                array.replace(*index, edit->value);
                ++made;
            }
        }
        std::sort(removals.begin(), removals.end(), std::greater<>());
        removals.erase(std::unique(removals.begin(), removals.end()), removals.end());
        for (const qsizetype index : std::as_const(removals))
            array.removeAt(index);
        made += int(removals.size());
        node = array;
    }
    return made;
}

} // namespace

QString join(const QStringList &tokens)
{
    QString pointer;
    for (const QString &token : tokens)
        pointer += u'/' + escaped(token);
    return pointer;
}

std::optional<QStringList> split(const QString &pointer)
{
    if (pointer.isEmpty())
        return QStringList();
    if (!pointer.startsWith(u'/'))
        return std::nullopt;
    QStringList tokens = pointer.mid(1).split(u'/');
    for (QString &token : tokens)
        token = unescaped(token);
    return tokens;
}

QJsonValue get(const QJsonValue &document, const QString &pointer)
{
    const auto tokens = split(pointer);
    if (!tokens)
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue node = document;
    for (const QString &token : *tokens) {
        if (node.isObject()) {
            const QJsonObject object = node.toObject();
            if (!object.contains(token))
                return QJsonValue(QJsonValue::Undefined);
            node = object.value(token);
        } else if (node.isArray()) {
            const QJsonArray array = node.toArray();
            const auto index = indexOf(token, array.size());
            if (!index)
                return QJsonValue(QJsonValue::Undefined);
            node = array.at(*index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return node;
}

bool set(QJsonValue &document, const QString &pointer, const QJsonValue &value)
{
    return setAll(document, {{pointer, value}}) == 1;
}

int setAll(QJsonValue &document, const QList<std::pair<QString, QJsonValue>> &edits)
{
    QList<Edit> parsed;
    parsed.reserve(edits.size());
    for (const auto &[pointer, value] : edits) {
        if (auto tokens = split(pointer); tokens && !tokens->isEmpty())
            parsed.append({std::move(*tokens), value});
    }
    QList<const Edit *> all;
    all.reserve(parsed.size());
    for (const Edit &edit : std::as_const(parsed))
        all.append(&edit);
    return setBelow(document, all, 0);
}

} // namespace gd::jsonpointer
