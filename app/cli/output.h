#pragma once

#include <QJsonObject>
#include <QString>

// Everything the command line prints goes through here, and so through the redactor; human output
// also through inertText (an error's escape sequences are shown, never obeyed).
namespace gd::cli {

void printOut(const QString &text);          // stdout
void printErr(const QString &text);          // stderr: messages for humans
void printJson(const QJsonObject &document); // stdout: one JSON document

} // namespace gd::cli
