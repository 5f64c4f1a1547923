#include "category.h"

#include "base/idtable.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

constexpr std::array kEntries{
    IdName<Category>{Category::DnsFailure, QLatin1String("dns_failure")},
    IdName<Category>{Category::ConnectionRefused, QLatin1String("connection_refused")},
    IdName<Category>{Category::ConnectionReset, QLatin1String("connection_reset")},
    IdName<Category>{Category::TlsFailure, QLatin1String("tls_failure")},
    IdName<Category>{Category::ProxyFailure, QLatin1String("proxy_failure")},
    IdName<Category>{Category::Timeout, QLatin1String("timeout")},
    IdName<Category>{Category::InsecureEndpoint, QLatin1String("insecure_endpoint")},
    IdName<Category>{Category::NotGeminiResponse, QLatin1String("not_gemini_response")},
    IdName<Category>{Category::ResponseTooLarge, QLatin1String("response_too_large")},
    IdName<Category>{Category::InvalidApiKey, QLatin1String("invalid_api_key")},
    IdName<Category>{Category::MissingApiKey, QLatin1String("missing_api_key")},
    IdName<Category>{Category::WrongAuthMethod, QLatin1String("wrong_auth_method")},
    IdName<Category>{Category::ApiKeyLeaked, QLatin1String("api_key_leaked")},
    IdName<Category>{Category::ApiKeyRestricted, QLatin1String("api_key_restricted")},
    IdName<Category>{Category::ApiNotEnabled, QLatin1String("api_not_enabled")},
    IdName<Category>{Category::AccessSuspended, QLatin1String("access_suspended")},
    IdName<Category>{Category::PermissionDenied, QLatin1String("permission_denied")},
    IdName<Category>{Category::ApiKeyExpired, QLatin1String("api_key_expired")},
    IdName<Category>{Category::MultipleCredentials, QLatin1String("multiple_credentials")},
    IdName<Category>{Category::ApiKeysNotSupported, QLatin1String("api_keys_not_supported")},
    IdName<Category>{Category::StandardKeyRejected, QLatin1String("standard_key_rejected")},
    IdName<Category>{Category::LocationUnsupported, QLatin1String("location_unsupported")},
    IdName<Category>{Category::BillingRequired, QLatin1String("billing_required")},
    IdName<Category>{Category::PrepayCreditsDepleted, QLatin1String("prepay_credits_depleted")},
    IdName<Category>{Category::SpendCapReached, QLatin1String("spend_cap_reached")},
    IdName<Category>{Category::RateLimited, QLatin1String("rate_limited")},
    IdName<Category>{Category::DailyQuotaExhausted, QLatin1String("daily_quota_exhausted")},
    IdName<Category>{Category::ModelNotInFreeTier, QLatin1String("model_not_in_free_tier")},
    IdName<Category>{Category::InvalidRequest, QLatin1String("invalid_request")},
    IdName<Category>{Category::InputTooLarge, QLatin1String("input_too_large")},
    IdName<Category>{Category::ModelNotFound, QLatin1String("model_not_found")},
    IdName<Category>{Category::ModelRetired, QLatin1String("model_retired")},
    IdName<Category>{Category::NotFound, QLatin1String("not_found")},
    IdName<Category>{Category::DeadlineTooShort, QLatin1String("deadline_too_short")},
    IdName<Category>{Category::ClientOutdated, QLatin1String("client_outdated")},
    IdName<Category>{Category::FileNotActive, QLatin1String("file_not_active")},
    IdName<Category>{Category::CacheTooSmall, QLatin1String("cache_too_small")},
    IdName<Category>{Category::ThinkingConfigInvalid, QLatin1String("thinking_config_invalid")},
    IdName<Category>{Category::ThoughtSignatureMissing, QLatin1String("thought_signature_missing")},
    IdName<Category>{Category::HistoryInvalid, QLatin1String("history_invalid")},
    IdName<Category>{Category::SchemaUnsupported, QLatin1String("schema_unsupported")},
    IdName<Category>{Category::FeatureUnsupported, QLatin1String("feature_unsupported")},
    IdName<Category>{Category::MediaInvalid, QLatin1String("media_invalid")},
    IdName<Category>{Category::BatchInvalid, QLatin1String("batch_invalid")},
    IdName<Category>{Category::ServerError, QLatin1String("server_error")},
    IdName<Category>{Category::Overloaded, QLatin1String("overloaded")},
    IdName<Category>{Category::DeadlineExceeded, QLatin1String("deadline_exceeded")},
    IdName<Category>{Category::Cancelled, QLatin1String("cancelled")},
    IdName<Category>{Category::UnexpectedStatus, QLatin1String("unexpected_status")},
    IdName<Category>{Category::PromptBlocked, QLatin1String("prompt_blocked")},
    IdName<Category>{Category::ResponseBlocked, QLatin1String("response_blocked")},
    IdName<Category>{Category::Recitation, QLatin1String("recitation")},
    IdName<Category>{Category::OutputTruncated, QLatin1String("output_truncated")},
    IdName<Category>{Category::EmptyResponse, QLatin1String("empty_response")},
    IdName<Category>{Category::MalformedFunctionCall, QLatin1String("malformed_function_call")},
    IdName<Category>{Category::StoppedEarly, QLatin1String("stopped_early")},
    IdName<Category>{Category::ModelRouted, QLatin1String("model_routed")},
    IdName<Category>{Category::Ok, QLatin1String("ok")},
};

static_assert(kEntries.size() == std::size_t(Category::Ok) + 1, "every category needs an id");
static_assert(
    [] {
        for (std::size_t i = 0; i < kEntries.size(); ++i) {
            if (kEntries[i].value != Category(i))
                return false;
        }
        return true;
    }(),
    "kEntries is indexed by the enum: keep both in the same order");

} // namespace

QString categoryId(Category category)
{
    return QString(kEntries[std::size_t(category)].id);
}

std::optional<Category> categoryFromId(QStringView id)
{
    return valueOf(kEntries, id);
}

const QList<Category> &allCategories()
{
    static const QList<Category> all = [] {
        QList<Category> list;
        for (const auto &entry : kEntries)
            list.append(entry.value);
        return list;
    }();
    return all;
}

bool isConnectionCategory(Category category)
{
    return category <= Category::ResponseTooLarge;
}

bool isAnsweredCategory(Category category)
{
    return category >= Category::PromptBlocked;
}

} // namespace gd
