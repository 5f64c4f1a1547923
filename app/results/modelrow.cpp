#include "modelrow.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

class ModelMatrixText
{
    Q_DECLARE_TR_FUNCTIONS(gd::ModelMatrix)
};

} // namespace

QJsonObject ModelRow::toJson() const
{
    QJsonObject json{{u"name"_s, name},
                     {u"state"_s, checkStateId(state)},
                     {u"category"_s, categoryId(category)},
                     {u"ms"_s, ms}};
    if (httpStatus > 0)
        json.insert(u"http_status"_s, httpStatus);
    if (!successor.isEmpty())
        json.insert(u"successor"_s, successor);
    if (!answeredBy.isEmpty())
        json.insert(u"answered_by"_s, answeredBy);
    return json;
}

QJsonArray modelRowsToJson(const QList<ModelRow> &rows)
{
    QJsonArray array;
    for (const ModelRow &row : rows)
        array.append(row.toJson());
    return array;
}

QString modelRowText(const ModelRow &row)
{
    if (row.state == CheckState::Pending)
        return ModelMatrixText::tr("waiting");
    if (row.state == CheckState::Running)
        return ModelMatrixText::tr("testing…");
    switch (row.category) {
    case Category::Ok:
        return ModelMatrixText::tr("works");
    case Category::ModelNotInFreeTier:
        return ModelMatrixText::tr("not in the free tier");
    case Category::RateLimited:
        return ModelMatrixText::tr("rate limited");
    case Category::DailyQuotaExhausted:
        return ModelMatrixText::tr("daily quota used up");
    case Category::ModelRetired:
        return ModelMatrixText::tr("retired");
    case Category::ModelNotFound:
        return ModelMatrixText::tr("not found");
    case Category::ModelRouted:
        return ModelMatrixText::tr("answered by %1").arg(row.answeredBy);
    case Category::Cancelled:
        return ModelMatrixText::tr("not tested (cancelled)");
    default:
        break;
    }
    return row.diagnosis ? row.diagnosis->title : categoryId(row.category);
}

} // namespace gd
