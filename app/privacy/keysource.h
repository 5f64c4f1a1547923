#pragma once

#include <QString>

namespace gd {

// Where the key a run or a session uses came from: one value for the command line, the desktop
// session, the run report and its history. Its id is what the JSON and the history file hold
// (contract section 4): "keychain", "stdin", "session", "rehearsal" or the environment
// variable's own name ("GEMINI_API_KEY", "GOOGLE_API_KEY"); empty for none.
class KeySource final
{
public:
    enum class Kind
    {
        None,
        Stdin,
        Keychain,
        Environment, // variable() says which
        ThisSession, // typed in, kept in memory only
        Rehearsal,   // a fake key for the simulator
    };

    KeySource() = default;
    KeySource(Kind kind) : m_kind(kind) {} // NOLINT: a kind is a source
    static KeySource environment(const QString &variable);
    // The source an id names; an id this version does not know (a newer history file) is kept as
    // it is, so it is written back unchanged and shown as written.
    static KeySource fromId(const QString &id);

    Kind kind() const { return m_kind; }
    QString variable() const { return m_variable; } // for Environment
    QString id() const;
    // In words, translated: "the system keychain", "the environment variable GEMINI_API_KEY".
    QString text() const;
    bool isNone() const { return m_kind == Kind::None && m_variable.isEmpty(); }

    friend bool operator==(const KeySource &, const KeySource &) = default;

private:
    Kind m_kind = Kind::None;
    QString m_variable; // the variable's name; for an unknown id, the id itself
};

} // namespace gd
