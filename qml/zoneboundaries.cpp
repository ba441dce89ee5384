#include "zoneboundaries.h"

#include "views/document.h"
#include "views/zoneboxes.h"

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
        m_connection = connect(document, &Document::changed, this, &ZoneBoundaries::recompute);
    emit documentChanged();
    recompute();
}

void ZoneBoundaries::recompute()
{
    ZoneBoxes boxes;
    if (m_document)
        boxes = zoneBoxes(*m_document);
    if (boxes.rect == m_rects && boxes.members == m_members)
        return; // most edits (a description, a pattern) move no boundary
    m_rects = boxes.rect;
    m_members = boxes.members;
    ++m_revision;
    emit boundsChanged();
}

QStringList ZoneBoundaries::present() const
{
    QStringList zones;
    for (size_t zone = 0; zone < m_members.size(); ++zone) {
        if (m_members[zone] == 0)
            continue;
        const std::string_view name = toString(Zone(zone));
        zones << QString::fromLatin1(name.data(), qsizetype(name.size()));
    }
    return zones;
}

QRectF ZoneBoundaries::boundsOf(const QString &zone) const
{
    const auto parsed = parseEnum<Zone>(zone.toStdString());
    return parsed ? m_rects[size_t(*parsed)] : QRectF();
}

int ZoneBoundaries::membersOf(const QString &zone) const
{
    const auto parsed = parseEnum<Zone>(zone.toStdString());
    return parsed ? m_members[size_t(*parsed)] : 0;
}

QStringList ZoneBoundaries::joinedBy(const QStringList &ids) const
{
    QStringList zones;
    if (!m_document)
        return zones;
    for (const ZoneMove &move : dropZones(*m_document, ids)) {
        const std::string_view name = toString(move.zone);
        const QString zone = QString::fromLatin1(name.data(), qsizetype(name.size()));
        if (!zones.contains(zone))
            zones << zone;
    }
    return zones;
}

} // namespace seam
