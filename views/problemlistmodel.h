#pragma once
// Lint findings of the current model for the Problems panel: sorted by
// severity (errors first), then by file line, then by element id. Findings
// that share one root cause (groupFindings) are one group row with the count,
// collapsed at first like a node of an IDE's problems tree; expanding it lists
// its members under it, each selectable like an ungrouped finding.

#include "model/lint/linter.h"

#include <QAbstractListModel>

namespace seam {

class ProblemListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countsChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countsChanged)
    Q_PROPERTY(int infoCount READ infoCount NOTIFY countsChanged)
    Q_PROPERTY(int suppressedCount READ suppressedCount NOTIFY countsChanged)

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, // "severity": "error" | "warning" | "info"
        RuleRole, // "rule": rule id, e.g. "sync-chain"
        MessageRole, // "message"
        HintRole, // "hint": how to fix it
        ElementRole, // "element": primary element id (component or integration)
        ElementTypeRole, // "elementType": "component" | "integration" | "" (model-wide)
        RelatedRole, // "related": QStringList of other element ids
        LineRole, // "line": line in the file it was loaded from, 0 if unknown
        SeverityRankRole, // "severityRank": 0 error, 1 warning, 2 info (for icons/sorting)
        KindRole, // "kind": "finding" | "group" | "member" (a finding listed under its group)
        MemberCountRole, // "memberCount": findings in the row's group (1 for a lone finding)
        ExpandedRole, // "expanded": a group row whose members are listed under it
    };
    Q_ENUM(Role)

    explicit ProblemListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the findings. `componentIds`/`integrationIds` classify elements for the
    // elementType role.
    void setResult(const LintResult &result, const QSet<QString> &componentIds, const QSet<QString> &integrationIds);
    void clear();

    int count() const { return rowCount(); }
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    int infoCount() const { return m_infos; }
    int suppressedCount() const { return m_suppressed; }
    Q_INVOKABLE QVariantMap get(int row) const;
    // Lists a group row's members under it, or hides them again.
    Q_INVOKABLE void toggleGroup(int row);
    // The row's finding; for a group row its first member.
    const Finding &finding(int row) const;

signals:
    void countsChanged();

private:
    struct Row {
        size_t group; // in m_groups
        int member; // position in the group's members; -1 for a group row
    };
    const Finding &memberFinding(const FindingGroup &group, size_t member) const;
    std::vector<Finding> m_findings; // sorted for display
    std::vector<QString> m_elementTypes; // per finding
    std::vector<FindingGroup> m_groups; // over m_findings
    std::vector<bool> m_expanded; // per group
    std::vector<Row> m_rows; // what the view shows
    int m_errors = 0;
    int m_warnings = 0;
    int m_infos = 0;
    int m_suppressed = 0;
};

} // namespace seam
