#pragma once
// What the user has selected on the canvas: UI state, deliberately not part
// of the Document (selecting is not an edit and is not undone). Ids of
// elements that disappear (delete, undo of an add, load) are dropped.
//
// Delegates bind to `revision` so a binding like
//   selected: selection.revision, selection.isSelected(elementId)
// re-evaluates when the selection changes.

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QStringList>

#include <functional>
#include <vector>

namespace seam {

class Document;

class Selection : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("views/document.h")
    Q_PROPERTY(seam::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QStringList componentIds READ componentIds NOTIFY changed)
    Q_PROPERTY(QStringList integrationIds READ integrationIds NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    // The single selected element (what the Inspector shows), "" unless exactly one.
    Q_PROPERTY(QString current READ current NOTIFY changed)

public:
    enum Mode { Replace, Add, Toggle };
    Q_ENUM(Mode)

    explicit Selection(QObject *parent = nullptr);

    Document *document() const { return m_document; }
    void setDocument(Document *document);
    QStringList componentIds() const;
    QStringList integrationIds() const;
    int count() const { return int(m_components.size() + m_integrations.size()); }
    int revision() const { return m_revision; }
    QString current() const;

    // `id` may name a component or an integration (a component when it names both: the
    // lists are separate, so use selectElement for an arrow).
    Q_INVOKABLE void select(const QString &id, int mode = Replace);
    Q_INVOKABLE void selectElement(const QString &type, const QString &id, int mode = Replace);
    Q_INVOKABLE void selectMany(const QStringList &ids, int mode = Replace);
    Q_INVOKABLE void selectInRect(const QRectF &rect, int mode = Replace); // rubber band
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clear();
    Q_INVOKABLE bool isSelected(const QString &id) const;
    Q_INVOKABLE bool isComponentSelected(const QString &id) const { return m_components.contains(id); }
    Q_INVOKABLE bool isIntegrationSelected(const QString &id) const { return m_integrations.contains(id); }
    // Delete key: removes the selection (components with their integrations), one undo step.
    Q_INVOKABLE void removeSelected();
    Q_INVOKABLE void copy();
    Q_INVOKABLE void cut();
    Q_INVOKABLE void paste(); // selects what was pasted
    Q_INVOKABLE void duplicate(); // selects the copies
    // Edit ▸ Align (views/arrangement.h), one undo step each: `alignment` is "left", "centre",
    // "right", "top", "middle" or "bottom"; distribute spreads three or more cards evenly.
    Q_INVOKABLE void align(const QString &alignment);
    Q_INVOKABLE void distribute(Qt::Orientation axis);

signals:
    void documentChanged();
    void changed();

private:
    void prune();
    void bump();
    void apply(const QString &id, bool isComponent, int mode);
    // Moves the selected cards to where `place` puts them, as one undo step named `undoText`.
    void arrange(const std::function<std::vector<QPointF>(const std::vector<QPointF> &)> &place,
                 const QString &undoText);

    Document *m_document = nullptr;
    QSet<QString> m_components;
    QSet<QString> m_integrations;
    QStringList m_order; // selection order, so `current` and lists are stable
    int m_revision = 0;
};

} // namespace seam
