#pragma once
// What one edit did to a Document's model, as one value: Document::changed()
// carries it after every mutation (edits, undo, redo, load), and the list
// models, the selection and the inspector update themselves from it instead
// of being driven by Document.
//
// Rows follow Qt's model protocol so a listener can replay them: removed rows
// are numbered as before the edit, added and changed rows as after it, all
// ascending. Apply removals (from the last), then insertions (from the first),
// then the rest. A Reset says "everything": its lists are empty and a
// listener rebuilds.

#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace seam {

struct ModelChange {
    enum Kind : unsigned {
        Reset = 1u << 0, // a different model (load, new, recover): rebuild
        ComponentsAdded = 1u << 1,
        ComponentsRemoved = 1u << 2,
        ComponentsChanged = 1u << 3, // fields of existing components (not their id: Renamed)
        IntegrationsAdded = 1u << 4,
        IntegrationsRemoved = 1u << 5,
        IntegrationsChanged = 1u << 6, // fields, including from/to rewritten by a component rename
        Renamed = 1u << 7, // an id changed; references to it changed with it
        PositionsMoved = 1u << 8, // layout entries of components were set, added or removed
        SchemasChanged = 1u << 9,
        FlowsChanged = 1u << 10,
        HeaderChanged = 1u << 11, // the model's name or description
        ListPresence = 1u << 12, // `integrations:` or `layout:` appeared or went (empty is not absent)
        PinsChanged = 1u << 13, // session state, not content: no revision, no lint, no autosave
    };
    Q_DECLARE_FLAGS(Kinds, Kind)

    enum class Element { Component, Integration };
    struct Rename {
        Element element;
        QString from;
        QString to;
        bool operator==(const Rename &) const = default;
    };

    Kinds kinds;
    QList<int> componentsRemoved; // rows before the edit
    QList<int> componentsAdded; // rows after the edit
    QList<int> componentsChanged; // rows after the edit
    QList<int> integrationsRemoved;
    QList<int> integrationsAdded;
    QList<int> integrationsChanged;
    QList<Rename> renames;
    QStringList moved; // ids of (still existing) components whose layout entry changed
    QStringList pins; // ids of components whose pin flipped

    bool has(Kind kind) const { return kinds.testFlag(kind); }
    bool isReset() const { return has(Reset); }
    // Content changes count as edits (revision, lint, autosave); pins do not.
    bool isContent() const { return (kinds & ~Kinds(PinsChanged)) != Kinds(); }
    bool isEmpty() const { return kinds == Kinds(); }
    // Component rows were inserted or removed: rows after them (and their fallback grid slots) shifted.
    bool componentRowsShifted() const
    {
        return isReset() || !componentsAdded.isEmpty() || !componentsRemoved.isEmpty();
    }
    bool integrationRowsShifted() const
    {
        return isReset() || !integrationsAdded.isEmpty() || !integrationsRemoved.isEmpty();
    }

    static ModelChange reset()
    {
        ModelChange change;
        change.kinds = Reset;
        return change;
    }

    // "components added [5]; positions moved [service]": for test messages and logs.
    QString describe() const;

    bool operator==(const ModelChange &) const = default;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ModelChange::Kinds)

} // namespace seam

Q_DECLARE_METATYPE(seam::ModelChange)
