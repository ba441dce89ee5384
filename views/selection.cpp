#include "selection.h"

#include "arrangement.h"

#include "clipboard.h"
#include "document.h"

#include <QRegularExpression>

namespace seam {

Selection::Selection(QObject *parent)
    : QObject(parent)
{
}

void Selection::setDocument(Document *document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::changed, this, [this](const ModelChange &change) {
            // Renamed elements stay selected under their new id.
            for (const ModelChange::Rename &rename : change.renames) {
                const bool component = rename.element == ModelChange::Element::Component;
                QSet<QString> &ids = component ? m_components : m_integrations;
                if (!ids.remove(rename.from))
                    continue;
                ids.insert(rename.to);
                m_order.replaceInStrings(
                    QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(rename.from))), rename.to);
                bump();
            }
            if (change.componentRowsShifted() || change.integrationRowsShifted())
                prune(); // removed elements leave the selection
        });
    }
    clear();
    emit documentChanged();
}

QStringList Selection::componentIds() const
{
    QStringList ids;
    for (const QString &id : m_order)
        if (m_components.contains(id))
            ids << id;
    return ids;
}

QStringList Selection::integrationIds() const
{
    QStringList ids;
    for (const QString &id : m_order)
        if (m_integrations.contains(id))
            ids << id;
    return ids;
}

QString Selection::current() const
{
    return count() == 1 ? m_order.first() : QString();
}

void Selection::bump()
{
    ++m_revision;
    emit changed();
}

void Selection::select(const QString &id, int mode)
{
    selectMany({id}, mode);
}

void Selection::selectMany(const QStringList &ids, int mode)
{
    if (!m_document)
        return;
    if (mode == Replace) {
        m_components.clear();
        m_integrations.clear();
        m_order.clear();
    }
    for (const QString &id : ids) {
        const bool isComponent = m_document->hasComponent(id);
        if (isComponent || m_document->hasIntegration(id))
            apply(id, isComponent, mode);
    }
    bump();
}

void Selection::selectElement(const QString &type, const QString &id, int mode)
{
    if (!m_document)
        return;
    const bool isComponent = type == QLatin1String("component");
    if (isComponent ? !m_document->hasComponent(id) : !m_document->hasIntegration(id))
        return;
    if (mode == Replace) {
        m_components.clear();
        m_integrations.clear();
        m_order.clear();
    }
    apply(id, isComponent, mode);
    bump();
}

void Selection::apply(const QString &id, bool isComponent, int mode)
{
    QSet<QString> &set = isComponent ? m_components : m_integrations;
    if (mode == Toggle && set.contains(id)) {
        set.remove(id);
        if (!m_components.contains(id) && !m_integrations.contains(id))
            m_order.removeAll(id);
    } else if (!set.contains(id)) {
        set.insert(id);
        if (!m_order.contains(id))
            m_order << id;
    }
}

void Selection::selectInRect(const QRectF &rect, int mode)
{
    if (m_document)
        selectMany(m_document->componentsInRect(rect), mode);
}

void Selection::selectAll()
{
    if (m_document)
        selectMany(m_document->allComponentIds() + m_document->allIntegrationIds(), Replace);
}

void Selection::clear()
{
    if (m_order.isEmpty())
        return;
    m_components.clear();
    m_integrations.clear();
    m_order.clear();
    bump();
}

bool Selection::isSelected(const QString &id) const
{
    return m_components.contains(id) || m_integrations.contains(id);
}

void Selection::prune()
{
    if (!m_document)
        return;
    bool changed = false;
    for (auto it = m_order.begin(); it != m_order.end();) {
        const bool keep = m_components.contains(*it) ? m_document->hasComponent(*it) : m_document->hasIntegration(*it);
        if (keep) {
            ++it;
        } else {
            m_components.remove(*it);
            m_integrations.remove(*it);
            it = m_order.erase(it);
            changed = true;
        }
    }
    if (changed)
        bump();
}

void Selection::removeSelected()
{
    if (!m_document || m_order.isEmpty())
        return;
    m_document->removeElements(componentIds(), integrationIds());
}

void Selection::copy()
{
    if (m_document)
        m_document->clipboard()->copy(componentIds());
}

void Selection::cut()
{
    if (m_document)
        m_document->clipboard()->cut(componentIds(), integrationIds());
}

void Selection::paste()
{
    if (!m_document)
        return;
    const QStringList ids = m_document->clipboard()->paste();
    if (!ids.isEmpty())
        selectMany(ids, Replace);
}

void Selection::arrange(const std::function<std::vector<QPointF>(const std::vector<QPointF> &)> &place,
                        const QString &undoText)
{
    if (!m_document)
        return;
    const QStringList ids = componentIds();
    std::vector<QPointF> before;
    for (const QString &id : ids)
        before.push_back(m_document->componentPosition(id));
    const std::vector<QPointF> after = place(before);
    QHash<QString, QPointF> moved;
    for (qsizetype i = 0; i < ids.size(); ++i)
        if (after[size_t(i)] != before[size_t(i)])
            moved.insert(ids[i], after[size_t(i)]);
    m_document->moveComponents(moved, 0, undoText);
}

void Selection::align(const QString &alignment)
{
    const std::optional<Alignment> how = alignmentNamed(alignment);
    if (!how || componentIds().size() < 2)
        return;
    arrange([&](const std::vector<QPointF> &cards) { return alignedPositions(cards, *how); },
            tr("Align %1").arg(alignment));
}

void Selection::distribute(Qt::Orientation axis)
{
    arrange([&](const std::vector<QPointF> &cards) { return distributedPositions(cards, axis); },
            axis == Qt::Horizontal ? tr("Distribute Horizontally") : tr("Distribute Vertically"));
}

void Selection::duplicate()
{
    if (!m_document)
        return;
    const QStringList ids = m_document->duplicate(componentIds());
    if (!ids.isEmpty())
        selectMany(ids, Replace);
}

} // namespace seam
