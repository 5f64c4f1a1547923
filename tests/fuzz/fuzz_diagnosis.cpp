// libFuzzer entry point: any bytes, with or without an HTTP status, must give a diagnosis that
// serialises, without crashing, hanging or tripping AddressSanitizer or UBSan; and the same bytes
// read as a request (inspect: the reader, every rule, the safe fixes) must do the same.
#include "diagnosis/diagnoser.h"
#include "inspect/inspector.h"
#include "inspect/requestreader.h"

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

    QString whyNot;
    if (const auto request = gd::readRequest(input, &whyNot)) {
        gd::InspectOptions options;
        options.fix = true;
        options.today = QDate(2026, 12, 2);
        const gd::Inspection inspection = gd::Inspector().inspect(*request, options);
        if (QJsonDocument(inspection.toJson()).toJson().isEmpty())
            __builtin_trap();
        (void)inspection.toText();
    } else if (whyNot.isEmpty()) {
        __builtin_trap(); // every input that is not a request says why
    }
    return 0;
}
