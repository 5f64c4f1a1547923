#pragma once

#include "results/checksettings.h"
#include "results/jobs.h"

#include <QStringList>
#include <QUrl>

#include <memory>

class QObject;

namespace gd {

struct Scenario;
class SecretStore;

// The built-in simulator playing the API for a rehearsal, as the session sees it.
class Rehearsal
{
public:
    virtual ~Rehearsal() = default;
    virtual QUrl baseUrl() const = 0;
    virtual const Scenario &scenario() const = 0;
};

// What a session runs on: everything that talks (Qt Network, WebSockets, HttpServer, the system
// keychain), behind one interface. The engine is app/engine's NetworkEngine, in the module
// gemini-doctor-engine that the desktop loads after its first frame: the window is drawn before
// any of those libraries is loaded (docs/benchmarks.md). Tests link NetworkEngine directly.
class Engine
{
public:
    virtual ~Engine() = default;

    virtual SecretStore *keychain() = 0;
    // Jobs belong to `parent`; each reports through its signals.
    virtual RunJob *newRun(CheckSettings settings, QObject *parent) = 0;
    virtual MatrixJob *newModelMatrix(CheckSettings settings, const QStringList &models,
                                      QObject *parent) = 0;
    virtual SendJob *newSender(CheckSettings settings, QObject *parent) = 0;
    // The simulator playing `scenario`, listening; nothing when it cannot (an unknown scenario,
    // no port).
    virtual std::unique_ptr<Rehearsal> newRehearsal(const QString &scenario) = 0;
};

} // namespace gd
