#include "flowlistmodel.h"
#include "qtstrings.h"

#include "document.h"

namespace seam {

namespace {

QStringList flowIds(const Document *document)
{
    QStringList ids;
    if (document)
        for (const Flow &flow : document->model().flowList())
            ids << toQ(flow.id);
    return ids;
}

QString kindName(NumberedStep::Kind kind)
{
    switch (kind) {
    case NumberedStep::Kind::Group:
        return QStringLiteral("group");
    case NumberedStep::Kind::Compensation:
        return QStringLiteral("compensation");
    case NumberedStep::Kind::Call:
        break;
    }
    return QStringLiteral("call");
}

} // namespace

FlowListModel::FlowListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FlowListModel::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &Document::changed, this, &FlowListModel::follow);
    beginResetModel();
    m_ids = flowIds(document);
    endResetModel();
    ++m_revision;
    emit documentChanged();
    emit countChanged();
    emit revisionChanged();
}

int FlowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

const Flow *FlowListModel::flow(const QString &flowId) const
{
    if (!m_document)
        return nullptr;
    const std::string id = flowId.toStdString();
    for (const Flow &f : m_document->model().flowList())
        if (f.id == id)
            return &f;
    return nullptr;
}

QVariant FlowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flow *f = flow(m_ids.at(index.row()));
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return toQ(f->displayName());
    case FlowIdRole:
        return toQ(f->id);
    case StepCountRole:
        return callStepCount(*f);
    case SlaRole:
        return f->sla && f->sla->latencyP95Ms ? QStringLiteral("p95 %1 ms").arg(numberQ(*f->sla->latencyP95Ms))
                                              : QString();
    case DescriptionRole:
        return f->description ? toQ(*f->description) : QString();
    case DriverRole:
        return f->driver ? toQ(*f->driver) : QString();
    }
    return {};
}

QHash<int, QByteArray> FlowListModel::roleNames() const
{
    return {
        {FlowIdRole, "flowId"},           {NameRole, "name"},     {StepCountRole, "stepCount"}, {SlaRole, "sla"},
        {DescriptionRole, "description"}, {DriverRole, "driver"},
    };
}

int FlowListModel::indexOf(const QString &flowId) const
{
    return int(m_ids.indexOf(flowId));
}

QVariantList FlowListModel::steps(const QString &flowId) const
{
    QVariantList list;
    const Flow *f = flow(flowId);
    if (!f)
        return list;
    for (const NumberedStep &s : numberedSteps(m_document->model(), *f))
        list << QVariantMap {
            {QStringLiteral("kind"), kindName(s.kind)},
            {QStringLiteral("number"), s.number},
            {QStringLiteral("depth"), s.depth},
            {QStringLiteral("integration"), s.integration},
            {QStringLiteral("from"), s.from},
            {QStringLiteral("to"), s.to},
            {QStringLiteral("fromName"), s.fromName},
            {QStringLiteral("toName"), s.toName},
            {QStringLiteral("operation"), s.operation},
            {QStringLiteral("event"), s.event},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("when"), s.when},
            {QStringLiteral("undoes"), s.undoes},
            {QStringLiteral("viaStep"), s.viaStep},
            {QStringLiteral("irreversible"), s.irreversible},
        };
    return list;
}

QStringList FlowListModel::integrationIds(const QString &flowId) const
{
    QStringList ids;
    const Flow *f = flow(flowId);
    if (!f)
        return ids;
    for (const NumberedStep &s : numberedSteps(m_document->model(), *f))
        if (!s.integration.isEmpty() && !ids.contains(s.integration))
            ids << s.integration;
    return ids;
}

QStringList FlowListModel::componentIds(const QString &flowId) const
{
    QStringList ids;
    const Flow *f = flow(flowId);
    if (!f)
        return ids;
    auto add = [&](const QString &id) {
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    };
    if (f->driver)
        add(toQ(*f->driver));
    for (const NumberedStep &s : numberedSteps(m_document->model(), *f)) {
        add(s.from);
        add(s.to);
    }
    return ids;
}

void FlowListModel::follow(const ModelChange &change)
{
    // Positions and pins never change what a flow says; anything else may (a renamed or
    // removed integration, a component's new name, the flows themselves).
    const ModelChange::Kinds irrelevant = ModelChange::PositionsMoved | ModelChange::PinsChanged;
    if ((change.kinds & ~irrelevant) == ModelChange::Kinds())
        return;
    rebuild();
}

void FlowListModel::rebuild()
{
    const QStringList ids = flowIds(m_document);
    if (ids == m_ids) {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0), index(int(m_ids.size()) - 1));
    } else {
        const bool countChanges = ids.size() != m_ids.size();
        beginResetModel();
        m_ids = ids;
        endResetModel();
        if (countChanges)
            emit countChanged();
    }
    ++m_revision;
    emit revisionChanged();
}

} // namespace seam
