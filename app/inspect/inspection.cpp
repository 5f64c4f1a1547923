#include "inspection.h"

#include "privacy/redactor.h"
#include "requesttext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QByteArray jsonText(const QJsonValue &value, QJsonDocument::JsonFormat format)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(format)
                           : QJsonDocument(value.toObject()).toJson(format);
}

// A request as it may be printed: through the redactor, like every output, so a key that was
// pasted into the body itself stays out.
QJsonValue redacted(const QJsonValue &value)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(Redactor::redact(jsonText(value, QJsonDocument::Compact)));
    if (document.isArray())
        return document.array();
    return document.object();
}

} // namespace

QJsonObject Finding::toJson() const
{
    return {{u"category"_s, categoryId(category)},
            {u"severity"_s, error ? u"error"_s : u"warning"_s},
            {u"path"_s, path},
            {u"message"_s, Redactor::redact(message)},
            {u"fix"_s, Redactor::redact(fix)},
            {u"rule"_s, rule},
            {u"safe_fix"_s, safeFix.has_value()}};
}

bool Inspection::hasError() const
{
    return errorCount() > 0;
}

qsizetype Inspection::errorCount() const
{
    return std::count_if(findings.cbegin(), findings.cend(),
                         [](const Finding &finding) { return finding.error; });
}

QJsonObject Inspection::toJson() const
{
    QJsonArray findingArray;
    for (const Finding &finding : findings)
        findingArray.append(finding.toJson());
    QJsonObject json{
        {u"input_kind"_s, request.inputKind},
        {u"body_kind"_s, request.bodyKind},
        {u"method"_s, stringOrNull(request.method)},
        {u"model"_s, stringOrNull(request.model)},
        {u"model_source"_s, stringOrNull(request.modelSource)},
        {u"api_version"_s, stringOrNull(request.apiVersion)},
        {u"key_found"_s, request.keyFound},
        {u"model_rules"_s, modelRulesApplied ? u"applied"_s : u"skipped"_s},
        {u"findings"_s, findingArray},
        {u"fixed"_s, QJsonValue(QJsonValue::Null)},
        {u"changes"_s, QJsonArray()},
    };
    if (fixed) {
        json.insert(u"fixed"_s, redacted(*fixed));
        QJsonArray changeArray;
        for (const FixChange &change : changes)
            changeArray.append(QJsonObject{{u"path"_s, change.path},
                                           {u"change"_s, Redactor::redact(change.change)}});
        json.insert(u"changes"_s, changeArray);
    }
    return json;
}

QString Inspection::readText() const
{
    QString kind;
    if (request.inputKind == u"curl"_s)
        kind = tr("a curl command");
    else if (request.inputKind == u"openai_chat"_s)
        kind = tr("an OpenAI chat.completions body");
    else if (request.inputKind == u"live"_s)
        kind = tr("Live API messages");
    else if (request.inputKind == u"batch"_s)
        kind = tr("a batch request");
    else if (request.inputKind == u"embed"_s)
        kind = tr("an embedContent body");
    else
        kind = tr("a generateContent body");
    QStringList about;
    if (!request.method.isEmpty())
        about.append(request.method);
    if (!request.model.isEmpty())
        about.append(tr("model %1").arg(request.model));
    if (!request.apiVersion.isEmpty())
        about.append(request.apiVersion);
    return about.isEmpty() ? tr("Read: %1.").arg(kind)
                           : tr("Read: %1 (%2).").arg(kind, about.join(u", "_s));
}

QString Inspection::countText() const
{
    if (findings.isEmpty())
        return tr("Nothing the API would refuse was found.");
    const qsizetype errors = errorCount();
    const qsizetype warnings = findings.size() - errors;
    return tr("%n error(s)", nullptr, int(errors)) + u", "_s +
           tr("%n warning(s)", nullptr, int(warnings)) + u'.';
}

QString Inspection::toText() const
{
    QString text = readText() + u'\n';
    if (request.keyFound)
        text += tr("A key was in the paste: it was left out, and is never printed, stored or "
                   "sent.") +
                u'\n';
    if (!modelRulesApplied && !modelRulesNote.isEmpty())
        text += modelRulesNote + u'\n';
    text += u'\n';
    if (findings.isEmpty())
        text += countText() + u'\n';
    for (const Finding &finding : findings) {
        const QString severity = finding.error ? tr("ERROR") : tr("WARNING");
        text += u"%1  %2  [%3]\n"_s.arg(severity, finding.path.isEmpty() ? u"/"_s : finding.path,
                                        categoryId(finding.category));
        text += u"    "_s + Redactor::redact(finding.message) + u'\n';
        if (!finding.fix.isEmpty())
            text += u"    "_s + tr("Fix: %1").arg(Redactor::redact(finding.fix)) + u'\n';
        if (finding.safeFix && !fixed)
            text += u"    "_s + tr("(a safe fix: --fix applies it)") + u'\n';
    }
    if (!findings.isEmpty())
        text += u'\n' + countText() + u'\n';
    if (fixed) {
        text += u'\n';
        if (changes.isEmpty()) {
            text += tr("No safe fix applies: the request stays as it was.") + u'\n';
        } else {
            text += tr("Safe fixes applied:") + u'\n';
            for (const FixChange &change : changes)
                text += u"  %1  %2\n"_s.arg(change.path, Redactor::redact(change.change));
            text += u'\n' + tr("The request with the safe fixes:") + u'\n';
            text += Redactor::redact(requestText(request, *fixed));
        }
    }
    return text;
}

} // namespace gd
