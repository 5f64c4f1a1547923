#pragma once

// The fixture files of tests/fixtures, as the tests read them. real-errors.json holds the bodies of
// the project's first research and is never edited; real-errors-2026.json holds later real bodies,
// each with its source.
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace gd::test {

struct Fixture
{
    QString id;
    QString category;
    int httpStatus = 0;
    QByteArray body;
    bool truncated = false;
};

inline QList<Fixture> loadFixtures(const QString &fileName)
{
    QFile file(QStringLiteral(GD_FIXTURES_DIR "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Fixture> fixtures;
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        Fixture fixture;
        fixture.id = entry.value(QStringLiteral("id")).toString();
        fixture.category = entry.value(QStringLiteral("category")).toString();
        // Captured before the model they name was shut down; contract section 3 now files a 404
        // for a shut-down model (resources/models.json) under model_retired.
        static const QHash<QString, QString> categorySinceCapture = {
            {QStringLiteral("S21-404-gemini-pro-retired"), QStringLiteral("model_retired")},
            {QStringLiteral("S22-404-array-wrapped"), QStringLiteral("model_retired")},
            {QStringLiteral("S24-404-modelservice-variant-sdkmsg"),
             QStringLiteral("model_retired")},
            {QStringLiteral("S26-404-live-only-model-pyrepr"), QStringLiteral("model_retired")},
        };
        // Captured before contract section 3 gave a schema keyword and a MIME type their own
        // categories (issue 17): they were invalid_request then.
        static const QHash<QString, QString> requestCategoriesSince = {
            {QStringLiteral("S04-badrequest-fieldviolations-with-field"),
             QStringLiteral("schema_unsupported")},
            {QStringLiteral("S08-unsupported-mime-pyrepr"), QStringLiteral("media_invalid")},
        };
        fixture.category = categorySinceCapture.value(fixture.id, fixture.category);
        fixture.category = requestCategoriesSince.value(fixture.id, fixture.category);
        fixture.httpStatus = entry.value(QStringLiteral("http_status")).toInt();
        fixture.truncated = entry.value(QStringLiteral("truncated")).toBool();
        const QJsonValue body = entry.value(QStringLiteral("body"));
        // A body stored as an object is the JSON the API sent; a string is the text as given.
        fixture.body =
            body.isString() ? body.toString().toUtf8() : QJsonDocument(body.toObject()).toJson();
        fixtures.append(fixture);
    }
    return fixtures;
}

// Real error bodies captured from the API: tests/fixtures/real-errors.json (ids S01-S47),
// real-errors-2026.json (ids R01-R63, the 2026 surfaces: Live closes, the OpenAI-compatible
// endpoint, the Interactions API, spend caps, caching, thinking, tool calls) and
// real-errors-2026-12.json (ids Q.., requests the API refused for a reason its message names:
// history, schema, feature, media and batch errors, and texts that carry only the words).
inline QList<Fixture> realFixtures()
{
    return loadFixtures(QStringLiteral("real-errors.json")) +
           loadFixtures(QStringLiteral("real-errors-2026.json")) +
           loadFixtures(QStringLiteral("real-errors-2026-12.json"));
}

inline constexpr qsizetype kRealFixtureCount = 47 + 63 + 58;

// Cases the real fixtures lack, written here and named "synthetic-..." so nobody takes them
// for captured bodies.
inline QList<Fixture> syntheticFixtures()
{
    return loadFixtures(QStringLiteral("synthetic-errors.json"));
}

// The body of the real or synthetic fixture whose id starts with `id`; empty when there is none.
inline QByteArray fixtureBody(const QString &id)
{
    for (const Fixture &fixture : realFixtures() + syntheticFixtures()) {
        if (fixture.id.startsWith(id))
            return fixture.body;
    }
    return {};
}

} // namespace gd::test
