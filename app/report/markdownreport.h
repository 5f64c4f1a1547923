#pragma once

#include "diagnosis/diagnosis.h"
#include "results/runreport.h"

#include <QString>

namespace gd {

// A redacted Markdown summary, ready for a support ticket or a bug report: app and Qt versions,
// OS, endpoint, every check and every diagnosis. The key appears only as its hint.
QString markdownReport(const RunReport &report);
// The same for one explained error.
QString markdownReport(const Diagnosis &diagnosis);

} // namespace gd
