#include "importer.h"

namespace seam {

namespace {
std::vector<std::unique_ptr<Importer>> &registry()
{
    static std::vector<std::unique_ptr<Importer>> all;
    return all;
}
} // namespace

ImporterRegistration::ImporterRegistration(std::unique_ptr<Importer> importer)
{
    registry().push_back(std::move(importer));
}

const std::vector<std::unique_ptr<Importer>> &importers()
{
    return registry();
}

const Importer *findImporter(std::string_view id)
{
    for (const auto &importer : registry())
        if (importer->id() == id)
            return importer.get();
    return nullptr;
}

const Importer *detectImporter(const ImportSource &source)
{
    for (const auto &importer : registry())
        if (importer->detects(source))
            return importer.get();
    return nullptr;
}

} // namespace seam
