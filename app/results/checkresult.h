#pragma once

#include "calls/callresult.h"
#include "calls/livetimings.h"
#include "diagnosis/diagnosis.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace gd {

enum class CheckState
{
    Pending,
    Running,
    Pass,
    Warn,
    Fail,
    Skipped
};

// Why a check was skipped: typed, so scripts and tests never parse the words of `detail`.
enum class SkipReason
{
    None,
    PrerequisiteFailed,  // skippedBecause names the check that failed
    PrerequisiteSkipped, // skippedBecause names the check that was skipped
    Cancelled,
};

QString skipReasonId(SkipReason reason); // "prerequisite_failed", ...; empty for None

QString checkStateId(CheckState state);
std::optional<CheckState>
checkStateFromId(QStringView id);         // "pass", "warn", "fail", "skipped", ...: JSON, ids
QString checkStateText(CheckState state); // the same in words, translated: "pass", "warning"...
bool isDone(CheckState state);

// The typed result of one check (contract section 4): state, timings, diagnosis.
struct CheckResult
{
    QString id;
    CheckState state = CheckState::Pending;
    int startMs = -1; // when it started, from the start of the run: the waterfall's offset
    int ms = 0;
    QString detail; // what passed ("3 models visible"), or why it was skipped
    int httpStatus = 0;
    std::optional<Timings> timings;
    std::optional<LiveTimings> liveTimings; // the live check's stages (its JSON "timings")
    std::optional<Diagnosis> diagnosis;     // on every warn and fail
    int attempts = 0;
    SkipReason skipReason = SkipReason::None;
    QString sameAs; // an earlier check failed for the same cause and carries the lead diagnosis
    QString skippedBecause; // the prerequisite's id

    QJsonObject toJson() const;
};

} // namespace gd

Q_DECLARE_METATYPE(gd::CheckResult)
