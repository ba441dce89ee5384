#include "lintrules.h"

#include "model/lint/linter.h"

namespace seam {

namespace {
QString str(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
} // namespace

LintRules::LintRules(QObject *parent)
    : QObject(parent)
{
}

QVariantList LintRules::rules() const
{
    QVariantList list;
    for (const RuleInfo &rule : ruleCatalog()) {
        list.append(QVariantMap{{QStringLiteral("id"), str(rule.id)},
                                {QStringLiteral("severity"), str(toString(rule.defaultSeverity))},
                                {QStringLiteral("title"), str(rule.title)},
                                {QStringLiteral("rationale"), str(rule.rationale)},
                                {QStringLiteral("hint"), str(rule.hint)},
                                {QStringLiteral("example"), str(rule.example)}});
    }
    return list;
}

} // namespace seam
