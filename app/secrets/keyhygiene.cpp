#include "keyhygiene.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// lupdate sees this context; a file-local KeyHygieneText::tr() helper would hide it.
class KeyHygieneText
{
    Q_DECLARE_TR_FUNCTIONS(gd::KeyHygiene)
};

bool stripQuotes(QString &key)
{
    if (key.size() >= 2) {
        const QChar first = key.front();
        const QChar last = key.back();
        if ((first == u'"' && last == u'"') || (first == u'\'' && last == u'\'') ||
            (first == u'“' && last == u'”') || (first == u'`' && last == u'`')) {
            key = key.mid(1, key.size() - 2);
            return true;
        }
    }
    return false;
}

} // namespace

KeyInspection inspectKey(const QString &raw)
{
    KeyInspection inspection;
    QString key = raw;
    const QString trimmed = key.trimmed();
    if (trimmed != key) {
        inspection.fixes.append(
            KeyHygieneText::tr("Removed spaces or a line break around the key."));
        key = trimmed;
    }
    // A line pasted from a .env file or a shell script: "export GEMINI_API_KEY=...".
    static const QRegularExpression assignment(
        uR"re(^(?:export\s+)?(?:GEMINI_API_KEY|GOOGLE_API_KEY|API_KEY)\s*[=:]\s*|^x-goog-api-key\s*:\s*)re"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = assignment.match(key); match.hasMatch()) {
        inspection.fixes.append(KeyHygieneText::tr("Removed “%1” in front of the key.")
                                    .arg(match.captured(0).trimmed()));
        key = key.mid(match.capturedLength()).trimmed();
    }
    if (stripQuotes(key)) {
        inspection.fixes.append(KeyHygieneText::tr("Removed the quotes around the key."));
        key = key.trimmed();
    }
    inspection.key = key;

    if (key.isEmpty()) {
        inspection.problems.append(KeyHygieneText::tr("The key is empty."));
        return inspection;
    }
    if (key.contains(u'\n') || key.contains(u'\r'))
        inspection.problems.append(
            KeyHygieneText::tr("The key has a line break inside: more than one line was pasted."));
    else if (key.contains(QRegularExpression(u"\\s"_s)))
        inspection.problems.append(KeyHygieneText::tr("The key has a space inside: no key does."));
    if (key.contains(u'"') || key.contains(u'\'') || key.contains(u'“') || key.contains(u'”'))
        inspection.problems.append(
            KeyHygieneText::tr("The key has quotes inside: copy it again from AI Studio."));
    for (const QChar c : std::as_const(key)) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            if (!c.isSpace()) {
                inspection.problems.append(
                    KeyHygieneText::tr("The key has characters no key has (such as “%1”).").arg(c));
                break;
            }
        }
    }
    return inspection;
}

} // namespace gd
