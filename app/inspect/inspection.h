#pragma once

#include "diagnosis/category.h"
#include "pastedrequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace gd {

// How a safe fix edits the request (the inspector applies them one at a time, reading the request
// again after each, so later paths stay true).
struct SafeFix
{
    enum class Kind
    {
        Set,                     // the value at `path` becomes `value`
        Remove,                  // the value at `path` goes
        MoveToSystemInstruction, // the turn at `path` becomes the system instruction of `request`
    };
    Kind kind = Kind::Set;
    QString path;
    QJsonValue value;
    QString request; // MoveToSystemInstruction: the request object's pointer
};

// What the API would refuse (an error) or may refuse (a warning), and where: contract section 10.
struct Finding
{
    QString rule;
    Category category = Category::InvalidRequest;
    bool error = true;
    QString path; // a JSON Pointer (RFC 6901) into the request body
    QString message;
    QString fix;
    QString fixed; // what the safe fix does, in words; empty: none
    std::optional<SafeFix> safeFix;

    QJsonObject toJson() const;
};

// One change --fix made.
struct FixChange
{
    QString path;
    QString change;
};

// What inspect found in a request: contract section 10.
struct Inspection
{
    Q_DECLARE_TR_FUNCTIONS(gd::Inspection)

public:
    PastedRequest request;
    QList<Finding> findings;
    bool modelRulesApplied = false;
    QString modelRulesNote;          // why the model's own rules were skipped, in words
    std::optional<QJsonValue> fixed; // --fix: the request with the safe fixes applied
    QList<FixChange> changes;

    bool hasError() const;
    qsizetype errorCount() const;
    QJsonObject toJson() const;
    // "Read: a curl command (generateContent, model …, v1beta)."
    QString readText() const;
    // "2 errors, 1 warning.", or that nothing was found.
    QString countText() const;
    QString toText() const;
};

} // namespace gd
