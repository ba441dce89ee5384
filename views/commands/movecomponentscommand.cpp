#include "movecomponentscommand.h"

namespace seam {

MoveComponentsCommand::MoveComponentsCommand(Document *document, QHash<QString, QPointF> positions, int dragId,
                                             const QString &text, const QHash<QString, std::optional<Zone>> &zones)
    : QUndoCommand(text)
    , m_document(document)
    , m_dragId(dragId)
    , m_positions(std::move(positions))
    , m_layoutBefore(document->model().layout)
{
    for (auto it = zones.begin(); it != zones.end(); ++it) {
        const int index = document->componentIndex(it.key());
        if (index >= 0)
            m_zones.insert(it.key(), {document->model().components[size_t(index)].zone, it.value()});
    }
    setObsolete(changesNothing());
}

void MoveComponentsCommand::redo()
{
    m_document->setPositionsRaw(m_positions);
    setZones(true);
}

void MoveComponentsCommand::undo()
{
    m_document->setLayoutRaw(m_layoutBefore);
    setZones(false);
}

void MoveComponentsCommand::setZones(bool after)
{
    for (auto it = m_zones.begin(); it != m_zones.end(); ++it) {
        const int index = m_document->componentIndex(it.key());
        if (index < 0)
            continue;
        Component component = m_document->model().components[size_t(index)];
        component.zone = after ? it->after : it->before;
        m_document->replaceComponentRaw(index, std::move(component));
    }
}

bool MoveComponentsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const MoveComponentsCommand *>(other);
    if (!o || o->m_document != m_document || m_dragId == 0 || o->m_dragId != m_dragId)
        return false;
    for (auto it = o->m_positions.begin(); it != o->m_positions.end(); ++it)
        m_positions.insert(it.key(), it.value());
    for (auto it = o->m_zones.begin(); it != o->m_zones.end(); ++it) {
        auto mine = m_zones.find(it.key());
        if (mine == m_zones.end())
            m_zones.insert(it.key(), *it);
        else
            mine->after = it->after;
    }
    if (!o->m_zones.isEmpty())
        setText(o->text()); // "Move cart to DMZ" says more than "Move cart"
    setObsolete(changesNothing());
    return true;
}

bool MoveComponentsCommand::changesNothing() const
{
    for (const ZoneChange &change : m_zones)
        if (change.before != change.after)
            return false;
    // Only when every moved component already had an entry at exactly that place.
    if (!m_layoutBefore)
        return m_positions.isEmpty();
    for (auto it = m_positions.begin(); it != m_positions.end(); ++it) {
        const std::string id = it.key().toStdString();
        const auto entry = std::find_if(m_layoutBefore->begin(), m_layoutBefore->end(),
                                        [&](const LayoutEntry &e) { return e.id == id; });
        if (entry == m_layoutBefore->end() || entry->x != it.value().x() || entry->y != it.value().y())
            return false;
    }
    return true;
}

} // namespace seam
