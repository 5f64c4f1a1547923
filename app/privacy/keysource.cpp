#include "keysource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// The translation context stays "gd::KeySource", as the catalog has it.
class KeySourceText
{
    Q_DECLARE_TR_FUNCTIONS(gd::KeySource)
};

struct Named
{
    KeySource::Kind kind;
    QLatin1StringView id;
};

constexpr Named kIds[] = {
    {KeySource::Kind::Stdin, "stdin"_L1},
    {KeySource::Kind::Keychain, "keychain"_L1},
    {KeySource::Kind::ThisSession, "session"_L1},
    {KeySource::Kind::Rehearsal, "rehearsal"_L1},
};

} // namespace

KeySource KeySource::environment(const QString &variable)
{
    KeySource source(Kind::Environment);
    source.m_variable = variable;
    return source;
}

KeySource KeySource::fromId(const QString &id)
{
    for (const Named &named : kIds) {
        if (id == named.id)
            return named.kind;
    }
    if (id.endsWith(u"_API_KEY"_s))
        return environment(id);
    KeySource unknown;
    unknown.m_variable = id;
    return unknown;
}

QString KeySource::id() const
{
    for (const Named &named : kIds) {
        if (m_kind == named.kind)
            return named.id;
    }
    return m_variable; // the variable's name, an unknown id, or empty
}

QString KeySource::text() const
{
    switch (m_kind) {
    case Kind::Keychain:
        return KeySourceText::tr("the system keychain");
    case Kind::Stdin:
        return KeySourceText::tr("standard input");
    case Kind::ThisSession:
        return KeySourceText::tr("this session only");
    case Kind::Rehearsal:
        return KeySourceText::tr("rehearsal, a fake key");
    case Kind::Environment:
        return KeySourceText::tr("the environment variable %1").arg(m_variable);
    case Kind::None:
        break;
    }
    return m_variable;
}

} // namespace gd
