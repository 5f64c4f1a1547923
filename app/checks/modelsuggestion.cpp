#include "modelsuggestion.h"

#include "diagnosis/modelknowledge.h"

#include <QDate>

namespace gd {

QString suggestModel(const QStringList &visibleModels, const QString &current)
{
    QStringList others = visibleModels;
    others.removeAll(current);
    if (others.isEmpty())
        return {};
    // The same choice as the checks' own default, among the others.
    return ModelKnowledge::builtIn().chooseTestModel(others, QDate::currentDate()).model;
}

QString suggestLiveModel(const QStringList &liveModels, const QString &current)
{
    QStringList others = liveModels;
    others.removeAll(current);
    if (others.isEmpty())
        return {};
    return ModelKnowledge::builtIn().chooseLiveModel(others, QDate::currentDate()).model;
}

} // namespace gd
