#pragma once

#include "checks/runreport.h"

#include <QList>
#include <QString>

namespace gd {

// The last runs, newest first, kept in the app's data folder so a person can see when a problem
// began. Stored as the JSON of contract section 4, redacted: key hints only, never a key.
class RunHistory final
{
public:
    static constexpr int kMaxRuns = 50;

    // A file in the app's data folder by default; tests pass their own.
    explicit RunHistory(QString filePath = defaultPath());

    static QString defaultPath();
    QList<RunReport> load() const;
    [[nodiscard]] bool append(const RunReport &report) const;
    QString filePath() const { return m_filePath; }

private:
    QString m_filePath;
};

} // namespace gd
