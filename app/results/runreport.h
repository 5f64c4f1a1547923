#pragma once

#include "checkresult.h"
#include "checksettings.h"
#include "diagnosis/modelknowledge.h"
#include "modelrow.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace gd {

// Why the run tested the model it tested, in words: "the first model your key lists in the model
// data's order ...".
QString modelReasonText(ModelChoice::Reason reason);
QString liveModelReasonText(ModelChoice::Reason reason); // "a Live model your key lists"

// A whole run: what was checked, with which key (hint only), and every check's result.
struct RunReport
{
    QUrl baseUrl;
    QString apiVersion;
    QString model;
    ModelChoice::Reason modelReason = ModelChoice::Reason::Person;
    QString liveModel; // the live check's model; empty when the run had no live check
    ModelChoice::Reason liveModelReason = ModelChoice::Reason::Person;
    KeySource keySource;
    QString keyHint;
    QDateTime startedAt;
    int totalMs = 0;
    QList<CheckResult> checks;
    QStringList warnings; // e.g. GEMINI_API_KEY and GOOGLE_API_KEY both set and different
    // The model matrix, when asked for (--all-models); empty when the key's list was unreadable.
    std::optional<QList<ModelRow>> models;

    // Every check passed or warned.
    bool ok() const;
    const CheckResult *firstProblem() const;
    // The person (or a pause) stopped it: the checks marked cancelled never said anything.
    bool wasCancelled() const;
    // The JSON document of contract section 4.
    QJsonObject toJson() const;
    static RunReport fromJson(const QJsonObject &json);
};

} // namespace gd

Q_DECLARE_METATYPE(gd::RunReport)
