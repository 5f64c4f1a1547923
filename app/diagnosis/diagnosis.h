#pragma once

#include "category.h"
#include "parsedanswer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace gd {

struct DiagnosisLink
{
    QString title;
    QUrl url;
};

// A fact read from the error, shown to the person: "Quota" → "20 requests a day, free tier".
struct DiagnosisFact
{
    QString label;
    QString value;
};

// What happened, in the words of the remediation catalog, with the facts read from the error.
// A value type: the command line prints it, the app shows it, reports export it.
struct Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(gd::Diagnosis)

public:
    Category category = Category::Ok;
    QString title;
    QString explanation;
    int httpStatus = 0; // 0: unknown (null in JSON)
    QString status;
    QString reason;
    QString message; // the API's own message, redacted of secrets
    bool retryable = false;
    std::optional<double> retryAfterSeconds;
    // When the wait is over: the answer's arrival plus the delay. A moment of the run, so every
    // view counts down to the same time. For pasted text, the time the text says the error was
    // sent (errorTime) plus the delay; invalid when it says none (the wait counts from showing).
    QDateTime retryAt;
    // The time pasted text gives for the error (its HTTP Date header); invalid when none.
    QDateTime errorTime;
    QList<QuotaViolation> quota;
    QList<FieldViolation> fieldViolations;
    QString blockReason;
    QString finishReason;
    int closeCode = 0; // a Live API WebSocket close; 0: none (null in JSON)
    QString model;
    QString answeredBy; // model_routed: the model that answered instead of `model`
    QString suggestedModel;
    QStringList steps;
    QList<DiagnosisLink> links;  // allowed links only: these may be opened
    QStringList linksNotAllowed; // links found in the error that are not on the allow list
    QList<DiagnosisFact> facts;
    QString rawBody; // redacted, for the disclosure in the app
    // The request holds the answer: inspect (the app's "Inspect a request") can find it there.
    bool inspectHelps = false;

    bool isProblem() const { return category != Category::Ok; }

    // The diagnosis object of contract section 2 (plus "explanation" and "facts").
    QJsonObject toJson() const;
    // Human output of `explain`: title, what happened, facts, steps, links.
    QString toText() const;
};

} // namespace gd
