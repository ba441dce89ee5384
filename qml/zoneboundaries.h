#pragma once
// The trust-zone boundaries the canvas draws behind the cards (views/zoneboxes.h). It
// keeps every card's position and zone in a flat list and, on a drag frame, updates only
// the cards that moved, so following a drag of a few cards on a model of thousands costs
// microseconds and QML never walks the cards; the canvas has one item per zone that reads
// boundsOf().

#include "model/enums.h"
#include "views/zoneboxes.h"

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QStringList>

#include <QtQml/qqmlregistration.h>

#include <vector>

namespace seam {

class Document;
struct ModelChange;

class ZoneBoundaries : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(seam::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    // Zones with members, in vocabulary order ("public", "dmz" …).
    Q_PROPERTY(QStringList present READ present NOTIFY boundsChanged)
    // +1 whenever a box changed: bind `revision, boundsOf(zone)`.
    Q_PROPERTY(int revision READ revision NOTIFY boundsChanged)

public:
    explicit ZoneBoundaries(QObject *parent = nullptr);

    Document *document() const { return m_document; }
    void setDocument(Document *document);
    QStringList present() const;
    int revision() const { return m_revision; }

    // The zone's boundary in scene pixels; an empty rect when it has no members.
    Q_INVOKABLE QRectF boundsOf(const QString &zone) const;
    Q_INVOKABLE int membersOf(const QString &zone) const;
    // The zones these cards would join if dropped where they are now (Document::dropComponents):
    // the canvas highlights them during a drag.
    Q_INVOKABLE QStringList joinedBy(const QStringList &ids) const;

signals:
    void documentChanged();
    void boundsChanged();

private:
    void follow(const ModelChange &change);
    void recompute();

    QPointer<Document> m_document;
    QMetaObject::Connection m_connection;
    std::vector<ZoneCard> m_cards; // by component row
    ZoneBoxes m_boxes;
    int m_revision = 0;
};

} // namespace seam
