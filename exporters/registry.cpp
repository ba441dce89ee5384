#include "exporter.h"

#include <algorithm>

namespace seam {

namespace {

struct Registry {
    std::vector<int> orders; // parallel to `list`, kept sorted
    std::vector<std::unique_ptr<Exporter>> list;
};

// A function-local static: registrations run during static initialisation of other
// translation units, in an order nobody controls.
Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

ExporterRegistration::ExporterRegistration(int order, std::unique_ptr<Exporter> exporter)
{
    auto &r = registry();
    // upper_bound keeps equal orders in registration order.
    const auto at = std::upper_bound(r.orders.begin(), r.orders.end(), order) - r.orders.begin();
    r.orders.insert(r.orders.begin() + at, order);
    r.list.insert(r.list.begin() + at, std::move(exporter));
}

const std::vector<std::unique_ptr<Exporter>> &exporters()
{
    return registry().list;
}

const Exporter *findExporter(std::string_view id)
{
    for (const auto &exporter : exporters())
        if (exporter->id() == id)
            return exporter.get();
    return nullptr;
}

std::vector<const Exporter *> exportersFor(std::string_view id)
{
    std::vector<const Exporter *> out;
    if (id == "all") {
        for (const auto &exporter : exporters())
            out.push_back(exporter.get());
    } else if (const Exporter *exporter = findExporter(id)) {
        out.push_back(exporter);
    }
    return out;
}

} // namespace seam
