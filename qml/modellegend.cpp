#include "modellegend.h"

#include "model/vocabulary.h"
#include "views/document.h"
#include "views/qtstrings.h"

#include <array>

namespace seam {

namespace {

template <typename Row, size_t N> QStringList used(std::span<const Row> table, const std::array<bool, N> &seen)
{
    QStringList out;
    for (const Row &row : table)
        if (seen[size_t(row.value)])
            out << toQ(row.spelling);
    return out;
}

} // namespace

ModelLegend::ModelLegend(QObject *parent)
    : QObject(parent)
{
}

void ModelLegend::setDocument(Document *document)
{
    if (document == m_document)
        return;
    disconnect(m_connection);
    m_document = document;
    if (document)
        m_connection = connect(document, &Document::changed, this, &ModelLegend::follow);
    emit documentChanged();
    recompute();
}

void ModelLegend::follow(const ModelChange &change)
{
    // Moves (every drag frame) and pins add or remove no kind or pattern.
    constexpr ModelChange::Kinds unrelated = ModelChange::PositionsMoved | ModelChange::PinsChanged
        | ModelChange::HeaderChanged | ModelChange::FlowsChanged | ModelChange::SchemasChanged;
    if ((change.kinds & ~unrelated) != ModelChange::Kinds())
        recompute();
}

void ModelLegend::recompute()
{
    std::array<bool, enumCount<ComponentKind>> kinds {};
    std::array<bool, enumCount<Pattern>> patterns {};
    if (m_document) {
        for (const Component &c : m_document->model().components)
            kinds[size_t(c.kind)] = true;
        for (const Integration &i : m_document->model().integrationList())
            patterns[size_t(i.pattern)] = true;
    }
    QStringList k = used(kindTable(), kinds), p = used(patternTable(), patterns);
    if (k == m_kinds && p == m_patterns)
        return;
    m_kinds = std::move(k);
    m_patterns = std::move(p);
    emit contentChanged();
}

} // namespace seam
