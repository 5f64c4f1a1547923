#pragma once

#include "check.h"
#include "diagnosis/diagnoser.h"

#include <QPointer>

#include <optional>
#include <vector>

namespace gd {

class ApiCall;
class GeminiClient;

// The body of the test prompt the generation checks and the model matrix send.
[[nodiscard]] QByteArray testPromptBody();

struct ApiCheckRow;

// A check made of one API call, one row of a table (apichecks.cpp): what it sends and how it reads
// a 200 answer. Transport failures and error statuses become a failed result with its diagnosis
// here, the same for every row.
class ApiCheck final : public Check
{
    Q_OBJECT
public:
    ApiCheck(const ApiCheckRow &row, CheckContext *context, QObject *parent = nullptr);
    // The API checks in the order a run makes them: key, model, count_tokens, generate, stream,
    // openai_compat.
    static std::vector<Check *> all(CheckContext *context, QObject *parent);

    QString id() const override;
    QStringList prerequisites() const override;
    ModelUse modelUse() const override;
    void start() override;
    void cancel() override;
    void rejudge() override;

    // What a row's functions use.
    CheckContext *run() const { return context(); }
    QString modelPath() const;
    DiagnosisContext diagnosisContextFor(const QUrl &url) const;
    // Fails, warns or passes on the diagnosis of a 200 answer that may still be unusable.
    void judgeAnswer(const CallResult &call, CheckResult &result) const;
    void failWith(const CallResult &call, CheckResult &result) const;

private:
    void onFinished(const CallResult &call);
    CheckResult judge(const CallResult &call) const;

    const ApiCheckRow &m_row;
    QPointer<ApiCall> m_call;
    std::optional<CallResult> m_lastCall;
    bool m_done = false;
};

} // namespace gd
