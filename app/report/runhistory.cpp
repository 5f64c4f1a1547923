#include "runhistory.h"

#include "privacy/redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gd {

RunHistory::RunHistory(QString filePath) : m_filePath(std::move(filePath)) {}

QString RunHistory::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"recent-runs.json"_s);
}

QList<RunReport> RunHistory::load() const
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<RunReport> reports;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
        reports.append(RunReport::fromJson(value.toObject()));
    return reports;
}

bool RunHistory::append(const RunReport &report) const
{
    QJsonArray runs;
    QFile existing(m_filePath);
    if (existing.open(QIODevice::ReadOnly))
        runs = QJsonDocument::fromJson(existing.readAll()).array();
    existing.close();
    runs.prepend(report.toJson());
    while (runs.size() > kMaxRuns)
        runs.removeLast();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Through the redactor like everything else that is written: a message may echo a key.
    file.write(Redactor::redact(QJsonDocument(runs).toJson(QJsonDocument::Compact)));
    return file.commit();
}

} // namespace gd
