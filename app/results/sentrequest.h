#pragma once

#include "calls/callresult.h"
#include "diagnosis/diagnosis.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace gd {

// A request inspect sent, and what came back: the call and its diagnosis (contract section 2).
struct SentRequest
{
    QUrl url; // never with a key
    CallResult call;
    Diagnosis diagnosis;
};

// The methods inspect --send sends: one request each. A Batch API job runs many, and a Live
// session is not one request.
bool isSendable(const QString &method);

} // namespace gd

Q_DECLARE_METATYPE(gd::SentRequest)
