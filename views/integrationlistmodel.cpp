#include "integrationlistmodel.h"
#include "qtstrings.h"

#include "document.h"

#include "model/contracts.h"

#include <unordered_set>

namespace seam {

IntegrationListModel::IntegrationListModel(Document *document)
    : ElementListModel(document)
    , m_document(document)
{
    initRows();
    connect(document, &Document::changed, this, &IntegrationListModel::apply);
}

QLineF IntegrationListModel::endpoints(int row) const
{
    const Integration &i = m_document->model().integrationList()[size_t(row)];
    const QSizeF size = m_document->cardSize();
    const QPointF half(size.width() / 2, size.height() / 2);
    const QPointF from = m_document->position(m_document->componentIndex(i.from)) + half;
    const QPointF to = m_document->position(m_document->componentIndex(i.to)) + half;
    return {from, to};
}

namespace {

// "grpc", "grpc · GetCart", "grpc · GetCart +2": short enough to sit on an arrow.
QString summaryOf(const Document &document, const Integration &integration)
{
    const Model &model = document.model();
    QString text = toQ(toString(integration.pattern));
    QString first;
    qsizetype more = 0;
    if (integration.isSync()) {
        // The `to` card through the document's index: Model::findComponent scans the list.
        const int to = document.componentIndex(integration.to);
        const auto operations = effectiveOperations(to >= 0 ? &model.components[size_t(to)] : nullptr, integration);
        if (!operations.empty()) {
            first = toQ(operations.front()->name);
            more = qsizetype(operations.size()) - 1;
        }
    } else {
        const auto events = effectiveEvents(model, integration);
        if (!events.empty()) {
            first = toQ(events.front()->name);
            more = qsizetype(events.size()) - 1;
        }
    }
    if (first.isEmpty())
        return text;
    constexpr qsizetype kMaxName = 18;
    if (first.size() > kMaxName)
        first = first.left(kMaxName - 1) + QChar(0x2026);
    text += QStringLiteral(" · ") + first;
    if (more > 0)
        text += QStringLiteral(" +%1").arg(more);
    return text;
}

} // namespace

QVariant IntegrationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = documentRow(index.row());
    if (row < 0)
        return {};
    const Integration &i = m_document->model().integrationList()[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return toQ(i.displayName());
    case ElementIdRole:
        return toQ(i.id);
    case FromRole:
        return toQ(i.from);
    case ToRole:
        return toQ(i.to);
    case PatternRole:
    case LabelRole:
        return toQ(toString(i.pattern));
    case IsSyncRole:
        return i.isSync();
    case SummaryRole:
        return summaryOf(*m_document, i);
    case FromIndexRole:
        return m_document->componentIndex(i.from);
    case ToIndexRole:
        return m_document->componentIndex(i.to);
    case FromXRole:
        return endpoints(row).p1().x();
    case FromYRole:
        return endpoints(row).p1().y();
    case ToXRole:
        return endpoints(row).p2().x();
    case ToYRole:
        return endpoints(row).p2().y();
    case ErrorCountRole:
        return problemCounts(toQ(i.id)).first;
    case WarningCountRole:
        return problemCounts(toQ(i.id)).second;
    }
    return {};
}

QHash<int, QByteArray> IntegrationListModel::roleNames() const
{
    return {
        {ElementIdRole, "elementId"},
        {FromRole, "from"},
        {ToRole, "to"},
        {PatternRole, "pattern"},
        {IsSyncRole, "isSync"},
        {LabelRole, "label"},
        {NameRole, "name"},
        {FromIndexRole, "fromIndex"},
        {ToIndexRole, "toIndex"},
        {FromXRole, "fromX"},
        {FromYRole, "fromY"},
        {ToXRole, "toX"},
        {ToYRole, "toY"},
        {ErrorCountRole, "errorCount"},
        {WarningCountRole, "warningCount"},
        {SummaryRole, "summary"},
    };
}

int IntegrationListModel::indexOf(const QString &id) const
{
    return m_document->integrationIndex(id);
}

QList<int> IntegrationListModel::problemCountRoles() const
{
    return {ErrorCountRole, WarningCountRole};
}

int IntegrationListModel::documentCount() const
{
    return m_document->integrationCount();
}

QStringList IntegrationListModel::documentIds() const
{
    return m_document->allIntegrationIds();
}

void IntegrationListModel::apply(const ModelChange &change)
{
    if (change.isReset()) {
        resetRows();
        return;
    }
    replayRows(change, ModelChange::Element::Integration, change.integrationsRemoved, change.integrationsAdded);
    rowsChanged(change.integrationsChanged);
    const QList<int> geometry {FromXRole, FromYRole, ToXRole, ToYRole};
    if (change.componentRowsShifted()) {
        // Endpoint rows, and the grid-slot fallback positions that follow them.
        allRowsChanged(QList<int> {FromIndexRole, ToIndexRole} + geometry);
    } else if (!change.moved.isEmpty()) {
        std::unordered_set<std::string> moved; // compared with the model's strings: no conversion per row
        for (const QString &id : change.moved)
            moved.insert(id.toStdString());
        const auto &list = m_document->model().integrationList();
        QList<int> rows;
        for (size_t i = 0; i < list.size(); ++i)
            if (moved.count(list[i].from) || moved.count(list[i].to))
                rows << int(i);
        rowsChanged(rows, geometry);
    }
}

} // namespace seam
