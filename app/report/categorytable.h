#pragma once

#include <QString>

namespace gd {

// Every category of the remediation catalog as a Markdown table (id, title, what it means).
// The README's table is this text, checked by a test, so it never drifts from the catalog.
QString categoryTableMarkdown();

} // namespace gd
