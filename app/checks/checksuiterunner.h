#pragma once

#include "results/checksettings.h"
#include "watch/suiterunner.h"

#include <QPointer>

class QNetworkAccessManager;

namespace gd {

class CheckRunner;

// A fresh CheckRunner per run, with the same settings (and key) every time.
class CheckSuiteRunner final : public SuiteRunner
{
    Q_OBJECT
public:
    CheckSuiteRunner(QNetworkAccessManager *network, CheckSettings settings,
                     QObject *parent = nullptr);
    ~CheckSuiteRunner() override;
    void start() override;
    void cancel() override;

private:
    QNetworkAccessManager *m_network;
    CheckSettings m_settings;
    QPointer<CheckRunner> m_runner;
};

} // namespace gd
