#pragma once

#include "results/runreport.h"

#include <QObject>

namespace gd {

// What the watcher runs: one whole check suite at a time. The command line runs a CheckRunner;
// the desktop runs its session (so its dashboard and history follow); tests run fakes with
// timings of their own.
class SuiteRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Starts one run; finished() follows, once, or skipped() when it cannot run at all. A runner
    // may also wait (for another job to end) before its run begins.
    virtual void start() = 0;
    // Stops the run in progress, if any; finished() may not follow.
    virtual void cancel() = 0;

Q_SIGNALS:
    void finished(const gd::RunReport &report);
    // The run asked for cannot happen (no key, say): in the person's words, translated.
    void skipped(const QString &reason);
};

} // namespace gd
