#include "zoneboundaries.h"

#include "views/document.h"
#include "views/modelchange.h"
#include "views/qtstrings.h"

namespace seam {

ZoneBoundaries::ZoneBoundaries(QObject *parent)
    : QObject(parent)
{
}

void ZoneBoundaries::setDocument(Document *document)
{
    if (document == m_document)
        return;
    disconnect(m_connection);
    m_document = document;
    if (document)
        m_connection = connect(document, &Document::changed, this, &ZoneBoundaries::follow);
    emit documentChanged();
    m_cards = document ? zoneCards(*document) : std::vector<ZoneCard> {};
    recompute();
}

void ZoneBoundaries::follow(const ModelChange &change)
{
    // A drag frame only moves cards: update those. Anything else (rows added or removed,
    // which also shifts fallback slots; a zone or kind edited; a new model) rebuilds.
    constexpr ModelChange::Kinds moveOnly = ModelChange::PositionsMoved | ModelChange::PinsChanged;
    const bool onlyMoves = (change.kinds & ~moveOnly) == ModelChange::Kinds();
    if (onlyMoves && m_cards.size() == size_t(m_document->componentCount())) {
        for (const QString &id : change.moved) {
            const int row = m_document->componentIndex(id);
            if (row >= 0)
                m_cards[size_t(row)] = zoneCard(*m_document, row);
        }
    } else {
        m_cards = zoneCards(*m_document);
    }
    recompute();
}

void ZoneBoundaries::recompute()
{
    const ZoneBoxes boxes = zoneBoxes(m_cards);
    if (boxes.rect == m_boxes.rect && boxes.members == m_boxes.members)
        return; // most edits (a description, a pattern, a move inside a box) move no boundary
    m_boxes = boxes;
    ++m_revision;
    emit boundsChanged();
}

QStringList ZoneBoundaries::present() const
{
    QStringList zones;
    for (size_t zone = 0; zone < m_boxes.members.size(); ++zone)
        if (m_boxes.members[zone] > 0)
            zones << toQ(toString(Zone(zone)));
    return zones;
}

QRectF ZoneBoundaries::boundsOf(const QString &zone) const
{
    const auto parsed = parseEnum<Zone>(zone.toStdString());
    return parsed ? m_boxes.of(*parsed) : QRectF();
}

int ZoneBoundaries::membersOf(const QString &zone) const
{
    const auto parsed = parseEnum<Zone>(zone.toStdString());
    return parsed ? m_boxes.members[size_t(*parsed)] : 0;
}

QStringList ZoneBoundaries::joinedBy(const QStringList &ids) const
{
    QStringList zones;
    if (!m_document)
        return zones;
    std::vector<int> rows;
    for (const QString &id : ids)
        rows.push_back(m_document->componentIndex(id));
    for (const ZoneMove &move : dropZones(m_cards, rows))
        if (!zones.contains(toQ(toString(move.zone))))
            zones << toQ(toString(move.zone));
    return zones;
}

} // namespace seam
