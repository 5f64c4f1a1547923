#pragma once

#include "check.h"
#include "diagnosis/diagnoser.h"

#include <QPointer>

namespace gd {

class ApiCall;
class GeminiClient;

// The body of the test prompt the generation checks and the model matrix send.
[[nodiscard]] QByteArray testPromptBody();

// A check made of one API call. The base class turns transport failures and error statuses into
// a failed result with its diagnosis; each check judges its own 200 answer.
class ApiCheck : public Check
{
    Q_OBJECT
public:
    using Check::Check;
    void start() override;
    void cancel() override;
    void rejudge() override;
    ModelUse modelUse() const override { return ModelUse::TestModel; }

protected:
    virtual ApiCall *send(GeminiClient &client) = 0;
    virtual void evaluate(const CallResult &call, CheckResult &result) = 0;

    QString modelPath() const;
    // How the call names its key: false for the one check that sends it as a Bearer token.
    virtual bool keyInGoogApiKeyHeader() const { return true; }
    DiagnosisContext diagnosisContextFor(const QUrl &url) const;
    // Fails, warns or passes on the diagnosis of a 200 answer that may still be unusable.
    void judgeAnswer(const CallResult &call, CheckResult &result);
    void failWith(const CallResult &call, CheckResult &result);

private:
    void onFinished(const CallResult &call);
    CheckResult judge(const CallResult &call);

    QPointer<ApiCall> m_call;
    std::optional<CallResult> m_lastCall;
    bool m_done = false;
};

// key: GET models. The key is accepted; remembers the models it can see.
class KeyCheck final : public ApiCheck
{
    Q_OBJECT
public:
    using ApiCheck::ApiCheck;
    QString id() const override;
    QStringList prerequisites() const override;
    ModelUse modelUse() const override { return ModelUse::None; }

protected:
    ApiCall *send(GeminiClient &client) override;
    void evaluate(const CallResult &call, CheckResult &result) override;
};

// model: GET models/{model}. The model exists and supports generateContent.
class ModelCheck final : public ApiCheck
{
    Q_OBJECT
public:
    using ApiCheck::ApiCheck;
    QString id() const override;
    QStringList prerequisites() const override;

protected:
    ApiCall *send(GeminiClient &client) override;
    void evaluate(const CallResult &call, CheckResult &result) override;
};

// count_tokens: POST :countTokens (free, not counted against inference quota).
class CountTokensCheck final : public ApiCheck
{
    Q_OBJECT
public:
    using ApiCheck::ApiCheck;
    QString id() const override;
    QStringList prerequisites() const override;

protected:
    ApiCall *send(GeminiClient &client) override;
    void evaluate(const CallResult &call, CheckResult &result) override;
};

// generate: POST :generateContent with a short prompt (never a tiny maxOutputTokens).
class GenerateCheck final : public ApiCheck
{
    Q_OBJECT
public:
    using ApiCheck::ApiCheck;
    QString id() const override;
    QStringList prerequisites() const override;

protected:
    ApiCall *send(GeminiClient &client) override;
    void evaluate(const CallResult &call, CheckResult &result) override;
};

// stream: POST :streamGenerateContent?alt=sse, read to the end; judged by its worst event.
class StreamCheck final : public ApiCheck
{
    Q_OBJECT
public:
    using ApiCheck::ApiCheck;
    QString id() const override;
    QStringList prerequisites() const override;

protected:
    ApiCall *send(GeminiClient &client) override;
    void evaluate(const CallResult &call, CheckResult &result) override;
};

// openai_compat: POST {base}/v1beta/openai/chat/completions with the key as a Bearer token,
// exactly as the OpenAI SDKs send it (contract section 4).
class OpenAiCompatCheck final : public ApiCheck
{
    Q_OBJECT
public:
    using ApiCheck::ApiCheck;
    QString id() const override;
    QStringList prerequisites() const override;

protected:
    ApiCall *send(GeminiClient &client) override;
    void evaluate(const CallResult &call, CheckResult &result) override;
    bool keyInGoogApiKeyHeader() const override { return false; }
};

} // namespace gd
