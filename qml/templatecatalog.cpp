#include "templatecatalog.h"

#include "templates/catalog.h"
#include "views/qtstrings.h"

namespace seam {

TemplateCatalog::TemplateCatalog(QObject *parent)
    : QObject(parent)
{
}

QVariantList TemplateCatalog::templates() const
{
    QVariantList list;
    for (const ModelTemplate &entry : templateCatalog()) {
        list.append(QVariantMap {{QStringLiteral("name"), toQ(entry.name)},
                                 {QStringLiteral("title"), toQ(entry.title)},
                                 {QStringLiteral("description"), toQ(entry.description)}});
    }
    return list;
}

} // namespace seam
