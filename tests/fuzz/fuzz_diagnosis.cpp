// libFuzzer entry point: any bytes, with or without an HTTP status, must give a diagnosis that
// serialises, without crashing, hanging or tripping AddressSanitizer or UBSan.
#include "diagnosis/diagnoser.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    static const int statuses[] = {0, 200, 400, 403, 404, 429, 500, 503};
    const int status = size > 0 ? statuses[data[0] % 8] : 0;
    const gd::Diagnosis diagnosis = gd::diagnoseText(input, status);
    const QByteArray json = QJsonDocument(diagnosis.toJson()).toJson();
    if (json.isEmpty() || diagnosis.title.isEmpty())
        __builtin_trap(); // every input gets a category with a title
    (void)diagnosis.toText();
    return 0;
}
