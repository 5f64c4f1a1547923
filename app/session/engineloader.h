#pragma once

#include <QString>
#include <QStringList>

namespace gd {

class Engine;

// The engine module's one entry point, as both sides see it: gemini-doctor-engine.so exports the
// C function gd_engine_module(), which returns this. The module holds everything on Qt Network,
// HttpServer, WebSockets and QtKeychain; the executable holds the window and the core that needs
// none of them, so the window's first frame never waits for those libraries to load.
struct EngineModule
{
    const char *version; // the build's GD_VERSION: a module of another build is refused
    // The desktop's engine: its own network access, the environment's proxies, the system
    // keychain. The caller owns it; the module stays loaded as long as the process lives.
    Engine *(*newDesktopEngine)();
    // The command line (app/cli): the process's exit code.
    int (*runCommandLine)(const QStringList &arguments);
};

using EngineModuleEntry = const EngineModule *(*)();

// Loads the module once (next to the executable in a build tree, else in the package's library
// folder) and never unloads it. Nothing, and why in the person's words, when it cannot.
const EngineModule *loadEngineModule(QString *error);

} // namespace gd
