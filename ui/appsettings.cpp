#include "appsettings.h"

#include "policy/endpointpolicy.h"
#include "results/checksettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace gd::ui {

AppSettings AppSettings::load()
{
    const QSettings settings;
    const CheckSettings defaults;
    AppSettings app;
    // Saved by an older version as typed: a password or ?key= in it goes now.
    app.endpoint =
        withoutSecrets(QUrl(settings.value(u"endpoint"_s, defaults.baseUrl.toString()).toString()))
            .toString();
    app.apiVersion = settings.value(u"apiVersion"_s, defaults.apiVersion).toString();
    app.model = settings.value(u"model"_s, defaults.model).toString();
    // Before 0.2 the app saved its fixed default model as if the person had chosen it; that model
    // is being retired, so such a setting goes back to automatic.
    if (settings.value(u"settingsVersion"_s, 1).toInt() < 2 && app.model == u"gemini-2.5-flash"_s)
        app.model.clear();
    app.liveModel = settings.value(u"liveModel"_s).toString();
    app.timeoutSeconds = settings.value(u"timeoutSeconds"_s, defaults.timeoutMs / 1000).toInt();
    app.retries = settings.value(u"retries"_s, 0).toInt();
    app.theme = settings.value(u"theme"_s, u"system"_s).toString();
    app.welcomeDone = settings.value(u"welcomeDone"_s, false).toBool();
    // At least a minute: the desktop has no reason to ask the API more often than `watch` may.
    app.watchIntervalMinutes = std::max(1, settings.value(u"watchIntervalMinutes"_s, 5).toInt());
    app.closeWhileWatching = settings.value(u"closeWhileWatching"_s, u"ask"_s).toString();
    return app;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(u"settingsVersion"_s, 2);
    settings.setValue(u"endpoint"_s, endpoint);
    settings.setValue(u"apiVersion"_s, apiVersion);
    settings.setValue(u"model"_s, model);
    settings.setValue(u"liveModel"_s, liveModel);
    settings.setValue(u"timeoutSeconds"_s, timeoutSeconds);
    settings.setValue(u"retries"_s, retries);
    settings.setValue(u"theme"_s, theme);
    settings.setValue(u"welcomeDone"_s, welcomeDone);
    settings.setValue(u"watchIntervalMinutes"_s, watchIntervalMinutes);
    settings.setValue(u"closeWhileWatching"_s, closeWhileWatching);
}

} // namespace gd::ui
