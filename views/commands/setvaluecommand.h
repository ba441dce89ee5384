#pragma once
// One template for every "set a field" edit (after Tiled's ChangeValue): the
// setter runs on a copy of the element and the command keeps the element
// before and after. Keeping whole elements rather than one field makes nested
// optionals (reliability.retry.backoff on an integration without reliability)
// undo exactly, including the parents the setter had to create.
//
// Consecutive writes to the same (element, field) merge into one undo step, so
// typing a name is one step; a merge that ends where it started is obsolete
// and disappears from the stack.

#include "commandids.h"
#include "views/document.h"

#include <QUndoCommand>

#include <functional>
#include <string>

namespace seam {

// The top-level fields edited from the editor (name, description).
struct ModelHeader {
    std::string name;
    std::optional<std::string> description;
    bool operator==(const ModelHeader &) const = default;
};

template <typename Element> struct ElementAccess;

template <> struct ElementAccess<Component> {
    static constexpr int commandId = SetComponentValueId;
    static int indexOf(const Document &doc, const std::string &id) { return doc.componentIndex(id); }
    static Component get(const Document &doc, int index) { return doc.model().components[size_t(index)]; }
    static void set(Document &doc, int index, Component value) { doc.replaceComponentRaw(index, std::move(value)); }
};

template <> struct ElementAccess<Integration> {
    static constexpr int commandId = SetIntegrationValueId;
    static int indexOf(const Document &doc, const std::string &id)
    {
        return doc.integrationIndex(QString::fromStdString(id));
    }
    static Integration get(const Document &doc, int index) { return doc.model().integrationList()[size_t(index)]; }
    static void set(Document &doc, int index, Integration value) { doc.replaceIntegrationRaw(index, std::move(value)); }
};

template <> struct ElementAccess<ModelHeader> {
    static constexpr int commandId = SetHeaderValueId;
    static int indexOf(const Document &, const std::string &) { return 0; }
    static ModelHeader get(const Document &doc, int) { return {doc.model().name, doc.model().description}; }
    static void set(Document &doc, int, ModelHeader value) { doc.setHeaderRaw(value.name, value.description); }
};

template <typename Element> class SetValueCommand : public QUndoCommand {
public:
    using Access = ElementAccess<Element>;

    // `field` names what is edited (merge key); the element must exist.
    SetValueCommand(Document *document, std::string elementId, QString field,
                    const std::function<void(Element &)> &setter, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_elementId(std::move(elementId))
        , m_field(std::move(field))
    {
        const int index = Access::indexOf(*document, m_elementId);
        Q_ASSERT(index >= 0);
        m_before = Access::get(*document, index);
        m_after = m_before;
        setter(m_after);
        setObsolete(m_before == m_after);
    }

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }
    int id() const override { return Access::commandId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const SetValueCommand *>(other);
        if (!o || o->m_document != m_document || o->m_elementId != m_elementId || o->m_field != m_field)
            return false;
        m_after = o->m_after;
        setObsolete(m_before == m_after);
        return true;
    }

    const Element &before() const { return m_before; }
    const Element &after() const { return m_after; }

private:
    void apply(const Element &value)
    {
        const int index = Access::indexOf(*m_document, m_elementId);
        if (index >= 0)
            Access::set(*m_document, index, value);
    }

    Document *m_document;
    std::string m_elementId;
    QString m_field;
    Element m_before;
    Element m_after;
};

using SetComponentValueCommand = SetValueCommand<Component>;
using SetIntegrationValueCommand = SetValueCommand<Integration>;
using SetHeaderValueCommand = SetValueCommand<ModelHeader>;

} // namespace seam
