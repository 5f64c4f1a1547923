// The engine module's entry point: the one symbol gemini-doctor-engine.so is loaded for
// (app/session/engineloader.h). Everything else it uses of the core, it finds in the executable.
#include "cli/cli.h"
#include "networkengine.h"
#include "session/engineloader.h"

namespace {

gd::Engine *newDesktopEngine()
{
    return new gd::NetworkEngine();
}

} // namespace

extern "C" Q_DECL_EXPORT const gd::EngineModule *gd_engine_module()
{
    static const gd::EngineModule module{GD_VERSION, &newDesktopEngine, &gd::cli::run};
    return &module;
}
