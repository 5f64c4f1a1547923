#include "category.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

struct Entry
{
    Category category;
    QLatin1String id;
};

constexpr std::array kEntries{
    Entry{Category::DnsFailure, QLatin1String("dns_failure")},
    Entry{Category::ConnectionRefused, QLatin1String("connection_refused")},
    Entry{Category::ConnectionReset, QLatin1String("connection_reset")},
    Entry{Category::TlsFailure, QLatin1String("tls_failure")},
    Entry{Category::ProxyFailure, QLatin1String("proxy_failure")},
    Entry{Category::Timeout, QLatin1String("timeout")},
    Entry{Category::InsecureEndpoint, QLatin1String("insecure_endpoint")},
    Entry{Category::NotGeminiResponse, QLatin1String("not_gemini_response")},
    Entry{Category::ResponseTooLarge, QLatin1String("response_too_large")},
    Entry{Category::InvalidApiKey, QLatin1String("invalid_api_key")},
    Entry{Category::MissingApiKey, QLatin1String("missing_api_key")},
    Entry{Category::WrongAuthMethod, QLatin1String("wrong_auth_method")},
    Entry{Category::ApiKeyLeaked, QLatin1String("api_key_leaked")},
    Entry{Category::ApiKeyRestricted, QLatin1String("api_key_restricted")},
    Entry{Category::ApiNotEnabled, QLatin1String("api_not_enabled")},
    Entry{Category::AccessSuspended, QLatin1String("access_suspended")},
    Entry{Category::PermissionDenied, QLatin1String("permission_denied")},
    Entry{Category::ApiKeyExpired, QLatin1String("api_key_expired")},
    Entry{Category::MultipleCredentials, QLatin1String("multiple_credentials")},
    Entry{Category::ApiKeysNotSupported, QLatin1String("api_keys_not_supported")},
    Entry{Category::StandardKeyRejected, QLatin1String("standard_key_rejected")},
    Entry{Category::LocationUnsupported, QLatin1String("location_unsupported")},
    Entry{Category::BillingRequired, QLatin1String("billing_required")},
    Entry{Category::PrepayCreditsDepleted, QLatin1String("prepay_credits_depleted")},
    Entry{Category::SpendCapReached, QLatin1String("spend_cap_reached")},
    Entry{Category::RateLimited, QLatin1String("rate_limited")},
    Entry{Category::DailyQuotaExhausted, QLatin1String("daily_quota_exhausted")},
    Entry{Category::ModelNotInFreeTier, QLatin1String("model_not_in_free_tier")},
    Entry{Category::InvalidRequest, QLatin1String("invalid_request")},
    Entry{Category::InputTooLarge, QLatin1String("input_too_large")},
    Entry{Category::ModelNotFound, QLatin1String("model_not_found")},
    Entry{Category::ModelRetired, QLatin1String("model_retired")},
    Entry{Category::NotFound, QLatin1String("not_found")},
    Entry{Category::DeadlineTooShort, QLatin1String("deadline_too_short")},
    Entry{Category::ClientOutdated, QLatin1String("client_outdated")},
    Entry{Category::FileNotActive, QLatin1String("file_not_active")},
    Entry{Category::CacheTooSmall, QLatin1String("cache_too_small")},
    Entry{Category::ThinkingConfigInvalid, QLatin1String("thinking_config_invalid")},
    Entry{Category::ThoughtSignatureMissing, QLatin1String("thought_signature_missing")},
    Entry{Category::HistoryInvalid, QLatin1String("history_invalid")},
    Entry{Category::SchemaUnsupported, QLatin1String("schema_unsupported")},
    Entry{Category::FeatureUnsupported, QLatin1String("feature_unsupported")},
    Entry{Category::MediaInvalid, QLatin1String("media_invalid")},
    Entry{Category::BatchInvalid, QLatin1String("batch_invalid")},
    Entry{Category::ServerError, QLatin1String("server_error")},
    Entry{Category::Overloaded, QLatin1String("overloaded")},
    Entry{Category::DeadlineExceeded, QLatin1String("deadline_exceeded")},
    Entry{Category::Cancelled, QLatin1String("cancelled")},
    Entry{Category::UnexpectedStatus, QLatin1String("unexpected_status")},
    Entry{Category::PromptBlocked, QLatin1String("prompt_blocked")},
    Entry{Category::ResponseBlocked, QLatin1String("response_blocked")},
    Entry{Category::Recitation, QLatin1String("recitation")},
    Entry{Category::OutputTruncated, QLatin1String("output_truncated")},
    Entry{Category::EmptyResponse, QLatin1String("empty_response")},
    Entry{Category::MalformedFunctionCall, QLatin1String("malformed_function_call")},
    Entry{Category::StoppedEarly, QLatin1String("stopped_early")},
    Entry{Category::ModelRouted, QLatin1String("model_routed")},
    Entry{Category::Ok, QLatin1String("ok")},
};

static_assert(kEntries.size() == std::size_t(Category::Ok) + 1, "every category needs an id");
static_assert(
    [] {
        for (std::size_t i = 0; i < kEntries.size(); ++i) {
            if (kEntries[i].category != Category(i))
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
    for (const auto &entry : kEntries) {
        if (id == entry.id)
            return entry.category;
    }
    return std::nullopt;
}

const QList<Category> &allCategories()
{
    static const QList<Category> all = [] {
        QList<Category> list;
        for (const auto &entry : kEntries)
            list.append(entry.category);
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
