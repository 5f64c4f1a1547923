#include "redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QStringList &secrets()
{
    static QStringList list;
    return list;
}

// Patterns whose whole match is a secret; tokenStarts in redact() follows this order.
const QList<QRegularExpression> &tokenPatterns()
{
    static const QList<QRegularExpression> patterns = {
        QRegularExpression(u"AIza[0-9A-Za-z_\\-]{30,}"_s),           // standard keys
        QRegularExpression(u"\\b[A-Z]{2}\\.[0-9A-Za-z_\\-]{20,}"_s), // AQ., IQ. auth keys
        QRegularExpression(u"\\bya29\\.[0-9A-Za-z_\\-.]{10,}"_s),    // OAuth access tokens
    };
    return patterns;
}

// Patterns whose first group is a label to keep and whose second group is the secret.
const QList<QRegularExpression> &labelledPatterns()
{
    static const QList<QRegularExpression> patterns = {
        QRegularExpression(u"([?&](?:key|api_key|apikey)=)([A-Za-z0-9._~%+-]+)"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"(x-goog-api-key[\"']?\\s*[:=]\\s*[\"']?)([A-Za-z0-9._~+/=-]+)"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            u"(authorization[\"']?\\s*[:=]\\s*[\"']?bearer\\s+)([A-Za-z0-9._~+/=-]+)"_s,
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"((?:GEMINI|GOOGLE)_API_KEY\\s*[=:]\\s*[\"']?)([^\\s\"']+)"_s),
        QRegularExpression(u"(\\bapi[_-]?key[\"']?\\s*[:=]\\s*[\"']?)([A-Za-z0-9._~+/=-]{8,})"_s,
                           QRegularExpression::CaseInsensitiveOption),
    };
    return patterns;
}

} // namespace

void Redactor::addSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < 6) // too short to mask safely without mangling ordinary words
        return;
    QMutexLocker lock(&secretsMutex());
    if (!secrets().contains(trimmed))
        secrets().append(trimmed);
}

void Redactor::removeSecret(const QString &secret)
{
    QMutexLocker lock(&secretsMutex());
    secrets().removeAll(secret.trimmed());
}

void Redactor::forgetSecrets()
{
    QMutexLocker lock(&secretsMutex());
    secrets().clear();
}

QString Redactor::redact(const QString &text)
{
    QString result = text;
    // Every labelled pattern needs "key" or "bearer" in the text: most texts skip them all (the
    // diagnoser redacts every fact it shows, so this runs often).
    const bool mayBeLabelled = text.contains(u"key"_s, Qt::CaseInsensitive) ||
                               text.contains(u"bearer"_s, Qt::CaseInsensitive);
    // A value seen after "key=" or "x-goog-api-key:" is a secret wherever else it appears in the
    // same text too, such as a server message that echoes the key bare.
    QStringList learned;
    for (const QRegularExpression &pattern : labelledPatterns()) {
        if (!mayBeLabelled)
            break;
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QString value = it.next().captured(2);
            if (value.size() >= 8 && value != kMask)
                learned.append(value);
        }
    }
    for (const QString &secret : std::as_const(learned))
        result.replace(secret, kMask);
    {
        QMutexLocker lock(&secretsMutex());
        for (const QString &secret : std::as_const(secrets()))
            result.replace(secret, kMask);
    }
    // Each token pattern starts with fixed text, but for the two-letter prefix of auth keys.
    static const QStringList tokenStarts = {u"AIza"_s, u"."_s, u"ya29."_s};
    for (qsizetype i = 0; i < tokenPatterns().size(); ++i) {
        if (result.contains(tokenStarts.at(i)))
            result.replace(tokenPatterns().at(i), kMask);
    }
    if (mayBeLabelled) {
        for (const QRegularExpression &pattern : labelledPatterns())
            result.replace(pattern, u"\\1"_s + kMask);
    }
    return result;
}

QByteArray Redactor::redact(const QByteArray &utf8)
{
    return redact(QString::fromUtf8(utf8)).toUtf8();
}

QString Redactor::hint(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.size() < 8)
        return u"…"_s;
    return u"…"_s + trimmed.right(4);
}

} // namespace gd
