#include "movecomponentscommand.h"

namespace seam {

MoveComponentsCommand::MoveComponentsCommand(Document *document, QHash<QString, QPointF> positions, int dragId,
                                             const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_dragId(dragId)
    , m_positions(std::move(positions))
    , m_layoutBefore(document->model().layout)
{
    setObsolete(changesNothing());
}

void MoveComponentsCommand::redo()
{
    m_document->setPositionsRaw(m_positions);
}

void MoveComponentsCommand::undo()
{
    m_document->setLayoutRaw(m_layoutBefore);
}

bool MoveComponentsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const MoveComponentsCommand *>(other);
    if (!o || o->m_document != m_document || m_dragId == 0 || o->m_dragId != m_dragId)
        return false;
    for (auto it = o->m_positions.begin(); it != o->m_positions.end(); ++it)
        m_positions.insert(it.key(), it.value());
    setObsolete(changesNothing());
    return true;
}

bool MoveComponentsCommand::changesNothing() const
{
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
