// seam-cli layout FILE [-o OUT] [--engine auto|dot|sfdp] [--keep-existing]:
// compute card positions with Graphviz and write them to the model's `layout:` section.
#include "commandregistry.h"

#include "model/layout/graphlayout.h"
#include "model/modelio.h"

#include <iostream>
#include <unordered_set>

namespace seam::cli {
namespace {

int runLayout(const std::vector<std::string> &args)
{
    std::string file, output;
    LayoutEngine engine = LayoutEngine::Auto;
    bool keepExisting = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if ((arg == "-o" || arg == "--output" || arg == "--engine") && i + 1 >= args.size()) {
            std::cerr << "seam-cli layout: " << arg << " needs a value\n";
            return InvalidInput;
        }
        if (arg == "-o" || arg == "--output") {
            output = args[++i];
        } else if (arg == "--engine") {
            const std::string name = args[++i];
            if (name == "auto")
                engine = LayoutEngine::Auto;
            else if (name == "dot")
                engine = LayoutEngine::Dot;
            else if (name == "sfdp")
                engine = LayoutEngine::Sfdp;
            else {
                std::cerr << "seam-cli layout: unknown engine '" << name << "' (auto, dot or sfdp)\n";
                return InvalidInput;
            }
        } else if (arg == "--keep-existing") {
            keepExisting = true;
        } else if (arg.starts_with('-') || !file.empty()) {
            std::cerr << "seam-cli layout: unexpected argument '" << arg << "'; see 'seam-cli layout --help'\n";
            return InvalidInput;
        } else {
            file = arg;
        }
    }
    if (file.empty()) {
        std::cerr << "seam-cli layout: no file given; usage: seam-cli layout FILE [-o OUT]\n";
        return InvalidInput;
    }
    const LoadResult loaded = loadReportingDiagnostics(file);
    if (!loaded.ok())
        return InvalidInput;
    Model model = *loaded.model;

    LayoutRequest request;
    request.engine = engine;
    if (keepExisting)
        for (const LayoutEntry &entry : model.layoutList())
            request.pinned.push_back({entry.id, {entry.x, entry.y}});
    const LayoutResult result = computeLayout(model, request);
    if (!result.ok()) {
        std::cerr << "seam-cli layout: " << file << ": " << result.error << "\n";
        return InvalidInput;
    }
    // Keep the order of entries the user already has; append new components in model order.
    std::vector<LayoutEntry> layout = model.layoutList();
    std::unordered_set<std::string> placed;
    for (LayoutEntry &entry : layout) {
        if (const LayoutPoint *point = result.positionOf(entry.id)) {
            entry.x = point->x;
            entry.y = point->y;
        }
        placed.insert(entry.id);
    }
    for (const auto &[id, point] : result.positions)
        if (!placed.count(id))
            layout.push_back({id, point.x, point.y, {}});
    model.layout = std::move(layout);

    // Only the layout: section changes; comments and the rest of the file stay as written.
    const std::string target = output.empty() ? file : output;
    const FileFormat format = formatForPath(target);
    const std::string text = format == formatForPath(file) ? patchedModelText(loaded.sourceText, format, model)
                                                           : saveModelToString(model, format);
    if (const std::string error = saveModelText(text, target); !error.empty()) {
        std::cerr << "seam-cli layout: " << error << "\n";
        return InvalidInput;
    }
    std::cout << "laid out " << result.positions.size() << " components with " << layoutEngineName(result.engine)
              << " (" << static_cast<long>(result.width) << " x " << static_cast<long>(result.height) << " px); wrote "
              << target << "\n";
    return Ok;
}

const CommandRegistration registration({
    "layout",
    "arrange the diagram with Graphviz and save the positions",
    "Usage: seam-cli layout FILE [-o OUT] [--engine auto|dot|sfdp] [--keep-existing]\n\n"
    "Computes a position for every component with Graphviz (dot for small and\n"
    "medium models, sfdp for large ones with --engine auto) and writes them to the\n"
    "model's layout: section, atomically; nothing else in the file changes.\n"
    "--keep-existing leaves components that already have a position where they are\n"
    "and places only the others around them.\n"
    "Exit status: 0 success, 2 invalid model, layout failure or usage.\n",
    runLayout,
});

} // namespace
} // namespace seam::cli
