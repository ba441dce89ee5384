#pragma once
// The lint rule catalog (model/lint/linter.h) for Help ▸ Lint rules.

#include <QObject>
#include <QVariantList>

#include <QtQml/qqmlregistration.h>

namespace seam {

class LintRules : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // [{id, severity, title, rationale, hint, example}] in catalog order.
    Q_PROPERTY(QVariantList rules READ rules CONSTANT)

public:
    explicit LintRules(QObject *parent = nullptr);
    QVariantList rules() const;
};

} // namespace seam
