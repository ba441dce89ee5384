#include "model.h"

#include "vocabulary.h"

namespace seam {

Zone Component::effectiveZone() const
{
    return zone ? *zone : kindInfo(kind).defaultZone;
}

bool Component::isDataStore() const
{
    return kindInfo(kind).dataStore;
}
bool Component::isDestination() const
{
    return kindInfo(kind).destination;
}

std::optional<Delivery> Integration::effectiveDelivery() const
{
    if (delivery)
        return delivery;
    if (isAsync())
        return Delivery::AtLeastOnce;
    return std::nullopt;
}

Idempotency Integration::effectiveIdempotency() const
{
    if (reliability && reliability->idempotency)
        return *reliability->idempotency;
    return Idempotency::None;
}

namespace {
template <typename T> const std::vector<T> &listOrEmpty(const std::optional<std::vector<T>> &list)
{
    static const std::vector<T> empty;
    return list ? *list : empty;
}

template <typename T, typename Key> const T *findIn(const std::vector<T> &list, std::string_view key, Key T::*member)
{
    for (const T &item : list)
        if (item.*member == key)
            return &item;
    return nullptr;
}
} // namespace

const std::vector<Integration> &Model::integrationList() const
{
    return listOrEmpty(integrations);
}
const std::vector<Schema> &Model::schemaList() const
{
    return listOrEmpty(schemas);
}
const std::vector<Flow> &Model::flowList() const
{
    return listOrEmpty(flows);
}
const std::vector<LayoutEntry> &Model::layoutList() const
{
    return listOrEmpty(layout);
}

const Component *Model::findComponent(std::string_view id) const
{
    return findIn(components, id, &Component::id);
}
const Integration *Model::findIntegration(std::string_view id) const
{
    return findIn(integrationList(), id, &Integration::id);
}
const Schema *Model::findSchema(std::string_view name) const
{
    return findIn(schemaList(), name, &Schema::name);
}
const LayoutEntry *Model::findLayout(std::string_view id) const
{
    return findIn(layoutList(), id, &LayoutEntry::id);
}

} // namespace seam
