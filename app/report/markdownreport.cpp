#include "markdownreport.h"

#include "privacy/keysource.h"

#include "privacy/inerttext.h"
#include "privacy/redactor.h"

#include <QCoreApplication>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// lupdate sees this context; a file-local MarkdownReportText::tr() helper would hide it.
class MarkdownReportText
{
    Q_DECLARE_TR_FUNCTIONS(gd::MarkdownReport)
};

QString environmentSection()
{
    return MarkdownReportText::tr("- Gemini Doctor %1, Qt %2 (built with %3)\n- %4, %5\n")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName(),
             QSysInfo::currentCpuArchitecture());
}

// Outside text (a check's detail, a server's model names, a fact read from an error) on one line:
// a line break would end a table row or a list item, and what follows could forge a row or a
// section of its own. In a table cell, a "|" would open another column.
QString oneLine(QString text)
{
    return text.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ');
}

QString tableCell(const QString &text)
{
    return oneLine(text).replace(u'|', u'/');
}

QString diagnosisSection(const Diagnosis &diagnosis, const QString &heading)
{
    QString text = heading + u' ' + diagnosis.title + u" (`"_s + categoryId(diagnosis.category) +
                   u"`)\n\n"_s + diagnosis.explanation + u"\n\n"_s;
    if (!diagnosis.message.isEmpty())
        text += MarkdownReportText::tr("The API said:") + u"\n\n> "_s +
                diagnosis.message.simplified() + u"\n\n"_s;
    for (const DiagnosisFact &fact : diagnosis.facts)
        text += u"- **"_s + fact.label + u"**: "_s + oneLine(fact.value) + u'\n';
    if (!diagnosis.facts.isEmpty())
        text += u'\n';
    for (qsizetype i = 0; i < diagnosis.steps.size(); ++i)
        text += QString::number(i + 1) + u". "_s + diagnosis.steps.at(i) + u'\n';
    for (const DiagnosisLink &link : diagnosis.links)
        text += u"- ["_s + link.title + u"]("_s + link.url.toString() + u")\n"_s;
    return text + u'\n';
}

} // namespace

QString markdownReport(const RunReport &report)
{
    QString text = MarkdownReportText::tr("# Gemini Doctor report\n\n");
    text += environmentSection();
    text += MarkdownReportText::tr("- Endpoint: %1 (API %2), model %3 (%4)\n")
                .arg(report.baseUrl.toString(), report.apiVersion, report.model,
                     modelReasonText(report.modelReason));
    if (!report.liveModel.isEmpty())
        text += MarkdownReportText::tr("- Live API model: %1 (%2)\n")
                    .arg(report.liveModel, liveModelReasonText(report.liveModelReason));
    text += MarkdownReportText::tr("- Key: %1 %2\n").arg(report.keySource.text(), report.keyHint);
    text += MarkdownReportText::tr("- Run: %1, %2 ms, %3\n\n")
                .arg(report.startedAt.toUTC().toString(Qt::ISODate))
                .arg(report.totalMs)
                .arg(report.ok() ? MarkdownReportText::tr("all checks passed")
                                 : MarkdownReportText::tr("a check failed"));
    for (const QString &warning : report.warnings)
        text += u"> "_s + warning + u'\n';
    text +=
        MarkdownReportText::tr("| Check | State | Time | HTTP | Detail |\n|---|---|---|---|---|\n");
    for (const CheckResult &check : report.checks) {
        const QString detail = check.diagnosis ? check.diagnosis->title : check.detail;
        text += u"| %1 | %2 | %3 ms | %4 | %5 |\n"_s.arg(
            check.id, checkStateId(check.state), QString::number(check.ms),
            check.httpStatus > 0 ? QString::number(check.httpStatus) : QString(),
            tableCell(detail));
    }
    text += u'\n';
    if (report.models && !report.models->isEmpty()) {
        text += MarkdownReportText::tr("## Every model the key lists\n\n| Model | Result | Time | "
                                       "Successor |\n|---|---|---|---|\n");
        for (const ModelRow &row : *report.models) {
            text += u"| %1 | %2 (`%3`) | %4 ms | %5 |\n"_s.arg(
                tableCell(row.name), tableCell(modelRowText(row)), categoryId(row.category),
                QString::number(row.ms), tableCell(row.successor));
        }
        text += u'\n';
    }
    for (const CheckResult &check : report.checks) {
        if (check.diagnosis)
            text += diagnosisSection(*check.diagnosis, u"## "_s + check.id + u':');
    }
    return inertText(Redactor::redact(text));
}

QString markdownReport(const Diagnosis &diagnosis)
{
    QString text = MarkdownReportText::tr("# Gemini Doctor: explained error\n\n") +
                   environmentSection() + u'\n';
    text += diagnosisSection(diagnosis, u"##"_s);
    return inertText(Redactor::redact(text));
}

} // namespace gd
