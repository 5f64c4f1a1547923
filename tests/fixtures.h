#pragma once

// The fixture files of tests/fixtures, as the tests read them. real-errors.json is copied from
// the research folder and never edited.
#include <QFile>
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

// Real error bodies captured from the API (tests/fixtures/real-errors.json, ids S01-S47).
inline QList<Fixture> realFixtures()
{
    return loadFixtures(QStringLiteral("real-errors.json"));
}

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
