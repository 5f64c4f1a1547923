#include "runreport.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gd {

QString modelReasonText(ModelChoice::Reason reason)
{
    switch (reason) {
    case ModelChoice::Reason::Person:
        return QCoreApplication::translate("gd::RunReport", "the model you chose");
    case ModelChoice::Reason::Listed:
        return QCoreApplication::translate(
            "gd::RunReport",
            "the first model your key lists in the model data's order (the cheapest stable first)");
    case ModelChoice::Reason::Data:
        break;
    }
    return QCoreApplication::translate(
        "gd::RunReport",
        "the key's model list could not be read, so Gemini Doctor's model data chose it");
}

QString liveModelReasonText(ModelChoice::Reason reason)
{
    switch (reason) {
    case ModelChoice::Reason::Person:
        return QCoreApplication::translate("gd::RunReport", "the model you chose");
    case ModelChoice::Reason::Listed:
        return QCoreApplication::translate(
            "gd::RunReport", "a Live model your key lists, in the model data's order");
    case ModelChoice::Reason::Data:
        break;
    }
    return QCoreApplication::translate(
        "gd::RunReport",
        "the key's model list could not be read, so Gemini Doctor's model data chose it");
}

bool RunReport::ok() const
{
    if (checks.isEmpty())
        return false;
    return std::all_of(checks.cbegin(), checks.cend(), [](const CheckResult &check) {
        return check.state == CheckState::Pass || check.state == CheckState::Warn;
    });
}

bool RunReport::wasCancelled() const
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const CheckResult &check) {
        return check.skipReason == SkipReason::Cancelled;
    });
}

const CheckResult *RunReport::firstProblem() const
{
    for (const CheckResult &check : checks) {
        if (check.state == CheckState::Fail)
            return &check;
    }
    for (const CheckResult &check : checks) {
        if (check.state == CheckState::Warn)
            return &check;
    }
    return nullptr;
}

QJsonObject RunReport::toJson() const
{
    QJsonArray checkArray;
    for (const CheckResult &check : checks)
        checkArray.append(check.toJson());
    QJsonObject json{
        {u"ok"_s, ok()},
        {u"base_url"_s, baseUrl.toString()},
        {u"api_version"_s, apiVersion},
        {u"model"_s, model},
        {u"model_reason"_s, modelChoiceReasonId(modelReason)},
        {u"key_source"_s, keySource.isNone() ? QJsonValue() : QJsonValue(keySource.id())},
        {u"key_hint"_s, keyHint.isEmpty() ? QJsonValue() : QJsonValue(keyHint)},
        {u"started_at"_s, startedAt.toUTC().toString(Qt::ISODate)},
        {u"total_ms"_s, totalMs},
        {u"checks"_s, checkArray}};
    json.insert(u"live_model"_s, liveModel.isEmpty() ? QJsonValue() : QJsonValue(liveModel));
    json.insert(u"live_model_reason"_s, liveModel.isEmpty()
                                            ? QJsonValue()
                                            : QJsonValue(modelChoiceReasonId(liveModelReason)));
    if (!warnings.isEmpty())
        json.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    if (models)
        json.insert(u"models"_s, modelRowsToJson(*models));
    return json;
}

RunReport RunReport::fromJson(const QJsonObject &json)
{
    // Enough to list past runs; diagnoses are summarised, not rebuilt.
    RunReport report;
    report.baseUrl = QUrl(json.value(u"base_url"_s).toString());
    report.apiVersion = json.value(u"api_version"_s).toString();
    report.model = json.value(u"model"_s).toString();
    report.liveModel = json.value(u"live_model"_s).toString();
    report.modelReason = modelChoiceReasonFromId(json.value(u"model_reason"_s).toString())
                             .value_or(report.modelReason);
    report.liveModelReason = modelChoiceReasonFromId(json.value(u"live_model_reason"_s).toString())
                                 .value_or(report.liveModelReason);
    report.keySource = KeySource::fromId(json.value(u"key_source"_s).toString());
    report.keyHint = json.value(u"key_hint"_s).toString();
    report.startedAt = QDateTime::fromString(json.value(u"started_at"_s).toString(), Qt::ISODate);
    report.totalMs = json.value(u"total_ms"_s).toInt();
    for (const QJsonValue &value : json.value(u"checks"_s).toArray()) {
        const QJsonObject object = value.toObject();
        CheckResult check;
        check.id = object.value(u"id"_s).toString();
        check.state = checkStateFromId(object.value(u"state"_s).toString()).value_or(check.state);
        check.ms = object.value(u"ms"_s).toInt();
        check.startMs = object.value(u"start_ms"_s).toInt(-1);
        check.detail = object.value(u"detail"_s).toString();
        check.httpStatus = object.value(u"http_status"_s).toInt();
        const QJsonObject diagnosis = object.value(u"diagnosis"_s).toObject();
        if (!diagnosis.isEmpty()) {
            Diagnosis summary;
            summary.category = categoryFromId(diagnosis.value(u"category"_s).toString())
                                   .value_or(Category::UnexpectedStatus);
            summary.title = diagnosis.value(u"title"_s).toString();
            check.diagnosis = summary;
        }
        report.checks.append(check);
    }
    return report;
}

} // namespace gd
