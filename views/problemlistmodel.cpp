#include "problemlistmodel.h"
#include "qtstrings.h"

#include <QSet>

#include <algorithm>

namespace seam {

namespace {

} // namespace

ProblemListModel::ProblemListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const Finding &ProblemListModel::memberFinding(const FindingGroup &group, size_t member) const
{
    return m_findings[group.members[member]];
}

const Finding &ProblemListModel::finding(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return memberFinding(m_groups[r.group], size_t(std::max(0, r.member)));
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const FindingGroup &group = m_groups[row.group];
    const bool header = row.member < 0;
    const size_t position = group.members[size_t(std::max(0, row.member))];
    const Finding &f = m_findings[position];
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return toQ(header ? groupHeadline(group) : f.note.empty() ? f.message : f.message + " (" + f.note + ")");
    case SeverityRole:
        return toQ(toString(f.severity));
    case RuleRole:
        return toQ(f.rule);
    case HintRole:
        return toQ(f.hint);
    case ElementRole:
        return header ? QString() : toQ(f.element);
    case ElementTypeRole:
        return header ? QString() : m_elementTypes[position];
    case RelatedRole: {
        QStringList related;
        if (header) // a group row relates its members' elements
            for (const size_t member : group.members)
                related << toQ(m_findings[member].element);
        else
            for (const std::string &id : f.related)
                related << toQ(id);
        return related;
    }
    case LineRole:
        return f.mark.line;
    case SeverityRankRole:
        return int(f.severity);
    case KindRole:
        return header         ? QStringLiteral("group")
            : group.grouped() ? QStringLiteral("member")
                              : QStringLiteral("finding");
    case MemberCountRole:
        return int(group.members.size());
    case ExpandedRole:
        return bool(m_expanded[row.group]);
    }
    return {};
}

QHash<int, QByteArray> ProblemListModel::roleNames() const
{
    return {
        {SeverityRole, "severity"},         {RuleRole, "rule"},
        {MessageRole, "message"},           {HintRole, "hint"},
        {ElementRole, "element"},           {ElementTypeRole, "elementType"},
        {RelatedRole, "related"},           {LineRole, "line"},
        {SeverityRankRole, "severityRank"}, {KindRole, "kind"},
        {MemberCountRole, "memberCount"},   {ExpandedRole, "expanded"},
    };
}

void ProblemListModel::setResult(const LintResult &result, const QSet<QString> &componentIds,
                                 const QSet<QString> &integrationIds)
{
    beginResetModel();
    m_findings.clear();
    m_elementTypes.clear();
    m_rows.clear();
    m_errors = m_warnings = m_infos = 0;
    for (const Finding &finding : result.findings) {
        if (finding.severity == Severity::Off)
            continue;
        m_findings.push_back(finding);
        switch (finding.severity) {
        case Severity::Error:
            ++m_errors;
            break;
        case Severity::Warning:
            ++m_warnings;
            break;
        default:
            ++m_infos;
            break;
        }
    }
    // Most severe first; within a severity in file order, then by element so new
    // (unplaced, line 0) elements have a stable place.
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.mark.line != b.mark.line)
            return a.mark.line < b.mark.line;
        return a.element < b.element;
    });
    for (const Finding &finding : m_findings) {
        const QString element = toQ(finding.element);
        QString type;
        if (componentIds.contains(element))
            type = QStringLiteral("component");
        else if (integrationIds.contains(element))
            type = QStringLiteral("integration");
        m_elementTypes.push_back(type);
    }
    // Groups that were open stay open across edits (ids are stable).
    QSet<QString> open;
    for (size_t g = 0; g < m_groups.size() && g < m_expanded.size(); ++g)
        if (m_expanded[g])
            open.insert(toQ(m_groups[g].id));
    m_groups = groupFindings(m_findings);
    m_expanded.assign(m_groups.size(), false);
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const bool grouped = m_groups[g].grouped();
        m_expanded[g] = grouped && open.contains(toQ(m_groups[g].id));
        m_rows.push_back({g, grouped ? -1 : 0});
        if (m_expanded[g])
            for (size_t m = 0; m < m_groups[g].members.size(); ++m)
                m_rows.push_back({g, int(m)});
    }
    m_suppressed = int(result.suppressed.size());
    endResetModel();
    emit countsChanged();
}

void ProblemListModel::toggleGroup(int row)
{
    if (row < 0 || row >= rowCount() || m_rows[size_t(row)].member >= 0)
        return;
    const size_t group = m_rows[size_t(row)].group;
    const int members = int(m_groups[group].members.size());
    if (m_expanded[group]) {
        beginRemoveRows({}, row + 1, row + members);
        m_rows.erase(m_rows.begin() + row + 1, m_rows.begin() + row + 1 + members);
        m_expanded[group] = false;
        endRemoveRows();
    } else {
        beginInsertRows({}, row + 1, row + members);
        std::vector<Row> added;
        for (int m = 0; m < members; ++m)
            added.push_back({group, m});
        m_rows.insert(m_rows.begin() + row + 1, added.begin(), added.end());
        m_expanded[group] = true;
        endInsertRows();
    }
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {ExpandedRole});
    emit countsChanged(); // count is the number of rows shown
}

void ProblemListModel::clear()
{
    setResult({}, {}, {});
}

QVariantMap ProblemListModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        map.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
    return map;
}

} // namespace seam
