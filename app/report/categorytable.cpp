#include "categorytable.h"

#include "diagnosis/remediationcatalog.h"

using namespace Qt::StringLiterals;

namespace gd {

QString categoryTableMarkdown()
{
    const RemediationCatalog &catalog = RemediationCatalog::builtIn();
    QString table = u"| category | title | what it means | retry helps |\n|---|---|---|---|\n"_s;
    for (const Category category : allCategories()) {
        table += u"| `%1` | %2 | %3 | %4 |\n"_s.arg(
            categoryId(category), catalog.title(category), catalog.explanation(category, {}),
            catalog.retryable(category) ? u"yes"_s : u"no"_s);
    }
    return table;
}

} // namespace gd
