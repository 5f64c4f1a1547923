#pragma once

#include "commanddefinition.h"
#include "results/checksettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace gd::cli {

// How a command finds the API key (contract section 4: --key-stdin, the keychain profile,
// GEMINI_API_KEY, GOOGLE_API_KEY): the flags and their reading, for every command that sends.
// The key piped in on standard input (--key-stdin, key set --stdin), read to its end: more than
// 64 KiB is refused, never cut. Nothing (after saying why) when it cannot be used.
[[nodiscard]] std::optional<QString> readKeyFromStdin();

class KeyOptions final
{
public:
    KeyOptions();

    void addTo(CommandDefinition &command) const;
    bool keyFromStdin(const QCommandLineParser &parser) const { return parser.isSet(m_keyStdin); }
    // Finds the key once, prints the notes about it, and puts it into the settings. Returns the
    // exit code when there is no usable key; `notes` gets what a report should warn about.
    [[nodiscard]] std::optional<int> readKey(const QCommandLineParser &parser,
                                             CheckSettings &settings, QStringList &notes) const;

private:
    QCommandLineOption m_keyStdin;
    QCommandLineOption m_profile;
};

} // namespace gd::cli
