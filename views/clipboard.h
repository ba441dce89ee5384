#pragma once
// Copy, cut and paste of a Document's components, as .seam.yaml text so users can paste
// between files (and into a text editor). A fragment holds the components with their
// layout, every integration between them, and the schemas those integrations reference
// (transitively), so the pasted contracts still resolve in another file.
//
// Owned by its Document (Document::clipboard()); edits go through the document's undo stack.

#include <QObject>
#include <QString>
#include <QStringList>

namespace seam {

class Document;
struct Model;

class Clipboard : public QObject {
    Q_OBJECT

public:
    explicit Clipboard(Document *document);

    // copy/cut take the selected components; the integrations among them travel along.
    // cut also removes `integrationIds` (selected integrations with an end left behind).
    Q_INVOKABLE void copy(const QStringList &componentIds);
    Q_INVOKABLE void cut(const QStringList &componentIds, const QStringList &integrationIds = {});
    // Pastes the system clipboard (if it holds a Seam fragment) offset so it does not cover
    // the originals; returns the new component ids (empty when nothing pasteable).
    Q_INVOKABLE QStringList paste();
    Q_INVOKABLE bool canPaste() const;

    // The same without the system clipboard (tests, duplicate, drag-and-drop).
    QString copyToText(const QStringList &componentIds) const;
    // Fresh ids where the originals are taken ("orders" → "orders-2"); one undo step.
    QStringList pasteText(const QString &text, double dx = 40, double dy = 40);

private:
    Model fragment(const QStringList &componentIds) const;

    Document *m_document;
};

} // namespace seam
