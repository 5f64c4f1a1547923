#pragma once

#include <QString>

namespace gd::ui {

// What the app remembers between runs, through QSettings. Never the key.
struct AppSettings
{
    QString endpoint;
    QString apiVersion;
    QString model;
    QString liveModel; // empty: a Live model the key lists
    int timeoutSeconds = 30;
    int retries = 0;
    QString theme = QStringLiteral("system"); // "system", "light" or "dark"
    bool welcomeDone = false;
    int watchIntervalMinutes = 5; // the desktop's watch, like `watch --interval`'s default
    // Closing the window while watching: "ask" (once), "tray" (keep watching there) or "stop".
    QString closeWhileWatching = QStringLiteral("ask");

    static AppSettings load();
    void save() const;
};

} // namespace gd::ui
