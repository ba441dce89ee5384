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

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Finding &f = row.finding;
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return toQ(f.message);
    case SeverityRole:
        return toQ(toString(f.severity));
    case RuleRole:
        return toQ(f.rule);
    case HintRole:
        return toQ(f.hint);
    case ElementRole:
        return toQ(f.element);
    case ElementTypeRole:
        return row.elementType;
    case RelatedRole: {
        QStringList related;
        for (const std::string &id : f.related)
            related << toQ(id);
        return related;
    }
    case LineRole:
        return f.mark.line;
    case SeverityRankRole:
        return int(f.severity);
    }
    return {};
}

QHash<int, QByteArray> ProblemListModel::roleNames() const
{
    return {
        {SeverityRole, "severity"}, {RuleRole, "rule"},       {MessageRole, "message"},
        {HintRole, "hint"},         {ElementRole, "element"}, {ElementTypeRole, "elementType"},
        {RelatedRole, "related"},   {LineRole, "line"},       {SeverityRankRole, "severityRank"},
    };
}

void ProblemListModel::setResult(const LintResult &result, const QSet<QString> &componentIds,
                                 const QSet<QString> &integrationIds)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(result.findings.size());
    m_errors = m_warnings = m_infos = 0;
    for (const Finding &finding : result.findings) {
        if (finding.severity == Severity::Off)
            continue;
        const QString element = toQ(finding.element);
        QString type;
        if (componentIds.contains(element))
            type = QStringLiteral("component");
        else if (integrationIds.contains(element))
            type = QStringLiteral("integration");
        m_rows.push_back({finding, type});
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
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.finding.severity != b.finding.severity)
            return a.finding.severity < b.finding.severity;
        if (a.finding.mark.line != b.finding.mark.line)
            return a.finding.mark.line < b.finding.mark.line;
        return a.finding.element < b.finding.element;
    });
    m_suppressed = int(result.suppressed.size());
    endResetModel();
    emit countsChanged();
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
