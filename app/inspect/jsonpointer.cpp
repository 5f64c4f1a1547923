#include "jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>

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

bool setIn(QJsonValue &node, QStringList tokens, const QJsonValue &value)
{
    const QString token = tokens.takeFirst();
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (tokens.isEmpty()) {
            if (value.isUndefined())
                object.remove(token);
            else
                object.insert(token, value);
        } else {
            QJsonValue child = object.value(token);
            if (child.isUndefined() || !setIn(child, tokens, value))
                return false;
            object.insert(token, child);
        }
        node = object;
        return true;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const auto index = indexOf(token, array.size());
        if (!index)
            return false;
        if (tokens.isEmpty()) {
            if (value.isUndefined())
                array.removeAt(*index);
            else
                array.replace(*index, value);
        } else {
            QJsonValue child = array.at(*index);
            if (!setIn(child, tokens, value))
                return false;
            array.replace(*index, child);
        }
        node = array;
        return true;
    }
    return false;
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
    const auto tokens = split(pointer);
    if (!tokens || tokens->isEmpty())
        return false;
    return setIn(document, *tokens, value);
}

} // namespace gd::jsonpointer
