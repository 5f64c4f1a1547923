#include "transportfailure.h"

#include <QCoreApplication>

namespace gd {
namespace {

class TransportFailureText
{
    Q_DECLARE_TR_FUNCTIONS(gd::TransportFailure)
};

} // namespace

QString tooLargeDetail(qint64 capBytes)
{
    return TransportFailureText::tr("The answer was larger than %1 KiB; reading stopped there.")
        .arg(capBytes / 1024);
}

} // namespace gd
