#pragma once

#include "results/checkresult.h"

#include <QObject>
#include <QStringList>

namespace gd {

struct CheckContext;

// One check of the suite: a small class that starts, finishes once with a typed result, and can
// be cancelled. The runner owns it and decides when its prerequisites allow it to start.
class Check : public QObject
{
    Q_OBJECT
public:
    explicit Check(CheckContext *context, QObject *parent = nullptr)
        : QObject(parent), m_context(context)
    {}

    // Which of the run's models a check sends: when the key's list changes the choice, the
    // runner runs the checks that used the old one again.
    enum class ModelUse
    {
        None,
        TestModel, // settings.model
        LiveModel, // settings.liveModel
    };

    virtual QString id() const = 0;
    virtual QStringList prerequisites() const = 0;
    virtual ModelUse modelUse() const { return ModelUse::None; }
    // start() may come again after cancel(): a check runs afresh each time.
    virtual void start() = 0;
    virtual void cancel() = 0;
    // Judges the last answer again, with what the run learned since (the key's model list, for
    // the model to suggest), and emits finished() once more. Nothing is sent.
    virtual void rejudge() {}

Q_SIGNALS:
    void finished(const gd::CheckResult &result);

protected:
    CheckContext *context() const { return m_context; }

private:
    CheckContext *m_context;
};

} // namespace gd
