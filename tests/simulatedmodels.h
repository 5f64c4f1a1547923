#pragma once

#include "diagnosis/modelknowledge.h"
#include "simulator/simulator.h"

#include <QStringList>

namespace gd::test {

// The models the simulated key lists for generateContent, as the key check keeps them.
inline QStringList generatingModels()
{
    QStringList models;
    for (const QString &name : Simulator::modelNames()) {
        const auto model = ModelKnowledge::builtIn().find(name);
        if (model && model->methods.contains(QStringLiteral("generateContent")))
            models.append(name);
    }
    return models;
}

} // namespace gd::test
