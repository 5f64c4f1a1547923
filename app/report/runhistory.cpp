#include "runhistory.h"

#include "privacy/redactor.h"

#include <QDateTime>
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
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                             .filePath(u"gemini-doctor/recent-runs.json"_s);
    // Before 0.2 it lived one folder deeper (the organisation and the application are both
    // "gemini-doctor"): moved once, so nobody's history is lost.
    const QString old = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(u"recent-runs.json"_s);
    if (old != path && QFileInfo::exists(old) && !QFileInfo::exists(path) &&
        QDir().mkpath(QFileInfo(path).absolutePath()))
        QFile::rename(old, path);
    return path;
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

bool RunHistory::append(const RunReport &report, QString *setAside) const
{
    const QFileInfo info(m_filePath);
    // A symlink in the file's place is not the file: QSaveFile would write through it, onto
    // whatever it points at. It goes, and the history is written where it belongs.
    if (info.isSymLink() && !QFile::remove(m_filePath))
        return false;
    QJsonArray runs;
    QFile existing(m_filePath);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray text = existing.readAll();
        existing.close();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error == QJsonParseError::NoError && document.isArray()) {
            runs = document.array();
        } else if (!text.trimmed().isEmpty()) {
            const QString aside = m_filePath + u".damaged-"_s +
                                  QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmssZ"_s);
            if (!QFile::rename(m_filePath, aside))
                return false;
            if (setAside)
                *setAside = aside;
        }
    }
    runs.prepend(report.toJson());
    while (runs.size() > kMaxRuns)
        runs.removeLast();
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return false;
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Through the redactor like everything else that is written: a message may echo a key.
    file.write(Redactor::redact(QJsonDocument(runs).toJson(QJsonDocument::Compact)));
    return file.commit();
}

} // namespace gd
