#include "output.h"

#include "privacy/inerttext.h"
#include "privacy/redactor.h"

#include <QJsonDocument>

#include <cstdio>

namespace gd::cli {
namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString &text)
{
    write(stdout, inertText(Redactor::redact(text)).toUtf8());
}

void printErr(const QString &text)
{
    write(stderr, inertText(Redactor::redact(text)).toUtf8());
}

void printJson(const QJsonObject &document)
{
    write(stdout, Redactor::redact(QJsonDocument(document).toJson(QJsonDocument::Indented)));
}

} // namespace gd::cli
