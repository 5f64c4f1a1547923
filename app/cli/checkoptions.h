#pragma once

#include "commanddefinition.h"
#include "keyoptions.h"
#include "results/checksettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace gd::cli {

// The translation context of `check`'s words, shared by the files that print them.
class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::check)
};

// --base-url as it may be used: its user info and query left out (a URL carries no secrets; the
// key travels in a header), each said on stderr.
[[nodiscard]] QUrl baseUrlOption(const QString &value);

// The flags `check` and `watch` share (contract sections 4 and 8), how they become the run's
// settings, and how the key is found: one place, so both commands read them alike.
class CheckOptions final
{
public:
    // `jsonHelp` says what --json prints, where it is not check's one document.
    explicit CheckOptions(const QString &jsonHelp = {});

    void addTo(CommandDefinition &command) const;
    // The settings the parsed flags ask for, without the key. A usage error is printed and its
    // exit code returned.
    [[nodiscard]] std::optional<int> readSettings(const QCommandLineParser &parser,
                                                  CheckSettings &settings) const;
    // Finds the key once (--key-stdin, the keychain profile, GEMINI_API_KEY, GOOGLE_API_KEY),
    // prints the notes about it, and puts it into the settings. Returns the exit code when there
    // is no usable key; `notes` gets what the run report should warn about.
    [[nodiscard]] std::optional<int> readKey(const QCommandLineParser &parser,
                                             CheckSettings &settings, QStringList &notes) const
    {
        return m_key.readKey(parser, settings, notes);
    }
    bool json(const QCommandLineParser &parser) const { return parser.isSet(m_json); }

private:
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_apiVersion;
    QCommandLineOption m_model;
    QCommandLineOption m_liveModel;
    QCommandLineOption m_timeout;
    KeyOptions m_key;
    QCommandLineOption m_json;
    QCommandLineOption m_retries;
    QCommandLineOption m_checks;
};

} // namespace gd::cli
