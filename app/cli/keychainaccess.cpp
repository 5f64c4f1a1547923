#include "keychainaccess.h"

#include "keychain/keychainsecretstore.h"

namespace gd::cli {

std::unique_ptr<SecretStore> makeKeychainStore()
{
    bool ok = false;
    const int timeoutMs = qEnvironmentVariableIntValue("GEMINI_DOCTOR_KEYCHAIN_TIMEOUT_MS", &ok);
    return std::make_unique<KeychainSecretStore>(
        nullptr, ok && timeoutMs > 0 ? timeoutMs : KeychainSecretStore::kDefaultTimeoutMs);
}

} // namespace gd::cli
