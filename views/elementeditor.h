#pragma once
// The Inspector's view of one component or integration: every field of the
// file format as a row, with its editor type, current value, enum choices,
// default and an inline validation error.
//
// A QML inspector is a ListView/Repeater over this model with a DelegateChooser
// on `type`; edits call setValue(key, value). A valid write becomes one undo
// step (consecutive writes to the same field merge, so typing is one step); an
// invalid write is not applied and sets that row's `error` instead (cleared by
// the next valid write to the field, or when the element changes). Range errors
// are the loader's words with the row's label where the loader names the YAML
// key ("Timeout must be at least 1, not 0").
//
// Field keys are the format's own spellings, dotted for nesting:
//   component:   id name kind description owner technology zone
//                sla.availability sla.latency_p95_ms sla.latency_p99_ms sla.throughput_rps
//                tags suppress
//   integration: id from to pattern name description timeout_ms delivery operations events
//                reliability.retry.max_attempts reliability.retry.backoff reliability.retry.initial_ms
//                reliability.retry.max_ms reliability.retry.jitter
//                reliability.circuit_breaker.failure_threshold reliability.circuit_breaker.open_ms
//                reliability.circuit_breaker.half_open_successes reliability.idempotency
//                reliability.dead_letter reliability.dead_letter.retention_days
//                reliability.dead_letter.alert_depth reliability.fallback
//                security.auth security.tls security.signature security.data
//                rate_limit.requests rate_limit.per rate_limit.burst suppress
//
// Values: scalars are written as strings (what a TextField holds); "" unsets an
// optional field. "bool" fields take true/false, or "" for "unset" on tri-state
// ones. "enum" fields take one of `choices` ("" = unset when optional).
// "list" fields (tags) take a QStringList. "operations"/"events"/"suppressions"
// take a QVariantList of QVariantMaps keyed by the format's spellings (e.g.
// {name, method, path, kind, request, response, critical, errors}), and can be
// edited item-wise with setListItemField/addListItem/removeListItem.

#include "modelchange.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace seam {

class Document;

class ElementEditor : public QAbstractListModel {
    Q_OBJECT
    Q_MOC_INCLUDE("views/document.h")
    Q_PROPERTY(seam::Document *document READ document WRITE setDocument NOTIFY documentChanged)
    // The element shown: a component or integration id; "" shows nothing.
    Q_PROPERTY(QString elementId READ elementId WRITE setElementId NOTIFY elementChanged)
    // "component" | "integration" | "". Component and integration ids live in separate lists
    // and may coincide: writing "integration" makes the editor prefer the integration.
    Q_PROPERTY(QString elementType READ elementType WRITE setElementType NOTIFY elementChanged)
    Q_PROPERTY(bool hasErrors READ hasErrors NOTIFY errorsChanged)
    Q_PROPERTY(int count READ count NOTIFY elementChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // "key": field key (see above)
        LabelRole, // "label": human label, e.g. "Timeout"
        GroupRole, // "group": section heading, e.g. "Reliability"
        TypeRole, // "type": text | multiline | int | number | bool | enum | list |
                  //         operations | events | suppressions | reference
        ValueRole, // "value": see above; for operations/events/suppressions a QVariantList
        ChoicesRole, // "choices": QStringList for enum/reference ("" first when optional)
        DefaultRole, // "defaultText": what applies when unset (placeholder), e.g. "at-least-once"
        UnitRole, // "unit": "ms", "%", "rps", "days", "" ...
        ErrorRole, // "error": why the last write was refused, "" when fine
        RequiredRole, // "required"
        IsSetRole, // "isSet": the user wrote a value (vs the default applying)
    };
    Q_ENUM(Role)

    explicit ElementEditor(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Document *document() const { return m_document; }
    void setDocument(Document *document);
    QString elementId() const { return m_elementId; }
    void setElementId(const QString &id);
    QString elementType() const;
    void setElementType(const QString &type);
    // Both at once (what a click on a card or an arrow knows).
    Q_INVOKABLE void setElement(const QString &type, const QString &id);
    bool hasErrors() const;
    int count() const { return rowCount(); }

    // Writes a field; returns true when applied (or unchanged), false when refused
    // (the row's error says why). Renaming `id` goes through the rename command and the
    // editor follows the element to its new id.
    Q_INVOKABLE bool setValue(const QString &key, const QVariant &value);
    // The same as an undo step of its own, never merged with the write before it: an edit
    // committed in one go (rename in place on the canvas, a context menu's choice).
    Q_INVOKABLE bool commitValue(const QString &key, const QVariant &value);
    Q_INVOKABLE QVariant value(const QString &key) const;
    Q_INVOKABLE QString error(const QString &key) const;
    Q_INVOKABLE QStringList choices(const QString &key) const;
    Q_INVOKABLE QStringList keys() const;
    // Item-wise list editing for operations/events/suppressions (tags: field is ignored,
    // the item is the string). Each is one undoable write of the whole list.
    Q_INVOKABLE bool setListItemField(const QString &key, int row, const QString &field, const QVariant &value);
    Q_INVOKABLE bool addListItem(const QString &key, const QVariant &item = {});
    Q_INVOKABLE bool removeListItem(const QString &key, int row);
    // Choices of the item fields of a list: e.g. ("operations", "method") → GET POST ...
    Q_INVOKABLE QStringList itemChoices(const QString &key, const QString &field) const;
    // The fields to show for `item` of a list, in the format's order: those the element's pattern
    // uses (operationFieldApplies), plus any the file sets, so nothing written is hidden.
    Q_INVOKABLE QStringList itemFields(const QString &key, const QVariantMap &item) const;

signals:
    void documentChanged();
    void elementChanged();
    void errorsChanged();

private:
    void follow(const ModelChange &change); // the document changed
    void rebuild();
    void refreshValues();
    int rowOf(const QString &key) const;
    void setError(const QString &key, const QString &message);
    bool write(const QString &key, const QVariant &value, const QString &mergeKey);

    Document *m_document = nullptr;
    QString m_elementId;
    QString m_preferredType;
    int m_addCount = 0;
    int m_commitCount = 0; // makes each commitValue's merge key unique
    std::vector<QString> m_keys;
    QHash<QString, QString> m_errors;
};

} // namespace seam
