#pragma once
// What the canvas legend lists: the component kinds and integration patterns the
// model uses, in vocabulary order. How each looks comes from the Vocabulary
// singleton (model/vocabulary.cpp), so the legend cannot disagree with the cards
// and the arrows.

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <QtQml/qqmlregistration.h>

namespace seam {

class Document;
struct ModelChange;

class ModelLegend : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(seam::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QStringList kinds READ kinds NOTIFY contentChanged) // "client", "service" …
    Q_PROPERTY(QStringList patterns READ patterns NOTIFY contentChanged) // "rest", "queue" …

public:
    explicit ModelLegend(QObject *parent = nullptr);

    Document *document() const { return m_document; }
    void setDocument(Document *document);
    QStringList kinds() const { return m_kinds; }
    QStringList patterns() const { return m_patterns; }

signals:
    void documentChanged();
    void contentChanged();

private:
    void follow(const ModelChange &change);
    void recompute();

    QPointer<Document> m_document;
    QMetaObject::Connection m_connection;
    QStringList m_kinds;
    QStringList m_patterns;
};

} // namespace seam
