#include "cli.h"
#include "commands.h"
#include "manpage.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

class ManpageText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::manpage)
};

} // namespace

// Hidden: a tool of the build, which writes the packaged man pages with it (app/CMakeLists.txt).
CommandDefinition manpageCommand()
{
    return CommandDefinition(
        u"manpage"_s, QString(),
        ManpageText::tr("Prints the man page gemini-doctor(1) in roff, in the language of the "
                        "environment."));
}

int runManpage(const QStringList &arguments)
{
    QCommandLineParser parser;
    manpageCommand().addTo(parser);
    if (const auto done = parseOrExit(parser, arguments, u"manpage"_s))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(ManpageText::tr("manpage takes no arguments.\n"));
        return ExitUsage;
    }
    printOut(manPage());
    return ExitOk;
}

} // namespace gd::cli
