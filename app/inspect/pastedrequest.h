#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace gd {

// A request as a person pasted it, read (contract section 10): what form it came in, its body,
// and what its URL says. A key found in it is never kept: only that there was one.
struct PastedRequest
{
    // The form it came in: "generate_content", "curl", "openai_chat", "live", "batch", "embed".
    QString inputKind;
    // What its body is ("curl" aside, the same as inputKind): the rules that apply follow it.
    QString bodyKind;
    QJsonValue body;     // the request body; Live messages and JSON lines as an array
    QString method;      // generateContent, streamGenerateContent, countTokens, embedContent, ...
    QString model;       // without "models/"; empty when nothing names one
    QString modelSource; // "url", "body", "option" or empty
    QString apiVersion;  // "v1beta", "v1" or "v1alpha" from the URL; empty when there is none
    QUrl url;            // a curl command's URL, its key taken out
    QList<std::pair<QByteArray, QByteArray>> headers; // a curl command's headers, without the key
    bool keyFound = false;  // a key was in the paste (?key=, x-goog-api-key, Authorization)
    QString keyReference;   // how the paste names a key without writing it ("$GEMINI_API_KEY")
    bool jsonLines = false; // one message (or batch line) per line, read as an array

    bool isLive() const { return bodyKind == QLatin1String("live"); }
};

} // namespace gd
