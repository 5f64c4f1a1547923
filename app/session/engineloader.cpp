#include "engineloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

class EngineLoaderText
{
    Q_DECLARE_TR_FUNCTIONS(gd::EngineLoader)
};

// Where the module may be, first found wins: beside the executable (a build tree), then the
// installed layout's library folder relative to the executable's (GD_ENGINE_RELATIVE_DIR, from
// CMake: ../lib/<triplet>/gemini-doctor for /usr/bin).
QStringList candidatePaths()
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString file = QStringLiteral(GD_ENGINE_FILE_NAME);
    return {here.filePath(file),
            QDir::cleanPath(here.filePath(QStringLiteral(GD_ENGINE_RELATIVE_DIR) + u'/' + file))};
}

} // namespace

const EngineModule *loadEngineModule(QString *error)
{
    static const EngineModule *loaded = nullptr;
    if (loaded)
        return loaded;
    const QStringList paths = candidatePaths();
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded (QLibrary's destructor leaves it loaded): the engine's objects live as
        // long as the process.
        QLibrary library(path);
        library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        const auto entry = reinterpret_cast<EngineModuleEntry>(library.resolve("gd_engine_module"));
        if (!entry) {
            *error = EngineLoaderText::tr("Gemini Doctor's engine (%1) could not be loaded: %2. "
                                          "Reinstall Gemini Doctor.")
                         .arg(path, library.errorString());
            return nullptr;
        }
        const EngineModule *module = entry();
        if (qstrcmp(module->version, GD_VERSION) != 0) {
            *error =
                EngineLoaderText::tr("Gemini Doctor's engine (%1) is version %2, and this "
                                     "program is version %3. Reinstall Gemini Doctor.")
                    .arg(path, QString::fromLatin1(module->version), QStringLiteral(GD_VERSION));
            return nullptr;
        }
        loaded = module;
        return loaded;
    }
    *error = EngineLoaderText::tr("Gemini Doctor's engine is missing (looked for %1). Reinstall "
                                  "Gemini Doctor.")
                 .arg(paths.join(u", "_s));
    return nullptr;
}

} // namespace gd
