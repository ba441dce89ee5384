#include "lintrules.h"

#include "model/lint/linter.h"
#include "views/qtstrings.h"

namespace seam {

LintRules::LintRules(QObject *parent)
    : QObject(parent)
{
}

QVariantList LintRules::rules() const
{
    QVariantList list;
    for (const RuleInfo &rule : ruleCatalog()) {
        list.append(QVariantMap {{QStringLiteral("id"), toQ(rule.id)},
                                 {QStringLiteral("severity"), toQ(toString(rule.defaultSeverity))},
                                 {QStringLiteral("title"), toQ(rule.title)},
                                 {QStringLiteral("rationale"), toQ(rule.rationale)},
                                 {QStringLiteral("hint"), toQ(rule.hint)},
                                 {QStringLiteral("example"), toQ(rule.example)}});
    }
    return list;
}

} // namespace seam
