#include "diagnosis.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject quotaToJson(const QuotaViolation &violation)
{
    QJsonObject dimensions;
    for (auto it = violation.dimensions.cbegin(); it != violation.dimensions.cend(); ++it)
        dimensions.insert(it.key(), it.value());
    return {{u"metric"_s, stringOrNull(violation.metric)},
            {u"id"_s, stringOrNull(violation.id)},
            {u"dimensions"_s, dimensions},
            {u"value"_s, violation.value ? QJsonValue(*violation.value) : QJsonValue()},
            {u"per"_s, stringOrNull(violation.per)},
            {u"tier"_s, stringOrNull(violation.tier)}};
}

} // namespace

QJsonObject Diagnosis::toJson() const
{
    QJsonArray quotaArray;
    for (const QuotaViolation &violation : quota)
        quotaArray.append(quotaToJson(violation));
    QJsonArray fieldArray;
    for (const FieldViolation &violation : fieldViolations) {
        fieldArray.append(QJsonObject{{u"field"_s, stringOrNull(violation.field)},
                                      {u"description"_s, violation.description}});
    }
    QJsonArray linkArray;
    for (const DiagnosisLink &link : links) {
        linkArray.append(QJsonObject{{u"title"_s, link.title},
                                     {u"url"_s, link.url.toString(QUrl::FullyEncoded)}});
    }
    QJsonArray factArray;
    for (const DiagnosisFact &fact : facts)
        factArray.append(QJsonObject{{u"label"_s, fact.label}, {u"value"_s, fact.value}});

    return {
        {u"category"_s, categoryId(category)},
        {u"title"_s, title},
        {u"explanation"_s, explanation},
        {u"http_status"_s, httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue()},
        {u"status"_s, stringOrNull(status)},
        {u"reason"_s, stringOrNull(reason)},
        {u"message"_s, stringOrNull(message)},
        {u"retryable"_s, retryable},
        {u"retry_after_seconds"_s,
         retryAfterSeconds ? QJsonValue(*retryAfterSeconds) : QJsonValue()},
        {u"quota"_s, quotaArray},
        {u"field_violations"_s, fieldArray},
        {u"block_reason"_s, stringOrNull(blockReason)},
        {u"finish_reason"_s, stringOrNull(finishReason)},
        {u"close_code"_s, closeCode > 0 ? QJsonValue(closeCode) : QJsonValue()},
        {u"model"_s, stringOrNull(model)},
        {u"answered_by"_s, stringOrNull(answeredBy)},
        {u"steps"_s, QJsonArray::fromStringList(steps)},
        {u"links"_s, linkArray},
        {u"facts"_s, factArray},
    };
}

QString Diagnosis::toText() const
{
    QString text = title + u"  [" + categoryId(category) + u"]\n\n" + explanation + u"\n";
    // The API's own words, as the app's panel shows them: often the best clue of all. Text that
    // is not the API's answer has none (its first step already quotes how it begins).
    if (!message.isEmpty() && category != Category::NotGeminiResponse)
        text += u'\n' + tr("The API's own words: “%1”").arg(message.simplified()) + u'\n';
    if (!facts.isEmpty()) {
        text += u'\n' + tr("What the error says:") + u'\n';
        for (const DiagnosisFact &fact : facts)
            text += u"  " + fact.label + u": " + fact.value + u'\n';
    }
    if (!steps.isEmpty()) {
        text += u'\n' + tr("What to do:") + u'\n';
        for (qsizetype i = 0; i < steps.size(); ++i)
            text += u"  " + QString::number(i + 1) + u". " + steps.at(i) + u'\n';
    }
    if (!links.isEmpty()) {
        text += u'\n' + tr("Links:") + u'\n';
        for (const DiagnosisLink &link : links)
            text += u"  " + link.title + u": " + link.url.toString() + u'\n';
    }
    return text;
}

} // namespace gd
