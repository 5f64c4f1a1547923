#pragma once

#include "checkresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace gd {

// One model of the matrix: what one minimal generateContent to it gave (contract section 4,
// --all-models).
struct ModelRow
{
    QString name; // without "models/"
    CheckState state = CheckState::Pending;
    Category category = Category::Ok;
    int ms = 0;
    int httpStatus = 0;
    QString successor;                  // for a retired model: the model data's current successor
    QString answeredBy;                 // for a routed model: the model that answered
    std::optional<Diagnosis> diagnosis; // on every warn and fail

    // {"name", "state", "category", "ms"}, plus "http_status", "successor" and "answered_by"
    // when known.
    QJsonObject toJson() const;
};

// The result in a few words, for tables: "works", "not in the free tier", "rate limited",
// "retired", "not found"; for anything else the diagnosis's title.
QString modelRowText(const ModelRow &row);
QJsonArray modelRowsToJson(const QList<ModelRow> &rows);

} // namespace gd

Q_DECLARE_METATYPE(gd::ModelRow)
