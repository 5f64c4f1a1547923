#pragma once

#include "results/runreport.h"

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

    // ~/.local/share/gemini-doctor/recent-runs.json (the XDG data folder).
    static QString defaultPath();
    QList<RunReport> load() const;
    // Adds the run, newest first, keeping kMaxRuns. The file is its owner's alone (0600, in a 0700
    // folder it makes), written whole or not at all, never through a symlink in its place. A file
    // that cannot be read as runs is not overwritten: it is kept beside as
    // "<file>.damaged-<time>", named in `setAside`, and a new one begins.
    [[nodiscard]] bool append(const RunReport &report, QString *setAside = nullptr) const;
    QString filePath() const { return m_filePath; }

private:
    QString m_filePath;
};

} // namespace gd
