#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace gd::cli {

// Runs a subcommand (or top-level --help / --version) and returns the process exit code of
// contract section 1: 0 success, 1 the thing examined failed, 2 usage or configuration, 3 internal.
int run(const QStringList &arguments);

enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitInternal = 3
};

// Parses a subcommand's arguments. Returns the exit code when the command is already done: a
// usage error (printed, 2) or --help (printed, 0); nothing when it should go on. The help's
// usage line names the command as a person types it: "gemini-doctor explain [options] ...".
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments,
                               const QString &command);

} // namespace gd::cli
