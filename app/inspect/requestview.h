#pragma once

#include "pastedrequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace gd {

// A field of a request as it was written: camelCase or snake_case ("systemInstruction" or
// "system_instruction"), with the name the request used, for the findings' paths.
struct Field
{
    QString name; // the name in the request; the camelCase one when it is absent
    QJsonValue value;

    bool present() const { return !value.isUndefined() && !value.isNull(); }
};
[[nodiscard]] Field fieldOf(const QJsonObject &object, const QString &camelName);

// One generation request inside what was pasted (a generateContent body, each request of a
// batch, a Live session's setup with its turns): where it is, and its parts.
struct GenerationRequest
{
    QStringList at;        // JSON Pointer tokens of the request object in the body
    QJsonObject object;    // the request (a Live setup message's "setup")
    QStringList turnsAt;   // tokens of its conversation ("contents", or a Live message's "turns")
    QJsonArray turns;      // the conversation
    bool hasTurns = false; // the request carries a conversation field at all
    QString model;         // the model it names, else the pasted request's
    bool live = false;

    Field field(const QString &camelName) const { return fieldOf(object, camelName); }
};

// Every generation request in a pasted request, in order.
[[nodiscard]] QList<GenerationRequest> generationRequests(const PastedRequest &request);

// "a.b_c" → "a.bC": snake_case as camelCase, for comparing names written either way.
[[nodiscard]] QString camelCase(const QString &name);

} // namespace gd
