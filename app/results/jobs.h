#pragma once

#include "checkresult.h"
#include "modelrow.h"
#include "runreport.h"
#include "sentrequest.h"

#include <QJsonValue>
#include <QObject>
#include <QStringList>

namespace gd {

struct PastedRequest;

// The work a session asks of the engine (app/engine), as the session and the window see it: the
// engine's runner, matrix and sender are these, on Qt Network, in a module the desktop loads
// after its first frame. Nothing here needs the network to compile, link or load.

// One run of the check suite: checkStarted and checkFinished for each check, then finished once.
class RunJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QStringList checkIds() const = 0; // in order
    virtual void start() = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    // The models the key listed for generateContent, once the key check has run.
    virtual QStringList visibleModels() const = 0;

Q_SIGNALS:
    void checkStarted(const QString &id);
    void checkFinished(const gd::CheckResult &result);
    void progress(int done, int total);
    void finished(const gd::RunReport &report);
};

// The model matrix: one row per model, then finished once with every row.
class MatrixJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QStringList models() const = 0;
    virtual void start() = 0;
    // The models still waiting or running are skipped (category cancelled); finished() follows.
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;

Q_SIGNALS:
    void rowStarted(const QString &model);
    void rowFinished(const gd::ModelRow &row);
    void progress(int done, int total);
    void finished(const QList<gd::ModelRow> &rows);
};

// One pasted request sent (inspect's "Send it"): sent() follows once, the time limit ends it.
class SendJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // `body` as pasted, or with the safe fixes; the method and model are the request's.
    virtual void send(const PastedRequest &request, const QJsonValue &body) = 0;

Q_SIGNALS:
    void sent(const gd::SentRequest &result);
};

} // namespace gd
