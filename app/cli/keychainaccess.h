#pragma once

#include "secrets/secretstore.h"

#include <memory>

namespace gd::cli {

// The keychain store the command line uses. GEMINI_DOCTOR_KEYCHAIN_TIMEOUT_MS shortens its time
// limit (for tests of a hanging keychain).
std::unique_ptr<SecretStore> makeKeychainStore();

} // namespace gd::cli
